#include "core/setup/SecretRotation.h"

#include "core/FieldRules.h"
#include "core/feishu/FeishuClient.h"

#include <QJsonDocument>
#include <QTimer>

namespace fss {

namespace {

// The plan's rows, in the order they are sent.
enum Row { VerifyRow, UpdateRow, ReadBackRow };

const QString kPastedPlaceholder = QStringLiteral("<the new App Secret>");

} // namespace

QString SecretRotationResult::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Prepare: return QStringLiteral("prepare");
    case Stage::Prepared: return QStringLiteral("prepared");
    case Stage::Verify: return QStringLiteral("verify");
    case Stage::UpdateGenAuth: return QStringLiteral("update-genauth");
    case Stage::ReadBack: return QStringLiteral("read-back");
    case Stage::Keychain: return QStringLiteral("keychain");
    case Stage::Done: return QStringLiteral("done");
    }
    return {};
}

QStringList SecretRotationResult::sides() const
{
    QStringList lines;
    lines.append(feishuTakesNew ? SecretRotation::tr("Feishu takes the new App Secret.")
                                : SecretRotation::tr("Feishu has not taken a new App Secret from the wizard."));
    if (genAuthHoldsNew && secretReadBack)
        lines.append(SecretRotation::tr("GenAuth's connection holds the new App Secret (read back)."));
    else if (genAuthHoldsNew)
        lines.append(SecretRotation::tr("GenAuth accepted the new App Secret (it does not show secrets, so the login test is the proof)."));
    else if (genAuthUnknown)
        lines.append(SecretRotation::tr("Whether GenAuth's connection holds the new App Secret is not known: its update failed and "
                                        "reading it back did not tell. Retry."));
    else
        lines.append(SecretRotation::tr("GenAuth's connection still holds the old App Secret: once it is reset in Feishu, every "
                                        "login through GenAuth fails until GenAuth holds the new one."));
    lines.append(keychainHoldsNew ? SecretRotation::tr("The keychain holds the new App Secret.")
                                  : SecretRotation::tr("The keychain still holds the old App Secret."));
    return lines;
}

SecretRotation::SecretRotation(GenAuthClient *genAuth, FeishuClient *verifier, IdentitySourceSpec spec, Platform platform, QObject *parent)
    : QObject(parent)
    , m_genAuth(genAuth)
    , m_verifier(verifier)
    , m_spec(std::move(spec))
    , m_platform(platform)
{
    m_genAuth->setSubject(m_spec.identifier, m_spec.applicationId);
}

QUrl SecretRotation::resetPage() const
{
    return feishuConsole(m_platform, ConsolePage::Credentials, m_spec.feishuAppId);
}

void SecretRotation::stop(SecretRotationResult::Stage stage, const ApiError &error, bool afterPaste)
{
    m_result.stage = stage;
    m_result.error = error;
    afterPaste ? emit finished(m_result) : emit prepared(m_result);
}

QJsonObject SecretRotation::secretFields(const QString &secret) const
{
    QJsonObject fields;
    for (const QString &key : m_result.secretKeys)
        fields.insert(key, secret);
    return fields;
}

QList<PlannedChange> SecretRotation::plan() const
{
    m_verifier->setCredentials(m_spec.feishuAppId, kPastedPlaceholder);
    ExtIdpConnection update = m_connection;
    update.fields = secretFields(kPastedPlaceholder);
    const struct
    {
        PlannedChange::Service service;
        ApiRequest request;
        QString when;
    } rows[] = {
        {PlannedChange::Service::Feishu, m_verifier->tokenRequest(),
         tr("first: a tenant token with the pasted secret; nothing else is sent unless Feishu takes it")},
        {PlannedChange::Service::GenAuth, m_genAuth->updateConnectionRequest(update),
         tr("then: only the secret fields of the connection “%1” (%2)").arg(m_spec.identifier, m_result.secretKeys.join(QStringLiteral(", ")))},
        {PlannedChange::Service::GenAuth, m_genAuth->getExtIdpRequest(m_connection.extIdpId),
         tr("then: reads the connection back; the keychain keeps the new secret only after this")},
    };
    QList<PlannedChange> list;
    for (const auto &row : rows) {
        PlannedChange c;
        c.service = row.service;
        c.id = PlannedChange::Id::AppSecret;
        c.step = Step::Credentials;
        c.title = tr("Rotate the App Secret");
        c.method = QString::fromLatin1(row.request.verb);
        c.url = QUrl::fromPercentEncoding(row.request.url.toEncoded());
        c.body = PlannedChange::maskedBody(row.request.body, {kPastedPlaceholder});
        c.message = row.when;
        list.append(c);
    }
    return list;
}

void SecretRotation::prepare()
{
    delete m_run;
    m_run = new QObject(this);
    m_result = {};
    emit progress(tr("Asking GenAuth for a management token…"));
    m_genAuth->managementToken(m_run, [this](const ApiResult<QString> &token) {
        if (!token.ok()) {
            m_result.poolSecretRefused = token.error.kind == ApiError::Kind::Platform;
            return stop(SecretRotationResult::Stage::Prepare, token.error, false);
        }
        auto source = new GenAuthIdentitySource(m_genAuth, m_spec, m_run);
        connect(source, &GenAuthIdentitySource::inspected, this, [this](const IdentitySourceState &state) {
            ApiError e = state.error;
            if (e.ok() && (!state.connection || !state.conflict.isEmpty())) {
                e.kind = ApiError::Kind::Platform;
                e.step = Step::Credentials;
                e.code = QStringLiteral("no-connection");
                e.message = state.conflict.isEmpty()
                    ? tr("GenAuth has no connection with the identifier “%1”: there is no App Secret to rotate there. Set it "
                         "up first (Step 2, Create it for me).")
                          .arg(m_spec.identifier)
                    : state.conflict;
            }
            if (!e.ok())
                return stop(SecretRotationResult::Stage::Prepare, e, false);
            m_connection = *state.connection;
            if (m_connection.displayName.isEmpty())
                m_connection.displayName = m_spec.displayName;
            // Under the keys the connection uses, when GenAuth shows them;
            // otherwise under the profile's.
            for (const QString &key : m_spec.appSecretKeys + IdentitySourceSpec::defaultAppSecretKeys()) {
                if (m_connection.fields.contains(key) && !m_result.secretKeys.contains(key))
                    m_result.secretKeys.append(key);
            }
            if (m_result.secretKeys.isEmpty())
                m_result.secretKeys = m_spec.appSecretKeys;
            m_result.changes = plan();
            stop(SecretRotationResult::Stage::Prepared, {}, false);
        });
        emit progress(tr("Looking for the connection “%1”…").arg(m_spec.identifier));
        source->inspect();
    });
}

void SecretRotation::rotate(const QString &newSecret)
{
    m_sincePaste.start();
    m_newSecret = newSecret.trimmed();
    const FieldCheck check = FieldRules::appSecret(m_newSecret, m_spec.feishuAppId);
    // Refused before anything is sent: finished() still comes after
    // rotate() returns, as it does after an answer.
    const auto refuse = [this](SecretRotationResult::Stage stage, const ApiError &error) {
        QTimer::singleShot(0, this, [this, stage, error] { stop(stage, error); });
    };
    ApiError refused;
    refused.kind = ApiError::Kind::Platform;
    refused.step = Step::Credentials;
    refused.code = QStringLiteral("bad-secret");
    if (m_result.stage == SecretRotationResult::Stage::Prepare) {
        refused.code = QStringLiteral("not-prepared");
        refused.message = tr("The rotation is not prepared: GenAuth's connection has not been found yet.");
        return refuse(m_result.stage, refused);
    }
    // A new paste after a refused one: nothing of the last try holds.
    SecretRotationResult fresh;
    fresh.stage = SecretRotationResult::Stage::Prepared;
    fresh.secretKeys = m_result.secretKeys;
    m_result = fresh;
    m_result.changes = plan();
    if (!check.acceptable()) {
        refused.message = check.message;
        return refuse(SecretRotationResult::Stage::Verify, refused);
    }
    verify();
}

void SecretRotation::retry()
{
    switch (m_result.stage) {
    case SecretRotationResult::Stage::Prepare:
        return prepare();
    case SecretRotationResult::Stage::Prepared:
    case SecretRotationResult::Stage::Done:
        return;
    case SecretRotationResult::Stage::Verify:
        return verify();
    case SecretRotationResult::Stage::UpdateGenAuth:
    case SecretRotationResult::Stage::ReadBack:
        return updateGenAuth();
    case SecretRotationResult::Stage::Keychain:
        return keep();
    }
}

void SecretRotation::verify()
{
    emit progress(tr("Asking Feishu whether it takes the new App Secret…"));
    m_verifier->setCredentials(m_spec.feishuAppId, m_newSecret);
    m_verifier->tenantAccessToken(m_run, [this](const ApiResult<QString> &token) {
        PlannedChange &row = m_result.changes[VerifyRow];
        if (!token.ok()) {
            row.status = PlannedChange::Status::Failed;
            row.code = token.error.code;
            ApiError e = token.error;
            e.message = tr("Feishu does not take the pasted App Secret: %1 Nothing was changed; GenAuth and the keychain still "
                           "hold the old one.")
                            .arg(token.error.message);
            return stop(SecretRotationResult::Stage::Verify, e);
        }
        row.status = PlannedChange::Status::Sent;
        row.message = tr("Feishu takes the new App Secret.");
        m_result.feishuTakesNew = true;
        // Only what is missing: a connection that shows it holds this
        // secret already (a second run) is not written again.
        bool holds = true;
        for (const QString &key : std::as_const(m_result.secretKeys))
            holds = holds && m_connection.fields.value(key).toString() == m_newSecret;
        if (!holds)
            return updateGenAuth();
        m_result.changes[UpdateRow].status = m_result.changes[ReadBackRow].status = PlannedChange::Status::Unchanged;
        m_result.changes[UpdateRow].message = tr("The connection already holds this App Secret.");
        m_result.genAuthHoldsNew = m_result.secretReadBack = true;
        m_result.alreadyInUse = m_newSecret == m_spec.feishuAppSecret;
        m_result.outageMs = 0;
        keep();
    });
}

void SecretRotation::updateGenAuth()
{
    emit progress(tr("Giving GenAuth's connection the new App Secret…"));
    ExtIdpConnection update = m_connection;
    update.fields = secretFields(m_newSecret);
    m_genAuth->updateConnection(update, m_run, [this](const ApiResult<ExtIdpConnection> &r) {
        PlannedChange &row = m_result.changes[UpdateRow];
        row.status = r.ok() ? PlannedChange::Status::Sent : PlannedChange::Status::Failed;
        row.code = r.error.code;
        row.message = r.ok() ? tr("GenAuth answered the update.") : r.error.message;
        readBack(r.error);
    });
}

void SecretRotation::readBack(const ApiError &failed)
{
    m_genAuth->getExtIdp(m_connection.extIdpId, m_run, [this, failed](const ApiResult<ExtIdp> &r) {
        PlannedChange &row = m_result.changes[ReadBackRow];
        // What the connection holds under its secret keys: shown (or not),
        // and whether each is the new secret.
        const auto held = std::find_if(r.value.connections.cbegin(), r.value.connections.cend(),
                                       [this](const ExtIdpConnection &c) { return c.id == m_connection.id || c.identifier == m_spec.identifier; });
        const bool found = r.ok() && held != r.value.connections.cend();
        bool shown = false, same = true;
        for (const QString &key : std::as_const(m_result.secretKeys)) {
            if (found && held->fields.contains(key)) {
                shown = true;
                same = same && held->fields.value(key).toString() == m_newSecret;
            }
        }
        m_result.secretReadBack = shown;
        const bool holdsNew = found && (shown ? same : failed.ok());
        m_result.genAuthUnknown = !failed.ok() && (!found || !shown);
        row.status = r.ok() ? PlannedChange::Status::Sent : PlannedChange::Status::Failed;
        row.code = r.error.code;
        if (!holdsNew) {
            ApiError e = !failed.ok() ? failed : r.error;
            if (e.ok()) {
                e.kind = ApiError::Kind::Platform;
                e.step = Step::Credentials;
                e.code = QStringLiteral("not-read-back");
                e.message = found ? tr("GenAuth answered the update, but its connection still holds another App Secret.")
                                  : tr("GenAuth answered the update, but the connection “%1” is no longer there.").arg(m_spec.identifier);
            } else if (!failed.ok()) {
                e.message = tr("GenAuth did not take the new App Secret: %1").arg(failed.message);
            }
            row.message = e.message;
            return stop(failed.ok() ? SecretRotationResult::Stage::ReadBack : SecretRotationResult::Stage::UpdateGenAuth, e);
        }
        row.message = !failed.ok() ? tr("GenAuth's answer to the update failed (%1), but the connection holds the new App Secret.").arg(failed.code)
            : shown                ? tr("The connection holds the new App Secret.")
                                   : tr("GenAuth does not show secrets: the login test is the proof.");
        m_result.genAuthHoldsNew = true;
        m_result.outageMs = m_sincePaste.elapsed();
        keep();
    });
}

void SecretRotation::keep()
{
    if (!m_keep) {
        m_result.keychainHoldsNew = false;
        return stop(SecretRotationResult::Stage::Done, {});
    }
    emit progress(tr("Putting the new App Secret in the keychain…"));
    m_keep(m_newSecret, m_run, [this](const KeychainResult &r) {
        if (!r.ok()) {
            ApiError e;
            e.kind = ApiError::Kind::Platform;
            e.step = Step::Credentials;
            e.code = QStringLiteral("keychain");
            e.message = tr("The keychain did not take the new App Secret: %1").arg(r.message);
            return stop(SecretRotationResult::Stage::Keychain, e);
        }
        m_result.keychainHoldsNew = true;
        m_spec.feishuAppSecret = m_newSecret;
        for (const QString &key : std::as_const(m_result.secretKeys))
            m_connection.fields.insert(key, m_newSecret);
        stop(SecretRotationResult::Stage::Done, {});
    });
}

} // namespace fss
