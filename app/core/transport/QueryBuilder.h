// Query strings and form bodies as the platforms document them: every value
// percent-encoded exactly once (redirect_uri=https%3A%2F%2F…, a scope list
// joined by %20), which QUrlQuery does not promise ("+", ":" and "/" stay).
// The clients build their authorize URLs and token forms with it, and the
// imitations their redirects.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace fss {

using QueryItems = QList<std::pair<QString, QString>>;

// key=value&… (application/x-www-form-urlencoded, and a URL's query).
QByteArray encodedQuery(const QueryItems &items);
// `url` with `items` after its own query, before any #fragment.
QUrl withQueryItems(QUrl url, const QueryItems &items);

// Random characters of `alphabet`, from the system's generator.
QString randomString(QLatin1StringView alphabet, int length);

} // namespace fss
