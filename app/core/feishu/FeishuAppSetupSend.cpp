// FeishuAppSetup, the sending half: the planned changes one by one (the permissions
// scope by scope when Feishu refuses the whole list), the release last, then
// the app read back.
#include "FeishuAppSetup.h"

#include "core/feishu/PermissionGrants.h"
#include "core/feishu/RequiredPermissions.h"
#include "core/transport/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QVersionNumber>

namespace fss {

void FeishuAppSetup::sendChanges()
{
    // The redirect URL, the permissions and the web app do not depend on
    // each other: they go at once. The release waits for all of them.
    m_errors.clear();
    QList<int> pending;
    for (int i = 0; i < m_result.changes.size(); ++i) {
        const FeishuChange &c = m_result.changes.at(i);
        if (c.status == FeishuChange::Status::Planned && c.id != PlannedChange::Id::Release)
            pending.append(i);
    }
    if (pending.isEmpty())
        return sendRelease();
    auto outstanding = std::make_shared<int>(int(pending.size()));
    for (int index : std::as_const(pending)) {
        FeishuChange &c = m_result.changes[index];
        emit progress(c.title + QStringLiteral("…"));
        qCInfo(lcFeishu) << "sending" << c.request.verb << c.request.url.path();
        auto sent = [this, index, outstanding](const ApiError &error) {
            if (!error.ok())
                m_errors.insert(index, error);
            if (--*outstanding > 0)
                return;
            if (!m_errors.isEmpty()) {
                // The first in the plan's order, whichever answered first.
                m_result.error = m_errors.first();
                for (FeishuChange &later : m_result.changes) {
                    if (later.status == FeishuChange::Status::Planned)
                        later.message = tr("Not sent: an earlier change failed.");
                }
                return finish();
            }
            sendRelease();
        };
        if (c.id == PlannedChange::Id::Permissions) {
            sendPermissions(index, sent);
            continue;
        }
        m_client->sendChange(c.request, c.call, m_run, [this, index, sent](const ApiResult<QJsonObject> &r) {
            FeishuChange &change = m_result.changes[index];
            change.status = r.ok() ? FeishuChange::Status::Sent : FeishuChange::Status::Failed;
            change.message = r.ok() ? tr("Done.") : r.error.message;
            change.code = r.error.code;
            sent(r.error);
        });
    }
}

namespace {

// A refusal of what a config change asks for, rather than of the change
// itself (the app, its state, the token): param invalid (210031), a scope
// that needs the bot ability (210041), field validation (99992402).
bool refusesContent(const ApiError &e)
{
    static const QStringList codes{QStringLiteral("210031"), QStringLiteral("210041"), QStringLiteral("99992402")};
    return e.kind == ApiError::Kind::Platform && codes.contains(e.code);
}

} // namespace

void FeishuAppSetup::sendPermissions(int index, std::function<void(const ApiError &)> done)
{
    // All at once first; when Feishu refuses what the change asks for,
    // each scope on its own, so that one scope it will not take (closed to
    // new apps, or without an official name) cannot sink the others, and
    // the result names each one it refused and why.
    const FeishuChange &c = m_result.changes.at(index);
    m_client->sendChange(c.request, c.call, m_run, [this, index, done](const ApiResult<QJsonObject> &all) {
        FeishuChange &change = m_result.changes[index];
        if (all.ok() || !refusesContent(all.error) || m_state.missingScopes.size() < 2) {
            change.status = all.ok() ? FeishuChange::Status::Sent : FeishuChange::Status::Failed;
            change.message = all.ok() ? tr("Done.") : all.error.message;
            change.code = all.error.code;
            return done(all.error);
        }
        qCInfo(lcFeishu) << "add_scopes refused as a whole:" << all.error.code << "- sending each scope on its own";
        struct Progress
        {
            int left = 0;
            QStringList accepted;
            QList<ScopeRefusal> refused;
        };
        auto state = std::make_shared<Progress>();
        state->left = int(m_state.missingScopes.size());
        for (const auto &[scope, type] : std::as_const(m_state.missingScopes)) {
            m_client->sendChange(addScopesRequest({{scope, type}}), FeishuCall::AppConfig, m_run,
                                 [this, index, done, state, name = scope, identity = type](const ApiResult<QJsonObject> &r) {
                                     if (r.ok())
                                         state->accepted.append(QStringLiteral("%1 (%2)").arg(name, identity));
                                     else
                                         state->refused.append({name, identity, r.error});
                                     if (--state->left > 0)
                                         return;
                                     finishPermissions(index, state->accepted, state->refused, done);
                                 });
        }
    });
}

void FeishuAppSetup::finishPermissions(int index, const QStringList &accepted, const QList<ScopeRefusal> &refused,
                                       const std::function<void(const ApiError &)> &done)
{
    FeishuChange &change = m_result.changes[index];
    QStringList notes;
    ApiError blocking;
    for (const ScopeRefusal &x : refused) {
        const auto permission = std::find_if(requiredPermissions().cbegin(), requiredPermissions().cend(),
                                             [&](const RequiredPermission &p) { return p.scopes.contains(x.scope); });
        const bool official = permission == requiredPermissions().cend() || permission->officialScope;
        const QString why = x.error.detail.isEmpty() ? x.error.message : x.error.detail;
        notes.append(official ? tr("Feishu refused %1 (%2): %3 [%4].").arg(x.scope, x.type, why, x.error.code)
                              : tr("Feishu refused %1 (%2): %3 [%4]. No official page names this scope, and user_info returns the "
                                   "field without it: the login test shows whether it arrives.")
                                    .arg(x.scope, x.type, why, x.error.code));
        if (official && blocking.ok())
            blocking = x.error;
    }
    const QString took = accepted.isEmpty() ? tr("None was taken.") : tr("Taken: %1.").arg(accepted.join(QStringLiteral(", ")));
    change.message = took + QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    change.status = blocking.ok() ? FeishuChange::Status::Sent : FeishuChange::Status::Failed;
    change.code = blocking.code;
    if (!blocking.ok()) {
        blocking.message = change.message;
        blocking.step = Step::Permissions;
    }
    done(blocking);
}

void FeishuAppSetup::sendRelease()
{
    const auto release = std::find_if(m_result.changes.begin(), m_result.changes.end(),
                                      [](const FeishuChange &c) { return c.id == PlannedChange::Id::Release; });
    if (release == m_result.changes.end() || release->status != FeishuChange::Status::Planned)
        return readBack();
    const int index = int(release - m_result.changes.begin());
    // A release only when something waits for one: the web app sent now or
    // not online, or a permission that needs review.
    // The web app and the availability range take effect with a version.
    const bool webAppSent = std::any_of(m_result.changes.cbegin(), m_result.changes.cend(), [](const FeishuChange &c) {
        return (c.id == PlannedChange::Id::WebApp || c.id == PlannedChange::Id::Availability) && c.status != FeishuChange::Status::Unchanged;
    });
    m_client->scopes(m_run, [this, index, webAppSent](const ApiResult<QList<ScopeGrant>> &scopes) {
        const bool waiting = std::any_of(scopes.value.cbegin(), scopes.value.cend(), [](const ScopeGrant &g) {
            return !g.granted && std::any_of(requiredPermissions().cbegin(), requiredPermissions().cend(), [&](const RequiredPermission &p) {
                return std::any_of(p.scopes.cbegin(), p.scopes.cend(), [&](const QString &s) { return scopeNameMatches(g.name, s); });
            });
        });
        const bool released = std::any_of(m_state.versions.cbegin(), m_state.versions.cend(), [](const AppVersion &v) { return v.status == 1; });
        FeishuChange &c = m_result.changes[index];
        if (!webAppSent && !waiting && (released || !m_state.canReadSelf)) {
            c.status = FeishuChange::Status::Unchanged;
            c.message = tr("Not needed: every change took effect at once.");
            return readBack();
        }
        emit progress(c.title + QStringLiteral("…"));
        qCInfo(lcFeishu) << "sending" << c.request.verb << c.request.url.path();
        m_client->sendChange(c.request, c.call, m_run, [this, index](const ApiResult<QJsonObject> &r) {
            FeishuChange &sent = m_result.changes[index];
            if (!r.ok()) {
                sent.status = FeishuChange::Status::Failed;
                sent.message = r.error.message;
                sent.code = r.error.code;
                m_result.error = r.error;
                return finish();
            }
            sent.status = FeishuChange::Status::Sent;
            m_result.submittedVersion = r.value.value(QLatin1String("version")).toString();
            if (m_result.submittedVersion.isEmpty())
                m_result.submittedVersion = QJsonDocument::fromJson(sent.request.body).object().value(QLatin1String("version")).toString();
            sent.message = tr("Submitted: version %1 waits for an administrator's approval.").arg(m_result.submittedVersion);
            readBack();
        });
    });
}

void FeishuAppSetup::readBack()
{
    if (!m_state.canReadSelf)
        return finish();
    emit progress(tr("Reading the app back…"));
    m_client->applicationInfo(m_run, [this](const ApiResult<AppRecord> &app) {
        if (!app.ok()) {
            m_result.error = app.error;
            return finish();
        }
        if (!app.value.redirectUrls.contains(m_spec.redirectUrl)) {
            ApiError e;
            e.kind = ApiError::Kind::Platform;
            e.code = QStringLiteral("redirect-url-missing");
            e.step = Step::RedirectUrl;
            e.message = tr("Feishu accepted the redirect URL but does not list it: %1. Add it by hand in Security Settings.").arg(m_spec.redirectUrl);
            m_result.error = e;
        }
        if (!app.value.unauditVersionId.isEmpty() && m_result.waitingVersion.isEmpty())
            m_result.waitingVersion = m_result.submittedVersion.isEmpty() ? app.value.unauditVersionId : m_result.submittedVersion;
        finish();
    });
}

void FeishuAppSetup::finish()
{
    qCInfo(lcFeishu) << "Feishu setup finished:" << (m_result.ok() ? QStringLiteral("ok") : m_result.error.code);
    emit applied(m_result);
}

} // namespace fss
