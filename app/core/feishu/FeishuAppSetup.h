// "Set it up in Feishu for me": steps 3 to 6 through Feishu's own
// configuration API (docs/platforms.md A §3, §6), with the same care as
// Create it for me on GenAuth's side. It reads the app first (its scopes,
// which need no permission, its record and its versions), plans only what is
// missing (the redirect URL, the seven permissions, the web app ability, a
// release), shows the plan, sends it in order, and reads the result back.
// A second run finds everything in place and sends nothing.
//
// The app changes itself with its tenant token, so it must hold
// application:application:patch (to write) and
// application:application:self_manage (to read itself back); without the
// first nothing is planned, and the answer says how to grant it.
#pragma once

#include "core/feishu/Availability.h"
#include "core/feishu/FeishuClient.h"
#include "core/PlannedChange.h"

#include <QMap>
#include <QObject>

#include <optional>

namespace fss {

// What the plan is made from.
struct FeishuAppSpec
{
    QString redirectUrl;      // the GenAuth callback (step 4)
    QString webAppUrl;        // the web app's desktop address (step 3)
    QString version;          // empty: the next above every version the app has had
    QString remark;           // translated defaults when empty
    QString changelog;
    AvailabilityIntent availability; // who is meant to sign in (step 6)
};

// One request of the plan, and how it went.
// A change to the Feishu app: the planned change as shown, and the request
// that makes it (nothing secret in it).
struct FeishuChange : PlannedChange
{
    ApiRequest request;
    FeishuCall call = FeishuCall::AppConfig;
};

// The app as read before planning.
struct FeishuAppState
{
    ApiError error;                 // the read that failed
    QList<ScopeGrant> scopes;
    bool canPatch = false;          // application:application:patch granted
    bool canReadSelf = false;       // application:application:self_manage granted
    std::optional<AppRecord> app;   // with self_manage
    QList<AppVersion> versions;
    QList<std::pair<QString, QString>> missingScopes; // (scope, token type) neither granted nor asked for
    QStringList waitingScopes;      // asked for, waiting for an approved version
    // A version under review, or none.
    QString versionInReview() const;
    // The highest version number the app has had.
    QString highestVersion() const;
    // The released version, if any.
    std::optional<AppVersion> onlineVersion() const;
};

// Whether Feishu lets the wizard configure an app (steps 3 to 6) through
// the v7 API, or the operator does them in the console with the wizard's
// links and checks. The v7 pages exclude apps made "through other
// channels", scanned ones among them (docs/platforms.md, "Scan-created
// apps").
struct ConfigureAccess
{
    Q_DECLARE_TR_FUNCTIONS(ConfigureAccess)

public:
    enum class Path { Api, Console };
    Path path = Path::Api;
    QString reason; // translated: why the console, for Path::Console
    QString code;   // Feishu's code that said so, if any

    bool byApi() const { return path == Path::Api; }
    // 210043, 210021, 210001 (not made in the developer console) and
    // 210035, 210015 (made through Base).
    static bool refusesThisApp(const ApiError &error);
};

struct FeishuSetupResult
{
    ApiError error;                  // None when nothing failed
    QList<FeishuChange> changes;
    QString submittedVersion;        // the release sent now, if any
    QString waitingVersion;          // the version waiting for an administrator, if any
    bool ok() const { return error.ok(); }
    bool waitingForApproval() const { return !waitingVersion.isEmpty(); }
    // Feishu refused to let the API change this app at all: steps 3 to 6
    // are done in the console (a path, not a fault of the operator's).
    bool consoleOnly() const { return ConfigureAccess::refusesThisApp(error); }
};

class FeishuAppSetup : public QObject
{
    Q_OBJECT

public:
    // The client must carry the endpoints and the app's credentials.
    FeishuAppSetup(FeishuClient *client, FeishuAppSpec spec, QObject *parent = nullptr);

    // Reads the app and plans; planned() follows.
    void plan();
    // Reads, plans, sends what is missing in order and reads back;
    // applied() follows. `dryRun`: plans only, sends no write.
    void apply(bool dryRun = false);
    const FeishuAppSpec &spec() const { return m_spec; }

    // Finds out which path an app is on before anything is promised (after
    // a scan): without application:application:patch the console; else an
    // empty config change, which changes nothing, tells whether Feishu
    // refuses the app. Any other answer leaves the API path, and the first
    // real change decides.
    static void probeAccess(FeishuClient *client, QObject *context, std::function<void(const ConfigureAccess &)> done);
    // That empty change, as it is shown before it is sent: "PATCH <url> {}".
    static QString probeShown(const FeishuClient *client);

    // The link that grants both application scopes to this app.
    static QUrl scopeApplyLink(Platform platform, const QString &appId);
    static QStringList prerequisiteScopes();

signals:
    void progress(const QString &text);
    void planned(const FeishuAppState &state, const QList<FeishuChange> &changes);
    void applied(const FeishuSetupResult &result);

private:
    void read(std::function<void(const FeishuAppState &)> then);
    QList<FeishuChange> changesFor(const FeishuAppState &state) const;
    // v7 config asking for these (scope, token type) pairs: the plan's one
    // change, and each scope on its own after a refusal.
    ApiRequest addScopesRequest(const QList<std::pair<QString, QString>> &scopes) const;
    void sendChanges();
    // The permissions change: at once, or scope by scope when Feishu
    // refuses what it asks for; `done` gets what sinks it (None: nothing).
    void sendPermissions(int index, std::function<void(const ApiError &)> done);
    struct ScopeRefusal
    {
        QString scope;
        QString type;
        ApiError error;
    };
    void finishPermissions(int index, const QStringList &accepted, const QList<ScopeRefusal> &refused,
                           const std::function<void(const ApiError &)> &done);
    void sendRelease();
    void readBack();
    void finish();

    FeishuClient *m_client;
    FeishuAppSpec m_spec;
    QObject *m_run = nullptr;
    FeishuSetupResult m_result;
    FeishuAppState m_state;
    QMap<int, ApiError> m_errors; // of the changes sent at once, by their place in the plan
};

} // namespace fss

Q_DECLARE_METATYPE(fss::FeishuAppState)
Q_DECLARE_METATYPE(fss::FeishuSetupResult)
