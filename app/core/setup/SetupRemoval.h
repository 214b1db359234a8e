// Taking the setup down (docs/platforms.md G §3.7): what the wizard and
// `apply` put in GenAuth and Feishu, removed in the order that never leaves
// a half-working login behind. GenAuth has no pool-wide switch, so the
// connection is switched off on every application it is on, then deleted
// and read back gone; the login test's loopback callback comes off the
// GenAuth application; GenAuth's redirect URL comes off the Feishu app
// through v7 config where the app allows it (otherwise the Security
// Settings page is named) and is read back. The Feishu app itself stays: no
// API deletes one. plan() reads and lists every request first; apply()
// sends only what is there, so a second run sends nothing. Forgetting the
// keychain entries and the profile is the caller's last step.
#pragma once

#include "core/PlannedChange.h"
#include "core/feishu/FeishuClient.h"
#include "core/genauth/GenAuthIdentitySource.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace fss {

struct RemovalResult
{
    ApiError error;               // the first failure; None when everything planned is done
    QList<PlannedChange> changes; // what is there to take down, then what came of it
    QStringList notes;            // translated: what stays, and what to do by hand
    bool ok() const { return error.ok(); }
    int sent() const;             // writes sent (not reads)
};

class SetupRemoval : public QObject
{
    Q_OBJECT

public:
    // `genAuth` may lack the pool secret: GenAuth's side is then left, and
    // said so. `spec` is the identity source with its applications;
    // `redirectUrl` GenAuth's callback that Feishu knows.
    SetupRemoval(GenAuthClient *genAuth, FeishuClient *feishu, IdentitySourceSpec spec, QUrl redirectUrl, Platform platform,
                 QObject *parent = nullptr);

    void plan();
    // After planned(): sends what the plan found, in order, then reads back.
    void apply();
    const RemovalResult &result() const { return m_result; }

signals:
    void progress(const QString &text);
    void planned(const RemovalResult &result);
    void finished(const RemovalResult &result);

private:
    struct Send
    {
        qsizetype row; // in m_result.changes
        std::function<void(std::function<void(const ApiError &)>)> send;
    };
    void planGenAuth(std::function<void()> then);
    void planFeishu();
    void planRedirectUrl(const QUrl &security);
    void finishPlan(); // the notes every plan ends with, then planned()
    void add(PlannedChange::Service service, PlannedChange::Id id, const ApiRequest &request, const QString &why,
             std::function<void(std::function<void(const ApiError &)>)> send);
    void runFrom(qsizetype index);
    void readBack();
    void fail(const ApiError &error, bool afterPlan);

    GenAuthClient *m_genAuth;
    FeishuClient *m_feishu;
    IdentitySourceSpec m_spec;
    QUrl m_redirectUrl;
    Platform m_platform;
    std::optional<ExtIdpConnection> m_connection;
    bool m_feishuReadable = false;
    QList<Send> m_steps;
    QPointer<QObject> m_run;
    RemovalResult m_result;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::RemovalResult)
