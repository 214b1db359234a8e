// One write to Feishu or GenAuth, as it is planned, sent or found not
// needed: what both plan dialogs list, what `apply` prints (and its --json
// "changes"), on either platform alike. The body is as sent, with secrets
// masked.
#pragma once

#include "core/Platform.h"

#include <QObject>
#include <QString>

namespace fss {

struct PlannedChange
{
    Q_GADGET

public:
    enum class Service { Feishu, GenAuth };
    Q_ENUM(Service)
    enum class Status { Planned, Sent, Unchanged, Failed };
    Q_ENUM(Status)
    // What it changes. Feishu: the redirect URL, the permissions, the web
    // app ability, the availability, the release; GenAuth: the identity
    // source; Prerequisite: a refusal before any plan.
    // AppSecret: the App Secret GenAuth's connection holds (rotation);
    // Connection: the connection switched off or deleted, LoginCallback the
    // login test's callback on the GenAuth application (taking it down).
    enum class Id { RedirectUrl, Permissions, WebApp, Availability, Release, IdentitySource, AppSecret, Connection, LoginCallback, Prerequisite };
    Q_ENUM(Id)

    Service service = Service::Feishu;
    Id id = Id::Prerequisite;
    Step step = Step::Welcome;
    QString title;       // translated: what it changes
    QString method;      // "PATCH", "POST", "GET"
    QString url;
    QString body;        // JSON, secrets masked; empty when none
    Status status = Status::Planned;
    QString message;     // translated: why, when it is sent, or what came of it
    QString code;        // the platform's code on failure

    static QString statusName(Status status);   // "planned", "sent", "unchanged", "failed"
    static QString serviceName(Service service); // "feishu", "genauth"
    static QString idName(Id id);                // "redirect-url", "web-app", "identity-source" …
    // A request body (JSON) as a plan shows it: indented, every string that
    // is one of `secrets` masked.
    static QString maskedBody(const QByteArray &json, const QStringList &secrets);
};

} // namespace fss
