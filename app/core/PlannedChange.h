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

    Service service = Service::Feishu;
    QString id;          // Feishu: "redirect-url", "permissions", "web-app", "availability", "release";
                         // GenAuth: "identity-source"; "prerequisite" for a refusal before any plan
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
};

} // namespace fss
