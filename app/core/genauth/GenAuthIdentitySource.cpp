#include "core/genauth/GenAuthIdentitySource.h"

#include "core/transport/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fss {

GenAuthIdentitySource::GenAuthIdentitySource(GenAuthClient *client, IdentitySourceSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_client->setSubject(m_spec.identifier, m_spec.applicationId);
}

QStringList IdentitySourceSpec::applicationList(const QString &first, const QStringList &others)
{
    QStringList ids;
    for (const QString &id : QStringList{first} + others) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QJsonObject GenAuthIdentitySource::fields() const
{
    QJsonObject fields;
    for (const QString &key : m_spec.appIdKeys)
        fields.insert(key, m_spec.feishuAppId);
    for (const QString &key : m_spec.appSecretKeys)
        fields.insert(key, m_spec.feishuAppSecret);
    return fields;
}

QString GenAuthIdentitySource::masked(const QByteArray &json) const
{
    // The two secrets: the App Secret, and the pool secret that the token
    // request carries as accessKeySecret.
    const QJsonObject token = QJsonDocument::fromJson(m_client->tokenRequest().body).object();
    return PlannedChange::maskedBody(json, {m_spec.feishuAppSecret, token.value(QLatin1String("accessKeySecret")).toString()});
}

QList<PlannedChange> GenAuthIdentitySource::preview() const
{
    const QString idpPlaceholder = tr("<Feishu identity source ID>");
    const QString connPlaceholder = tr("<connection ID>");
    ExtIdpConnection c;
    c.extIdpId = idpPlaceholder;
    c.type = QLatin1String(connectionType);
    c.identifier = m_spec.identifier;
    c.displayName = m_spec.displayName;
    c.fields = fields();
    ExtIdpConnection update = c;
    update.id = connPlaceholder;

    QList<PlannedChange> list;
    const auto add = [&](const ApiRequest &r, const QString &when) {
        PlannedChange change;
        change.service = PlannedChange::Service::GenAuth;
        change.id = PlannedChange::Id::IdentitySource;
        change.step = Step::Credentials;
        change.method = QString::fromLatin1(r.verb);
        // Shown, not sent: placeholders like <connection ID> read as typed.
        change.url = QUrl::fromPercentEncoding(r.url.toEncoded());
        change.body = masked(r.body);
        change.message = when;
        list.append(change);
    };
    add(m_client->tokenRequest(), tr("always: a management token from the user pool ID and secret"));
    add(m_client->listExtIdpsRequest(), tr("always: looks for the user pool's Feishu identity source"));
    add(m_client->createExtIdpRequest(m_spec.extIdpName, QLatin1String(extIdpType)), tr("only if the user pool has no Feishu identity source yet"));
    add(m_client->getExtIdpRequest(idpPlaceholder), tr("always: looks for a connection with the identifier “%1”").arg(m_spec.identifier));
    add(m_client->createConnectionRequest(c), tr("only if no connection has that identifier"));
    add(m_client->updateConnectionRequest(update), tr("only if the connection holds another App ID, App Secret or name"));
    for (const QString &appId : m_spec.applicationIds()) {
        add(m_client->getApplicationRequest(appId), tr("always: whether the connection is enabled on the application"));
        add(m_client->changeConnectionStateRequest(connPlaceholder, appId, true), tr("only if it is not enabled on the application yet"));
    }
    if (!m_spec.applicationId.isEmpty() && !m_spec.loginCallback.isEmpty())
        add(m_client->updateRedirectUrisRequest(m_spec.applicationId, {tr("<the Login Callback URLs it has>"), m_spec.loginCallback}),
            tr("only if %1 is not among the application's Login Callback URLs (for the end-to-end login test)").arg(m_spec.loginCallback));
    return list;
}

void GenAuthIdentitySource::inspect()
{
    read([this](const IdentitySourceState &state) { emit inspected(state); });
}

void GenAuthIdentitySource::read(std::function<void(const IdentitySourceState &)> then)
{
    delete m_run;
    m_run = new QObject(this);
    auto state = std::make_shared<IdentitySourceState>();
    emit progress(tr("Looking for the Feishu identity source…"));
    m_client->listExtIdps(m_run, [this, state, then = std::move(then)](const ApiResult<QList<ExtIdp>> &r) mutable {
        if (!r.ok()) {
            state->error = r.error;
            return then(*state);
        }
        QList<ExtIdp> lark;
        for (const ExtIdp &idp : r.value) {
            if (idp.type == QLatin1String(extIdpType))
                lark.append(idp);
        }
        readConnections(lark, 0, state, std::move(then));
    });
}

void GenAuthIdentitySource::readConnections(QList<ExtIdp> idps, int index, std::shared_ptr<IdentitySourceState> state,
                                            std::function<void(const IdentitySourceState &)> then)
{
    if (index >= idps.size())
        return readApplication(state, std::move(then));
    const QString id = idps.at(index).id;
    m_client->getExtIdp(id, m_run, [this, idps, index, state, then = std::move(then)](const ApiResult<ExtIdp> &r) mutable {
        if (!r.ok()) {
            state->error = r.error;
            return then(*state);
        }
        ExtIdp idp = r.value;
        if (idp.id.isEmpty())
            idp.id = idps.at(index).id;
        if (!state->extIdp)
            state->extIdp = idp;
        for (const ExtIdpConnection &c : std::as_const(idp.connections)) {
            if (c.identifier == m_spec.identifier) {
                state->extIdp = idp;
                state->connection = c;
                if (state->connection->extIdpId.isEmpty())
                    state->connection->extIdpId = idp.id;
                return readApplication(state, std::move(then));
            }
        }
        readConnections(idps, index + 1, state, std::move(then));
    });
}

void GenAuthIdentitySource::readApplication(std::shared_ptr<IdentitySourceState> state, std::function<void(const IdentitySourceState &)> then,
                                            qsizetype index)
{
    if (index == 0)
        evaluate(*state);
    const QStringList ids = m_spec.applicationIds();
    if (index >= ids.size())
        return then(*state);
    const QString appId = ids.at(index);
    m_client->application(appId, m_run, [this, state, then = std::move(then), index, appId](const ApiResult<GenAuthApplication> &r) mutable {
        if (!r.ok()) {
            state->error = r.error;
            return then(*state);
        }
        bool enabled = false;
        if (state->connection) {
            for (const EnabledConnection &c : r.value.enabledConnections)
                enabled = enabled || (c.enabled && c.connectionId == state->connection->id);
        }
        state->enabledOn.insert(appId, enabled);
        if (appId == m_spec.applicationId) {
            state->enabledOnApp = enabled;
            state->appRedirectUris = r.value.redirectUris;
        }
        readApplication(state, std::move(then), index + 1);
    });
}

void GenAuthIdentitySource::evaluate(IdentitySourceState &s) const
{
    if (!s.connection)
        return;
    const ExtIdpConnection &c = *s.connection;
    // The first of the keys that holds a value: GenAuth may keep either
    // spelling.
    const auto firstOf = [&](const QStringList &keys) -> std::optional<QString> {
        for (const QString &key : keys) {
            if (c.fields.contains(key))
                return c.fields.value(key).toString();
        }
        return std::nullopt;
    };
    const std::optional<QString> theirs = firstOf(m_spec.appIdKeys);
    const QString theirAppId = theirs.value_or(QString());
    const std::optional<QString> theirSecret = firstOf(m_spec.appSecretKeys);
    s.fieldsShown = !c.fields.isEmpty();
    s.secretReadable = theirSecret.has_value();
    s.sameAppId = theirAppId == m_spec.feishuAppId;
    s.sameSecret = theirSecret && *theirSecret == m_spec.feishuAppSecret;
    s.sameName = c.displayName == m_spec.displayName;
    if (c.type != QLatin1String(connectionType)) {
        s.conflict = tr("The identifier “%1” belongs to a connection of type “%2”, not a Feishu enterprise self-built app.")
                         .arg(m_spec.identifier, c.type);
    } else if (!theirAppId.isEmpty() && !s.sameAppId) {
        s.conflict = tr("The identifier “%1” belongs to the connection of another Feishu app (App ID %2). It is not changed: "
                        "everyone who signed in through it would arrive in GenAuth as a new user, because Feishu's open_id, by "
                        "which GenAuth knows them, differs per app.")
                         .arg(m_spec.identifier, theirAppId);
    }
}

void GenAuthIdentitySource::fail(const ApiError &error)
{
    m_result.error = error;
    qCInfo(lcGenAuth) << "identity source not applied:" << error.code;
    emit applied(m_result);
}

void GenAuthIdentitySource::finish()
{
    qCInfo(lcGenAuth) << "identity source applied, changes:" << m_result.changes;
    emit applied(m_result);
}

void GenAuthIdentitySource::apply()
{
    m_result = {};
    read([this](const IdentitySourceState &state) {
        if (!state.error.ok())
            return fail(state.error);
        if (!state.conflict.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Platform;
            e.step = Step::Credentials;
            e.code = QStringLiteral("genauth-identifier-taken");
            e.message = state.conflict + QLatin1Char(' ')
                + tr("It was left as it is. Choose another identifier in Step 2, or change that connection in the GenAuth console.");
            e.fixUrl = m_client->endpoints().console;
            return fail(e);
        }

        const auto withConnection = [this, state](const ExtIdp &idp) {
            if (state.matches() || state.unreadable()) {
                m_result.done.append(state.matches()
                                         ? tr("The connection “%1” already holds this App ID and App Secret: unchanged.").arg(m_spec.identifier)
                                         : tr("The connection “%1” exists, but GenAuth does not show its fields, so which App ID it holds "
                                              "cannot be read; it was left unchanged. The end-to-end login test proves it.")
                                               .arg(m_spec.identifier));
                m_result.connectionId = state.connection->id;
                return enable(state.connection->id, state);
            }
            ExtIdpConnection c;
            c.extIdpId = idp.id;
            c.type = QLatin1String(connectionType);
            c.identifier = m_spec.identifier;
            c.displayName = m_spec.displayName;
            c.fields = fields();
            ++m_result.changes;
            if (state.connection) {
                c.id = state.connection->id;
                emit progress(tr("Updating the connection “%1”…").arg(m_spec.identifier));
                m_client->updateConnection(c, m_run, [this, state, c](const ApiResult<ExtIdpConnection> &r) {
                    if (!r.ok())
                        return fail(r.error);
                    m_result.done.append(tr("Updated the connection “%1” with this App ID and App Secret.").arg(m_spec.identifier));
                    m_result.connectionId = c.id;
                    enable(c.id, state);
                });
            } else {
                emit progress(tr("Creating the connection “%1”…").arg(m_spec.identifier));
                m_client->createConnection(c, m_run, [this, state](const ApiResult<ExtIdpConnection> &r) {
                    if (!r.ok())
                        return fail(r.error);
                    m_result.done.append(tr("Created the connection “%1” (Feishu enterprise self-built app).").arg(m_spec.identifier));
                    m_result.connectionId = r.value.id;
                    IdentitySourceState fresh = state;
                    fresh.enabledOnApp = false; // a new connection is enabled nowhere
                    fresh.enabledOn.clear();
                    enable(r.value.id, fresh);
                });
            }
        };

        if (state.extIdp) {
            m_result.done.append(tr("Found the Feishu identity source “%1”.").arg(state.extIdp->name));
            return withConnection(*state.extIdp);
        }
        emit progress(tr("Creating the Feishu identity source…"));
        ++m_result.changes;
        m_client->createExtIdp(m_spec.extIdpName, QLatin1String(extIdpType), m_run, [this, withConnection](const ApiResult<ExtIdp> &r) {
            if (!r.ok())
                return fail(r.error);
            m_result.done.append(tr("Created the Feishu identity source “%1”.").arg(r.value.name));
            withConnection(r.value);
        });
    });
}

void GenAuthIdentitySource::enable(const QString &connectionId, const IdentitySourceState &state, qsizetype index)
{
    const QStringList ids = m_spec.applicationIds();
    if (ids.isEmpty()) {
        m_result.done.append(tr("Not enabled on any application: no GenAuth application ID was given."));
        return finish();
    }
    if (index >= ids.size())
        return registerCallback(state);
    const QString appId = ids.at(index);
    if (state.enabledOn.value(appId, false)) {
        m_result.done.append(tr("Already enabled on the application %1.").arg(appId));
        return enable(connectionId, state, index + 1);
    }
    emit progress(tr("Enabling it on the application %1…").arg(appId));
    ++m_result.changes;
    m_client->changeConnectionState(connectionId, appId, true, m_run, [this, connectionId, state, index, appId](const ApiResult<bool> &r) {
        if (!r.ok())
            return fail(r.error);
        m_result.done.append(tr("Enabled it on the application %1.").arg(appId));
        enable(connectionId, state, index + 1);
    });
}

void GenAuthIdentitySource::registerCallback(const IdentitySourceState &state)
{
    if (m_spec.loginCallback.isEmpty())
        return finish();
    if (state.appRedirectUris.contains(m_spec.loginCallback)) {
        m_result.done.append(tr("%1 is already a Login Callback URL of the application.").arg(m_spec.loginCallback));
        return finish();
    }
    emit progress(tr("Adding the login test's callback to the application…"));
    ++m_result.changes;
    m_client->updateRedirectUris(m_spec.applicationId, QStringList(state.appRedirectUris) << m_spec.loginCallback, m_run,
                                 [this](const ApiResult<bool> &r) {
                                     if (!r.ok())
                                         return fail(r.error);
                                     // GenAuth answers only {success}: read the application back.
                                     m_client->application(m_spec.applicationId, m_run, [this](const ApiResult<GenAuthApplication> &app) {
                                         if (!app.ok())
                                             return fail(app.error);
                                         if (!app.value.redirectUris.contains(m_spec.loginCallback)) {
                                             ApiError e;
                                             e.kind = ApiError::Kind::Platform;
                                             e.step = Step::Credentials;
                                             e.code = QStringLiteral("genauth-callback-missing");
                                             e.message = tr("GenAuth accepted the Login Callback URL %1 but does not list it. Add it on the "
                                                            "application's page in the GenAuth console.")
                                                             .arg(m_spec.loginCallback);
                                             return fail(e);
                                         }
                                         m_result.done.append(tr("Added %1 to the application's Login Callback URLs, for the end-to-end "
                                                                 "login test.")
                                                                  .arg(m_spec.loginCallback));
                                         finish();
                                     });
                                 });
}

void GenAuthIdentitySource::removeLoginCallback()
{
    m_result = {};
    delete m_run;
    m_run = new QObject(this);
    if (m_spec.applicationId.isEmpty() || m_spec.loginCallback.isEmpty()) {
        m_result.done.append(tr("Nothing to remove: no GenAuth application ID or login callback was given."));
        return finish();
    }
    emit progress(tr("Reading the application's Login Callback URLs…"));
    m_client->application(m_spec.applicationId, m_run, [this](const ApiResult<GenAuthApplication> &r) {
        if (!r.ok())
            return fail(r.error);
        if (!r.value.redirectUris.contains(m_spec.loginCallback)) {
            m_result.done.append(tr("%1 is not a Login Callback URL of the application: nothing to remove.").arg(m_spec.loginCallback));
            return finish();
        }
        QStringList remaining = r.value.redirectUris;
        remaining.removeAll(m_spec.loginCallback);
        emit progress(tr("Removing the login test's callback from the application…"));
        ++m_result.changes;
        m_client->updateRedirectUris(m_spec.applicationId, remaining, m_run, [this](const ApiResult<bool> &updated) {
            if (!updated.ok())
                return fail(updated.error);
            m_result.done.append(tr("Removed %1 from the application's Login Callback URLs.").arg(m_spec.loginCallback));
            finish();
        });
    });
}

} // namespace fss
