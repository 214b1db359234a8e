#include "cli/JUnitReport.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

namespace fss {

QByteArray JUnitReport::toXml(const QList<CheckResult> &results, const QString &suiteName, const QDateTime &when)
{
    int failures = 0;
    int skipped = 0;
    for (const CheckResult &r : results) {
        failures += r.status == CheckResult::Status::Fail || r.status == CheckResult::Status::Pending;
        skipped += r.status == CheckResult::Status::Skip;
    }
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("feishu-sso-setup check: %1").arg(suiteName));
    w.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    w.writeAttribute(QStringLiteral("timestamp"), when.toUTC().toString(Qt::ISODate));
    for (const CheckResult &r : results) {
        w.writeStartElement(QStringLiteral("testcase"));
        // "step-2.credentials": CI systems group test cases by class name.
        w.writeAttribute(QStringLiteral("classname"), QStringLiteral("step-%1").arg(int(r.step)));
        w.writeAttribute(QStringLiteral("name"), r.id.toString());
        w.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
        QString text = r.title + QLatin1Char('\n') + r.message;
        if (!r.source.isEmpty())
            text += QLatin1Char('\n') + tr("Source: %1").arg(r.source);
        // In the words of check's table.
        if (!r.fixUrl.isEmpty() && r.status != CheckResult::Status::Pass)
            text += QLatin1Char('\n') + QCoreApplication::translate("fss::CheckCommand", "Fix it here: %1").arg(r.fixUrl.toString());
        switch (r.status) {
        case CheckResult::Status::Pass:
            w.writeTextElement(QStringLiteral("system-out"), text);
            break;
        case CheckResult::Status::Skip:
            w.writeStartElement(QStringLiteral("skipped"));
            w.writeAttribute(QStringLiteral("message"), r.message);
            w.writeEndElement();
            break;
        case CheckResult::Status::Fail:
        case CheckResult::Status::Pending:
            w.writeStartElement(QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("message"), r.message);
            w.writeAttribute(QStringLiteral("type"), r.code.isEmpty() ? CheckResult::statusName(r.status) : r.code);
            w.writeCharacters(text);
            w.writeEndElement();
            break;
        }
        w.writeEndElement(); // testcase
    }
    w.writeEndElement(); // testsuite
    w.writeEndElement(); // testsuites
    w.writeEndDocument();
    return xml;
}

QString JUnitReport::write(const QString &path, const QList<CheckResult> &results, const QString &suiteName)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toXml(results, suiteName, QDateTime::currentDateTimeUtc())) < 0 || !file.commit())
        return tr("--junit: could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace fss
