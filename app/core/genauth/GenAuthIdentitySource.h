// The Feishu identity source in GenAuth, done for the operator: finds or
// creates the `lark` identity source, creates or updates its
// `lark-internal` connection with the identifier, display name and App ID /
// App Secret, and enables it on a GenAuth application (docs/platforms.md G
// §3.5). Running it again changes nothing when everything already holds;
// an identifier taken by another app's connection is reported, never
// overwritten. inspect() reads the same state without changing anything,
// for the checks. preview() lists every request before any is sent.
#pragma once

#include "core/PlannedChange.h"
#include "core/genauth/GenAuthClient.h"

#include <QMap>
#include <QObject>

#include <optional>

namespace fss {

struct IdentitySourceSpec
{
    QString identifier;
    QString displayName = QStringLiteral("Feishu");
    QString feishuAppId;
    QString feishuAppSecret;
    QString applicationId; // the GenAuth application; empty: not enabled anywhere
    // More applications it is enabled on (GenAuth switches a connection per
    // application); the login callback goes to applicationId only.
    QStringList otherApplicationIds;
    QStringList applicationIds() const { return applicationList(applicationId, otherApplicationIds); }
    // `first`, then the others: no empty ID, none twice (the profile's list too).
    static QStringList applicationList(const QString &first, const QStringList &others);
    QString loginCallback; // added to the application's Login Callback URLs (the end-to-end test's); empty: none
    // The keys of the connection's fields: each is written, any is read.
    // Which ones GenAuth reads is disputed (docs/platforms.md, "GenAuth's
    // connection"): official examples write clientID/clientSecret, Authing's
    // Android login reads appId; unless the operator chose, both are written.
    QStringList appIdKeys = defaultAppIdKeys();
    QStringList appSecretKeys = defaultAppSecretKeys();
    QString extIdpName = QStringLiteral("Feishu");

    static QStringList defaultAppIdKeys() { return {QStringLiteral("clientID"), QStringLiteral("appId")}; }
    static QStringList defaultAppSecretKeys() { return {QStringLiteral("clientSecret"), QStringLiteral("appSecret")}; }
};

struct IdentitySourceState
{
    ApiError error;                           // a read failed
    std::optional<ExtIdp> extIdp;             // the lark identity source holding the connection (or the first one)
    std::optional<ExtIdpConnection> connection; // the one with our identifier
    QString conflict;                         // translated: why the identifier's connection is not ours
    bool fieldsShown = false;                 // GenAuth's answer carried the connection's fields
    bool secretReadable = false;              // GenAuth returned the secret field
    bool sameAppId = false;
    bool sameSecret = false;
    bool sameName = false;
    std::optional<bool> enabledOnApp;         // on applicationId; nullopt: no application given
    QMap<QString, bool> enabledOn;            // on each of the spec's applications
    QStringList appRedirectUris;              // the application's Login Callback URLs
    bool matches() const { return connection && conflict.isEmpty() && sameAppId && (sameSecret || !secretReadable) && sameName; }
    // Without its fields GenAuth's answer cannot say which App ID the
    // connection holds: only the login test can, so nothing is written to it
    // on a guess (a changed App ID makes every user a new one).
    bool unreadable() const { return connection && conflict.isEmpty() && !fieldsShown; }
};

struct ApplyResult
{
    ApiError error;          // None on success
    QStringList done;        // translated, one line per thing found, made or changed
    int changes = 0;         // writes sent
    QString connectionId;
    bool ok() const { return error.ok(); }
};

class GenAuthIdentitySource : public QObject
{
    Q_OBJECT

public:
    GenAuthIdentitySource(GenAuthClient *client, IdentitySourceSpec spec, QObject *parent = nullptr);

    // Every request a run may send, before any is: the message says when
    // each is sent.
    QList<PlannedChange> preview() const;
    void inspect();
    void apply();
    // Takes the login test's callback (spec().loginCallback) off the
    // application's Login Callback URLs again, keeping every other URL;
    // reports through applied(). Nothing is sent when it is not there.
    void removeLoginCallback();
    const IdentitySourceSpec &spec() const { return m_spec; }

    static constexpr const char *connectionType = "lark-internal";
    static constexpr const char *extIdpType = "lark";

signals:
    void progress(const QString &text);
    void inspected(const IdentitySourceState &state);
    void applied(const ApplyResult &result);

private:
    void read(std::function<void(const IdentitySourceState &)> then);
    void readConnections(QList<ExtIdp> idps, int index, std::shared_ptr<IdentitySourceState> state,
                         std::function<void(const IdentitySourceState &)> then);
    // Each application of the spec in turn, from `index`.
    void readApplication(std::shared_ptr<IdentitySourceState> state, std::function<void(const IdentitySourceState &)> then,
                         qsizetype index = 0);
    void evaluate(IdentitySourceState &state) const;
    QJsonObject fields() const;
    void fail(const ApiError &error);
    // On each application it is not on yet, from `index`.
    void enable(const QString &connectionId, const IdentitySourceState &state, qsizetype index = 0);
    void registerCallback(const IdentitySourceState &state);
    void finish();
    QString masked(const QByteArray &json) const;

    GenAuthClient *m_client;
    IdentitySourceSpec m_spec;
    QObject *m_run = nullptr;
    ApplyResult m_result;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::IdentitySourceState)
Q_DECLARE_METATYPE(fss::ApplyResult)
