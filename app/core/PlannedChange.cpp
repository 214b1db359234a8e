#include "core/PlannedChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fss {

namespace {

QJsonValue maskValue(const QJsonValue &v, const QStringList &secrets)
{
    if (v.isString())
        return secrets.contains(v.toString()) ? QJsonValue(QStringLiteral("••••••••")) : v;
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &item : v.toArray())
            a.append(maskValue(item, secrets));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = maskValue(it.value(), secrets);
        return o;
    }
    return v;
}

} // namespace

QString PlannedChange::maskedBody(const QByteArray &json, const QStringList &secrets)
{
    if (json.isEmpty())
        return {};
    QStringList nonEmpty = secrets;
    nonEmpty.removeAll(QString());
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return QString::fromUtf8(QJsonDocument(maskValue(doc.object(), nonEmpty).toObject()).toJson(QJsonDocument::Indented)).trimmed();
}

QString PlannedChange::statusName(Status status)
{
    return lowerCaseName(status);
}

QString PlannedChange::serviceName(Service service)
{
    return lowerCaseName(service);
}

QString PlannedChange::idName(Id id)
{
    // RedirectUrl -> redirect-url
    const QString key = QString::fromLatin1(QMetaEnum::fromType<Id>().valueToKey(int(id)));
    QString name;
    for (const QChar c : key) {
        if (c.isUpper() && !name.isEmpty())
            name += QLatin1Char('-');
        name += c.toLower();
    }
    return name;
}

} // namespace fss
