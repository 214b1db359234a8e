// One failed call to Feishu (or, later, GenAuth), whatever went wrong: the
// transport, the HTTP layer, the body, or a platform error code. Every
// failure carries the wizard step that fixes it, so the page, the headless
// check and the report all say the same thing.
#pragma once

#include "core/Platform.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fss {

struct ApiError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        Insecure,  // plain http to a host that is not loopback; never sent
        Dns,       // host name not found
        Refused,   // nothing listens there
        Closed,    // the server closed the connection before answering
        Tls,       // certificate or handshake failure
        Timeout,   // no complete answer within the time limit
        Network,   // any other transport failure
        Http,      // an HTTP error status without a platform answer (5xx, 404 …)
        NotJson,   // an answer that is not the JSON object the API returns
        Platform,  // the platform answered with an error code
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    Step step = Step::Welcome;  // the wizard step that fixes it
    QString code;               // raw: "10014", "invalid_grant", "http-502", "timeout" …
    QString message;            // translated: cause and what to do
    QStringList scopes;         // for missing-permission errors: the scopes, any one of which is needed
    QUrl fixUrl;                // a console page that fixes it, when one is known
    QString detail;             // the platform's own words (msg, error_description, Qt's error string)
    int httpStatus = 0;

    bool ok() const { return kind == Kind::None; }
    // Worth one more try: a 5xx, a rate limit, a dropped connection.
    bool transient() const;
};

// A step's short name, the same in its page's title and in the step list:
// "Credentials", "Login test".
QString stepTitle(Step step);
// One of the six numbered steps (not Welcome, the login test or the Summary).
bool isNumberedStep(Step step);
// "Step 2 (Credentials)"; the pages before and after the six steps by their
// names ("Welcome", where hosts and the platform are chosen; "Login test").
QString stepLabel(Step step);

} // namespace fss
