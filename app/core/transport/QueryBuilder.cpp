#include "QueryBuilder.h"

#include <QRandomGenerator>

namespace fss {

QByteArray encodedQuery(const QueryItems &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QUrl withQueryItems(QUrl url, const QueryItems &items)
{
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray added = encodedQuery(items);
    if (!query.isEmpty() && !added.isEmpty())
        query += '&';
    query += added;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString randomString(QLatin1StringView alphabet, int length)
{
    QString s;
    s.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        s.append(alphabet.at(rng->bounded(int(alphabet.size()))));
    return s;
}

} // namespace fss
