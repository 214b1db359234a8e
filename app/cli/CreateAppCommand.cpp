#include "cli/CreateAppCommand.h"

#include "core/feishu/QrCode.h"
#include "core/setup/SetupSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fss {

CreateAppCommand::CreateAppCommand(CommandLine command, ProfileStore store, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(std::move(command), std::move(store), out, err, parent)
    , m_session(new SetupSession(this))
{
    m_session->setStore(m_store);
    connect(m_session, &SetupSession::saveFailed, this, [this](const QString &error) { m_saveError = error; });
}

void CreateAppCommand::start()
{
    const ProfileStore::Loaded loaded = m_store.contains(m_command.profile) ? m_store.load(m_command.profile) : ProfileStore::Loaded{};
    if (!loaded.profile && !loaded.error.isEmpty())
        return finishLater(exitBadInput, loaded.error);
    SetupProfile profile = loaded.profile.value_or(SetupProfile{});
    profile.name = m_command.profile; // a new profile when none is stored
    m_session->setProfile(profile);
    // The new app goes into this profile: not while another holds it.
    if (!m_session->lockProfile(profile.name))
        return finishLater(exitFailed, m_session->readOnlyReason());
    RegistrationEndpoints endpoints = RegistrationEndpoints::defaults();
    // A private or imitation Feishu host serves the registration too.
    if (!m_command.feishuApi.isEmpty())
        endpoints.feishuAccounts = QUrl(m_command.feishuApi);
    if (!m_command.feishuAccounts.isEmpty())
        endpoints.feishuAccounts = QUrl(m_command.feishuAccounts);
    if (!m_command.larkAccounts.isEmpty())
        endpoints.larkAccounts = QUrl(m_command.larkAccounts);
    m_session->setRegistrationEndpoints(endpoints);
    m_registration = m_session->newAppRegistration(this);
    // No description: the shorter the link, the smaller the code to scan;
    // Feishu's confirmation page asks for one.
    m_registration->setApp(m_command.appName.isEmpty() ? AppRegistration::defaultName(profile.name) : m_command.appName, {});
    connect(m_registration, &AppRegistration::linkReady, this, &CreateAppCommand::showLink);
    connect(m_registration, &AppRegistration::finished, this, [this](const RegistrationOutcome &o) {
        if (o.created())
            return created(o.app);
        finish(exitFailed, o.error.message, o.error.code);
    });
    m_registration->start();
}

void CreateAppCommand::showLink(const RegistrationLink &link)
{
    // With --json the object goes to stdout; the link and the code to stderr.
    QTextStream &to = m_command.json ? m_err : m_out;
    to << tr("The app is made from Feishu's agent template (it has the bot ability), and its credentials come with no copying. "
             "Feishu may not let the wizard configure an app made this way: then the web app, the redirect URL, the permissions and "
             "the release are done in the developer console, with the wizard's links and checks. An app created by hand in the "
             "console is the one the wizard can configure itself (apply).")
       << "\n\n"
       << tr("Scan this code with the Feishu app, or open the link below, and confirm:") << "\n";
    if (const auto qr = QrCode::encode(link.url.toEncoded()))
        to << qr->halfBlocks();
    to << link.url.toString(QUrl::FullyEncoded) << "\n"
       << tr("The link works until %1 (code %2). Waiting…").arg(link.expiresAt.toLocalTime().time().toString(QStringLiteral("HH:mm")), link.userCode)
       << Qt::endl;
}

void CreateAppCommand::created(const RegisteredApp &app)
{
    m_app = app;
    // The secret into the keychain before anything else uses it; the App
    // ID into the profile only once the secret is safe (as the wizard does).
    m_session->adoptRegisteredApp(app, this, [this](const KeychainResult &r) {
        if (!r.ok())
            return finish(exitFailed,
                          tr("The app %1 was created, but its App Secret could not be stored in the keychain: %2. Copy the App Secret "
                             "from the app's Credentials page in the developer console into the wizard (Step 2).")
                              .arg(m_app.appId, r.message),
                          QStringLiteral("keychain"));
        if (!m_saveError.isEmpty())
            return finish(exitFailed, tr("The App Secret is in the keychain, but the profile could not be saved: %1").arg(m_saveError),
                          QStringLiteral("profile"));
        readScopes(m_app);
        m_app.appSecret.clear();
    });
}

void CreateAppCommand::readScopes(const RegisteredApp &app)
{
    FeishuEndpoints endpoints = FeishuEndpoints::defaults(app.platform);
    const QString api = app.platform == Platform::Lark ? m_command.larkApi : m_command.feishuApi;
    if (!api.isEmpty())
        endpoints.openApi = QUrl(api);
    m_session->setFeishuEndpoints(endpoints);
    FeishuClient *client = m_session->feishu(); // with the new app's credentials
    client->scopes(this, [this, client](const ApiResult<QList<ScopeGrant>> &scopes) {
        if (!scopes.ok())
            return finish(exitCreated, tr("Which permissions arrived could not be read: %1").arg(scopes.error.message), scopes.error.code);
        m_arrived = ArrivedScopes::of(RegistrationAddons::forSso(), scopes.value);
        // Which path steps 3 to 6 take, before anything is promised.
        (m_command.json ? m_err : m_out) << tr("Asking Feishu whether the wizard may configure the app, with a change that changes "
                                               "nothing: %1")
                                                .arg(FeishuAppSetup::probeShown(client))
                                         << Qt::endl;
        FeishuAppSetup::probeAccess(client, this, [this](const ConfigureAccess &access) {
            m_access = access;
            finish(exitCreated);
        });
    });
}

void CreateAppCommand::finish(int exitCode, const QString &error, const QString &code)
{
    const bool created = !m_app.appId.isEmpty() && exitCode == exitCreated;
    if (m_command.json) {
        QJsonObject o{{QStringLiteral("ok"), created},
                      {QStringLiteral("app_id"), m_app.appId.isEmpty() ? QJsonValue() : QJsonValue(m_app.appId)},
                      {QStringLiteral("platform"), m_app.appId.isEmpty() ? QJsonValue() : QJsonValue(toString(m_app.platform))},
                      {QStringLiteral("profile"), m_session->profile().name},
                      {QStringLiteral("granted"), QJsonArray::fromStringList(m_arrived.granted)},
                      {QStringLiteral("waiting"), QJsonArray::fromStringList(m_arrived.waiting)},
                      {QStringLiteral("missing"), QJsonArray::fromStringList(m_arrived.missing)},
                      {QStringLiteral("message"), error},
                      {QStringLiteral("code"), code}};
        if (m_access) {
            o.insert(QStringLiteral("configurable_by_api"), m_access->byApi());
            o.insert(QStringLiteral("console_reason"), m_access->reason);
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (created) {
        m_out << tr("Created app %1; its App Secret is in the keychain and its App ID in profile “%2”.").arg(m_app.appId, m_session->profile().name) << '\n';
        if (!error.isEmpty())
            m_out << error << '\n';
        if (!m_arrived.granted.isEmpty())
            m_out << tr("Permissions it holds: %1").arg(m_arrived.granted.join(QStringLiteral(", "))) << '\n';
        if (!m_arrived.waiting.isEmpty())
            m_out << tr("Asked for, waiting for an administrator: %1").arg(m_arrived.waiting.join(QStringLiteral(", "))) << '\n';
        if (!m_arrived.missing.isEmpty())
            m_out << tr("Not there (Feishu did not take them from the link): %1").arg(m_arrived.missing.join(QStringLiteral(", "))) << '\n';
        if (m_access && !m_access->byApi())
            m_out << tr("Feishu does not let the wizard configure this app: %1 Do steps 3 to 6 in the developer console (web app, "
                        "redirect URL, permissions, release); feishu-sso-setup check --profile %2 verifies each, or the wizard's pages "
                        "link to each one.")
                         .arg(m_access->reason, m_session->profile().name)
                  << Qt::endl;
        else
            m_out << tr("Next: feishu-sso-setup apply --profile %1 (or Set it up in Feishu for me in the wizard).").arg(m_session->profile().name)
                  << Qt::endl;
    } else {
        m_err << error << Qt::endl;
    }
    emit finished(exitCode);
}

} // namespace fss
