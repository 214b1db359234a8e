#include "core/setup/SetupRemoval.h"

#include "core/FieldRules.h"
#include "core/feishu/FeishuAppSetup.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fss {

namespace {

ApiError removalError(const QString &code, const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::Platform;
    e.step = Step::Credentials;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace

int RemovalResult::sent() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const PlannedChange &c) { return c.status == PlannedChange::Status::Sent; }));
}

SetupRemoval::SetupRemoval(GenAuthClient *genAuth, FeishuClient *feishu, IdentitySourceSpec spec, QUrl redirectUrl, Platform platform,
                           QObject *parent)
    : QObject(parent)
    , m_genAuth(genAuth)
    , m_feishu(feishu)
    , m_spec(std::move(spec))
    , m_redirectUrl(std::move(redirectUrl))
    , m_platform(platform)
{
}

void SetupRemoval::add(PlannedChange::Service service, PlannedChange::Id id, const ApiRequest &request, const QString &why,
                       std::function<void(std::function<void(const ApiError &)>)> send)
{
    PlannedChange c;
    c.service = service;
    c.id = id;
    c.step = service == PlannedChange::Service::GenAuth ? Step::Credentials : Step::RedirectUrl;
    c.title = tr("Take the setup down");
    c.method = QString::fromLatin1(request.verb);
    c.url = QUrl::fromPercentEncoding(request.url.toEncoded());
    c.body = PlannedChange::maskedBody(request.body, {});
    c.message = why;
    m_steps.append({m_result.changes.size(), std::move(send)});
    m_result.changes.append(c);
}

void SetupRemoval::fail(const ApiError &error, bool afterPlan)
{
    m_result.error = error;
    afterPlan ? emit finished(m_result) : emit planned(m_result);
}

void SetupRemoval::plan()
{
    delete m_run;
    m_run = new QObject(this);
    m_result = {};
    m_steps.clear();
    m_connection.reset();
    m_feishuReadable = false;
    planGenAuth([this] { planFeishu(); });
}

void SetupRemoval::planGenAuth(std::function<void()> then)
{
    // Without the pool's secret GenAuth cannot be read, and forgetting the
    // profile then would leave its connection behind unseen.
    if (!m_genAuth->hasSecret())
        return fail(removalError(QStringLiteral("no-pool-secret"),
                                 tr("Taking the setup down needs the user pool secret, to switch GenAuth's connection off and delete "
                                    "it: set FSS_USERPOOL_SECRET or store it in Step 2 (or forget the profile here anyway).")),
                    false);
    emit progress(tr("Looking for the connection “%1” in GenAuth…").arg(m_spec.identifier));
    auto source = new GenAuthIdentitySource(m_genAuth, m_spec, m_run);
    connect(source, &GenAuthIdentitySource::inspected, this, [this, then = std::move(then)](const IdentitySourceState &state) {
        if (!state.error.ok())
            return fail(state.error, false);
        if (!state.conflict.isEmpty())
            m_result.notes.append(tr("The connection “%1” in GenAuth is not this app's (%2): it was left as it is.").arg(m_spec.identifier, state.conflict));
        if (!state.connection || !state.conflict.isEmpty()) {
            m_result.notes.append(tr("GenAuth has no connection “%1” of this app: nothing to take down there.").arg(m_spec.identifier));
            return then();
        }
        m_connection = state.connection;
        const QString id = m_connection->id;
        // The login test's loopback callback, which Create it for me added.
        const QString callback = m_spec.loginCallback;
        if (!m_spec.applicationId.isEmpty() && state.appRedirectUris.contains(callback) && FieldRules::isLoopbackHost(QUrl(callback).host())) {
            QStringList remaining = state.appRedirectUris;
            remaining.removeAll(callback);
            const QString appId = m_spec.applicationId;
            add(PlannedChange::Service::GenAuth, PlannedChange::Id::LoginCallback, m_genAuth->updateRedirectUrisRequest(appId, remaining),
                tr("takes the login test's callback %1 off the application %2").arg(callback, appId),
                [this, appId, remaining](auto done) {
                    m_genAuth->updateRedirectUris(appId, remaining, m_run, [done](const ApiResult<bool> &r) { done(r.error); });
                });
        }
        // Every application it is on, whether the profile names it or not.
        m_genAuth->listApplications(m_run, [this, id, then](const ApiResult<QList<GenAuthApplication>> &apps) {
            if (!apps.ok())
                return fail(apps.error, false);
            for (const GenAuthApplication &app : apps.value) {
                const bool on = std::any_of(app.enabledConnections.cbegin(), app.enabledConnections.cend(),
                                            [&](const EnabledConnection &c) { return c.enabled && c.connectionId == id; });
                if (!on)
                    continue;
                const QString appId = app.appId;
                add(PlannedChange::Service::GenAuth, PlannedChange::Id::Connection, m_genAuth->changeConnectionStateRequest(id, appId, false),
                    tr("switches the connection off on the application %1 (%2)").arg(app.name, appId), [this, id, appId](auto done) {
                        m_genAuth->changeConnectionState(id, appId, false, m_run, [done](const ApiResult<bool> &r) { done(r.error); });
                    });
            }
            add(PlannedChange::Service::GenAuth, PlannedChange::Id::Connection, m_genAuth->deleteConnectionRequest(id),
                tr("then deletes the connection “%1”; it is read back gone").arg(m_spec.identifier), [this, id](auto done) {
                    m_genAuth->deleteConnection(id, m_run, [done](const ApiResult<bool> &r) { done(r.error); });
                });
            then();
        });
    });
    source->inspect();
}

void SetupRemoval::planFeishu()
{
    emit progress(tr("Reading the Feishu app's redirect URLs…"));
    m_feishu->applicationInfo(m_run, [this](const ApiResult<AppRecord> &r) {
        const QUrl security = feishuConsole(m_platform, ConsolePage::Security, m_spec.feishuAppId);
        m_feishuReadable = r.ok();
        if (!r.ok()) {
            m_result.notes.append(tr("The Feishu app's redirect URLs could not be read (%1). If %2 is still under Security Settings → "
                                     "Redirect URLs, remove it there: %3")
                                      .arg(r.error.message, m_redirectUrl.toString(), security.toString()));
        } else if (r.value.redirectUrls.contains(m_redirectUrl.toString())) {
            // Only an app holding application:application:patch may change
            // itself; otherwise the console does it.
            return m_feishu->scopes(m_run, [this, security](const ApiResult<QList<ScopeGrant>> &scopes) {
                const bool patch = std::any_of(scopes.value.cbegin(), scopes.value.cend(), [](const ScopeGrant &g) {
                    return g.granted && g.name == QLatin1String("application:application:patch");
                });
                if (scopes.ok() && !patch)
                    m_result.notes.append(tr("The Feishu app does not hold application:application:patch, so the wizard cannot change "
                                             "it: remove %1 under Security Settings → Redirect URLs yourself: %2")
                                              .arg(m_redirectUrl.toString(), security.toString()));
                else
                    planRedirectUrl(security);
                finishPlan();
            });
        }
        finishPlan();
    });
}

void SetupRemoval::planRedirectUrl(const QUrl &security)
{
    const ApiRequest request = m_feishu->configRequest(
        {{QStringLiteral("security"),
          QJsonObject{{QStringLiteral("remove"), QJsonObject{{QStringLiteral("redirect_urls"), QJsonArray{m_redirectUrl.toString()}}}}}}});
    add(PlannedChange::Service::Feishu, PlannedChange::Id::RedirectUrl, request,
        tr("takes GenAuth's redirect URL off the Feishu app (at once, no release needed)"), [this, request, security](auto done) {
            m_feishu->sendChange(request, FeishuCall::AppConfig, m_run, [this, done, security](const ApiResult<QJsonObject> &sent) {
                // An app the API may not change: the console does it.
                if (ConfigureAccess::refusesThisApp(sent.error) || !sent.error.scopes.isEmpty()) {
                    m_result.notes.append(tr("Feishu does not let the wizard change this app (%1): remove %2 under Security "
                                             "Settings → Redirect URLs yourself: %3")
                                              .arg(sent.error.code, m_redirectUrl.toString(), security.toString()));
                    m_feishuReadable = false; // nothing to read back
                    for (PlannedChange &c : m_result.changes) {
                        if (c.id == PlannedChange::Id::RedirectUrl) {
                            c.status = PlannedChange::Status::Failed;
                            c.code = sent.error.code;
                            c.message = tr("refused by Feishu: remove it in the console (see below)");
                        }
                    }
                    return done({});
                }
                done(sent.error);
            });
        });
}

void SetupRemoval::finishPlan()
{
    m_result.notes.append(tr("The Feishu app itself stays: no Feishu API deletes an app. Delete it in the developer console if "
                             "nothing else uses it: %1")
                              .arg(feishuConsole(m_platform, ConsolePage::Overview, m_spec.feishuAppId).toString()));
    emit planned(m_result);
}

void SetupRemoval::apply()
{
    runFrom(0);
}

void SetupRemoval::runFrom(qsizetype index)
{
    if (index >= m_steps.size())
        return readBack();
    const Send &step = m_steps.at(index);
    const qsizetype row = step.row;
    emit progress(m_result.changes.at(row).message);
    step.send([this, index, row](const ApiError &error) {
        PlannedChange &c = m_result.changes[row];
        if (c.status == PlannedChange::Status::Planned) // not already said otherwise (left to the console)
            c.status = error.ok() ? PlannedChange::Status::Sent : PlannedChange::Status::Failed;
        if (!error.ok())
            c.code = error.code;
        if (!error.ok()) {
            c.message = error.message;
            return fail(error, true);
        }
        runFrom(index + 1);
    });
}

void SetupRemoval::readBack()
{
    const bool sentToFeishu = std::any_of(m_result.changes.cbegin(), m_result.changes.cend(), [](const PlannedChange &c) {
        return c.service == PlannedChange::Service::Feishu && c.status == PlannedChange::Status::Sent;
    });
    const auto feishuSide = [this, sentToFeishu] {
        if (!sentToFeishu || !m_feishuReadable)
            return emit finished(m_result);
        m_feishu->applicationInfo(m_run, [this](const ApiResult<AppRecord> &r) {
            if (!r.ok())
                return fail(r.error, true);
            if (r.value.redirectUrls.contains(m_redirectUrl.toString()))
                return fail(removalError(QStringLiteral("redirect-url-still-there"),
                                         tr("Feishu accepted the change, but the app still lists %1 as a redirect URL.").arg(m_redirectUrl.toString())),
                            true);
            emit finished(m_result);
        });
    };
    if (!m_connection)
        return feishuSide();
    m_genAuth->getExtIdp(m_connection->extIdpId, m_run, [this, feishuSide](const ApiResult<ExtIdp> &r) {
        if (!r.ok())
            return fail(r.error, true);
        const bool still = std::any_of(r.value.connections.cbegin(), r.value.connections.cend(),
                                       [this](const ExtIdpConnection &c) { return c.id == m_connection->id; });
        if (still)
            return fail(removalError(QStringLiteral("connection-still-there"),
                                     tr("GenAuth accepted the deletion, but the connection “%1” is still there.").arg(m_spec.identifier)),
                        true);
        feishuSide();
    });
}

} // namespace fss
