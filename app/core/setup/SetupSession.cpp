#include "core/setup/SetupSession.h"

#include "core/FieldRules.h"
#include "core/genauth/GenAuthClient.h"
#include "core/setup/ProfileMapping.h"
#include "core/transport/Logging.h"

namespace fss {

namespace {

const QList<Field> kProfileFields{Field::ProfileName, Field::Lark,       Field::Cloud,          Field::CustomHost,   Field::FeishuApi,
                                  Field::TrustedCertificates, Field::AppId, Field::UserPoolId, Field::Identifier, Field::GenAuthAppId,
                                  Field::Version,     Field::GenAuthAppHost, Field::OidcCallback};

} // namespace

SetupSession::SetupSession(QObject *parent)
    : QObject(parent)
{
}

// ---- The profile and its secrets ------------------------------------------

void SetupSession::setProfile(const SetupProfile &profile)
{
    m_profile = profile;
    m_customHost = profile.customHost;
    if (m_secrets.profile() != profile.name)
        m_secrets.setProfile(profile.name);
    clientsChanged();
}

void SetupSession::setProfileFrom(const SetupProfile &profile)
{
    setProfile(profile);
    announce(kProfileFields);
    emit tickedChanged();
}

void SetupSession::announce(const QList<Field> &fields)
{
    // The pages follow the session; what their widgets send back meanwhile
    // (one field's change re-checking another) is the old state.
    const bool outer = !m_announcing;
    m_announcing = true;
    for (Field f : fields)
        emit fieldChanged(f, field(f));
    if (outer)
        m_announcing = false;
}

QVariant SetupSession::field(Field f) const
{
    const SetupProfile &p = m_profile;
    switch (f) {
    case Field::ProfileName:
        return p.name;
    case Field::Lark:
        return p.platform == Platform::Lark;
    case Field::Cloud:
        return int(p.cloud);
    case Field::CustomHost:
        return m_customHost;
    case Field::FeishuApi:
        return p.feishuApi;
    case Field::TrustedCertificates:
        return p.trustedCertificates;
    case Field::AppId:
        return p.appId;
    case Field::AppSecret:
        return m_appSecret;
    case Field::UserPoolId:
        return p.userPoolId;
    case Field::UserPoolSecret:
        return m_userPoolSecret;
    case Field::Identifier:
        return p.identifier;
    case Field::GenAuthAppId:
        return p.genAuthAppId;
    case Field::Version:
        return p.version;
    case Field::GenAuthAppHost:
        return p.genAuthAppHost;
    case Field::OidcCallback:
        return p.effectiveOidcCallback();
    }
    return {};
}

QVariant SetupSession::blankField(Field f)
{
    switch (f) {
    case Field::Lark:
        return false;
    case Field::Cloud:
        return int(Cloud::GenAuth);
    case Field::TrustedCertificates:
        return QStringList();
    case Field::OidcCallback:
        return QString::fromLatin1(SetupProfile::defaultOidcCallback);
    default:
        return QString();
    }
}

void SetupSession::setField(Field f, const QVariant &value)
{
    if (m_announcing)
        return;
    SetupProfile &p = m_profile;
    const QString text = value.toString().trimmed();
    switch (f) {
    case Field::ProfileName:
        p.name = text;
        return; // the clients do not use it
    case Field::Lark:
        p.platform = value.toBool() ? Platform::Lark : Platform::Feishu;
        break;
    case Field::Cloud:
        p.cloud = Cloud(qBound(0, value.toInt(), int(Cloud::Custom)));
        p.customHost = p.cloud == Cloud::Custom ? m_customHost : QString();
        break;
    case Field::CustomHost:
        m_customHost = FieldRules::customHost(text).value;
        p.customHost = p.cloud == Cloud::Custom ? m_customHost : QString();
        break;
    case Field::FeishuApi:
        p.feishuApi = FieldRules::feishuApi(text).value;
        break;
    case Field::TrustedCertificates:
        p.trustedCertificates = value.toStringList();
        break;
    case Field::AppId:
        p.appId = text;
        break;
    case Field::AppSecret:
        m_appSecret = text;
        break;
    case Field::UserPoolId:
        p.userPoolId = text;
        break;
    case Field::UserPoolSecret:
        m_userPoolSecret = text;
        break;
    case Field::Identifier:
        p.identifier = text;
        break;
    case Field::GenAuthAppId:
        p.genAuthAppId = text;
        break;
    case Field::Version:
        p.version = text;
        return; // what apply releases, not what a client uses
    case Field::GenAuthAppHost:
        p.genAuthAppHost = FieldRules::authAddress(text).value;
        break;
    case Field::OidcCallback: {
        const QString callback = FieldRules::callbackUrl(text).value;
        p.oidcCallback = callback == QLatin1String(SetupProfile::defaultOidcCallback) ? QString() : callback;
        break;
    }
    }
    clientsChanged();
}

void SetupSession::setTicked(const QString &checklistId, bool ticked)
{
    if (ticked == m_profile.ticked.contains(checklistId))
        return;
    if (ticked)
        m_profile.ticked.insert(checklistId);
    else
        m_profile.ticked.remove(checklistId);
    emit tickedChanged();
}

void SetupSession::setLastStep(Step step)
{
    m_profile.lastStep = step;
}

void SetupSession::setConnectionSettings(const QString &displayName, const QString &appIdKeys, const QString &appSecretKeys)
{
    const auto orEmpty = [](const QString &value, const QString &fallback) { return value == fallback ? QString() : value; };
    const auto keys = [](const QString &text) { return SetupProfile::fieldKeys(text).join(QStringLiteral(", ")); };
    m_profile.connectionName = orEmpty(displayName.trimmed(), QLatin1String(SetupProfile::defaultConnectionName));
    m_profile.appIdFieldKey = orEmpty(keys(appIdKeys), SetupProfile::defaultAppIdFieldKeys());
    m_profile.appSecretFieldKey = orEmpty(keys(appSecretKeys), SetupProfile::defaultAppSecretFieldKeys());
}

void SetupSession::setGenAuthApplications(const QStringList &appIds)
{
    QStringList ids;
    for (const QString &id : appIds) {
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids.append(id.trimmed());
    }
    const QString first = ids.contains(m_profile.genAuthAppId) ? m_profile.genAuthAppId : ids.value(0);
    ids.removeAll(first);
    const bool firstChanged = first != m_profile.genAuthAppId;
    m_profile.genAuthAppId = first;
    m_profile.otherGenAuthAppIds = ids;
    if (firstChanged)
        announce({Field::GenAuthAppId});
}

void SetupSession::setSecrets(const QString &appSecret, const QString &userPoolSecret)
{
    m_appSecret = appSecret.trimmed();
    m_userPoolSecret = userPoolSecret.trimmed();
    clientsChanged();
}

void SetupSession::forgetSecrets()
{
    // (Qt's strings may leave other copies in freed memory; this is what
    // Qt allows.)
    m_appSecret.clear();
    m_userPoolSecret.clear();
    if (m_feishu) {
        m_feishu->setCredentials({}, {});
        m_genAuth->setCredentials({}, {});
    }
}

// ---- Where it is kept -----------------------------------------------------

void SetupSession::setStore(ProfileStore store)
{
    m_store = std::move(store);
}

bool SetupSession::open(const QString &name, std::function<void(const QString &)> done)
{
    std::optional<SetupProfile> saved;
    if (m_store.contains(name)) {
        ProfileStore::Loaded loaded = m_store.load(name);
        if (!loaded.profile) {
            done(loaded.error);
            return false;
        }
        saved = loaded.profile;
    }
    m_open = false;
    // What the checks found was about the profile open before.
    if (m_profile.name != name) {
        m_progress.clear();
        emit progressChanged();
    }
    lockProfile(name);
    m_secrets.setProfile(name);
    if (saved) {
        saved->name = name;
        setProfileFrom(*saved);
    } else {
        m_profile.name = name; // a new name keeps what the session holds: "save as"
    }
    qCInfo(lcWizard) << "opening profile" << name << (saved ? "(saved)" : "(new)");

    m_secrets.load(this, [this, done](const KeychainResult &r, const ProfileSecrets::Values &values) {
        setKeychainState(r);
        if (values.contains(SecretName::AppSecret))
            m_appSecret = values.value(SecretName::AppSecret).trimmed();
        if (values.contains(SecretName::UserPoolSecret))
            m_userPoolSecret = values.value(SecretName::UserPoolSecret).trimmed();
        announce({Field::AppSecret, Field::UserPoolSecret});
        clientsChanged();
        m_open = true;
        done({});
    });
    return true;
}

void SetupSession::close()
{
    m_open = false;
    m_lock.reset();
    m_lockedName.clear();
    m_readOnlyReason.clear();
    m_secrets.setProfile({});
    forgetSecrets();
}

bool SetupSession::lockProfile(const QString &name)
{
    if (m_lock && m_lockedName == name)
        return true;
    m_lock.reset();
    m_lockedName = name;
    m_readOnlyReason.clear();
    auto lock = std::make_unique<ProfileLock>(m_store.lockPath(name));
    if (!lock->tryLock()) {
        m_readOnlyReason = tr("The profile “%1” is in use by %2. It is open read-only here: nothing changed here is saved, so that "
                              "the two never overwrite each other. Close the other one, then open the profile again.")
                               .arg(name, lock->holder());
        qCInfo(lcWizard) << "profile" << name << "is locked by" << lock->holder();
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

QString SetupSession::save()
{
    if (!m_open || isReadOnly())
        return {};
    m_profile.appSecretStored = m_secrets.isStored(SecretName::AppSecret);
    m_profile.userPoolSecretStored = m_secrets.isStored(SecretName::UserPoolSecret);
    return m_store.save(m_profile);
}

void SetupSession::storeSecrets(const ProfileSecrets::Values &values, QObject *context, SecretStore::Done done)
{
    m_secrets.save(values, context, [this, values, done = std::move(done)](const KeychainResult &r) {
        setKeychainState(r);
        if (r.ok()) {
            setSecrets(values.value(SecretName::AppSecret, m_appSecret), values.value(SecretName::UserPoolSecret, m_userPoolSecret));
        }
        done(r);
    });
}

void SetupSession::setKeychainState(const KeychainResult &state)
{
    m_keychainState = state;
    emit keychainStateChanged();
}

void SetupSession::persist(const std::function<void(SetupProfile &)> &change)
{
    change(m_profile);
    QString error;
    if (isReadOnly() || (!m_open && !m_profile.name.isEmpty() && !lockProfile(m_profile.name))) {
        error = m_readOnlyReason;
    } else if (m_open) {
        error = save();
    } else if (!m_profile.name.isEmpty()) {
        // The command line's flags may override what the profile says:
        // only this change goes into the stored profile.
        SetupProfile stored = m_profile;
        if (m_store.contains(m_profile.name)) {
            const ProfileStore::Loaded loaded = m_store.load(m_profile.name);
            if (!loaded.profile) {
                emit saveFailed(loaded.error);
                return;
            }
            stored = *loaded.profile;
            change(stored);
        }
        error = m_store.save(stored);
    }
    if (!error.isEmpty())
        emit saveFailed(error);
}

// ---- What runs produce ----------------------------------------------------

void SetupSession::setReleaseWaiting(const QString &version)
{
    persist([version](SetupProfile &p) { p.releaseWaiting = version; });
}

void SetupSession::adoptFeishuRun(const FeishuSetupResult &result)
{
    const QString waiting = result.submittedVersion.isEmpty() ? result.waitingVersion : result.submittedVersion;
    if (waiting.isEmpty())
        return;
    const QString released = result.submittedVersion;
    persist([waiting, released](SetupProfile &p) {
        p.releaseWaiting = waiting;
        if (!released.isEmpty())
            p.version = released;
    });
    if (!released.isEmpty())
        announce({Field::Version});
}

void SetupSession::setAvailability(const AvailabilityIntent &intent)
{
    persist([intent](SetupProfile &p) {
        p.availableToAll = intent.toAll;
        p.availableDepartments = intent.departments;
    });
}

AvailabilityIntent SetupSession::availability() const
{
    return ProfileMapping::availability(m_profile);
}

void SetupSession::adoptRegisteredApp(const RegisteredApp &app, QObject *context, std::function<void(const KeychainResult &)> done)
{
    if (m_secrets.profile() != m_profile.name)
        m_secrets.setProfile(m_profile.name);
    m_secrets.save({{SecretName::AppSecret, app.appSecret}}, context, [this, app, done = std::move(done)](const KeychainResult &r) {
        if (r.ok()) {
            m_appSecret = app.appSecret;
            persist([&app](SetupProfile &p) {
                p.platform = app.platform;
                p.appId = app.appId;
                p.appSecretStored = true;
                p.ticked.unite({ChecklistId::appCreated().toString(), ChecklistId::appOpens().toString()});
            });
            clientsChanged();
            announce({Field::Lark, Field::AppId, Field::AppSecret});
            emit tickedChanged();
        }
        done(r);
    });
}

void SetupSession::adoptRotatedSecret(const QString &secret, QObject *context, SecretStore::Done done)
{
    if (isReadOnly()) {
        KeychainResult refused;
        refused.status = KeychainResult::Status::Failed;
        refused.message = m_readOnlyReason;
        return done(refused);
    }
    if (m_secrets.profile() != m_profile.name)
        m_secrets.setProfile(m_profile.name);
    m_secrets.save({{SecretName::AppSecret, secret}}, context, [this, secret, done = std::move(done)](const KeychainResult &r) {
        setKeychainState(r);
        if (r.ok()) {
            m_appSecret = secret;
            clientsChanged();
            announce({Field::AppSecret});
        }
        done(r);
    });
}

void SetupSession::noteVerdict(const CheckResult &r)
{
    if (r.status != CheckResult::Status::Pending) {
        m_progress.add(r);
        emit progressChanged();
    }
    // The App ID GenAuth's connection was last seen holding: changing it
    // makes every user who signed in through it a new GenAuth user.
    if (r.id == CheckId::genAuthConnection() && r.status == CheckResult::Status::Pass) {
        m_connectionAppId = m_profile.appId;
        emit connectionAppIdChanged();
    }
}

// ---- Hosts ----------------------------------------------------------------

void SetupSession::usePrefill(const SetupPrefill &prefill)
{
    m_prefill = prefill;
    setFeishuEndpoints(prefill.endpoints);
    QList<Field> filled;
    const auto fill = [this, &filled](Field f, const QString &value) {
        if (field(f).toString().isEmpty() && !value.isEmpty()) {
            setField(f, value);
            filled.append(f);
        }
    };
    fill(Field::AppId, prefill.appId);
    fill(Field::AppSecret, prefill.appSecret);
    fill(Field::UserPoolId, prefill.userPoolId);
    fill(Field::Identifier, prefill.identifier);
    if (prefill.genAuth.isValid()) {
        // The imitation stands in for a private GenAuth: its redirect URL is
        // registered in the imitated Feishu app.
        if (m_customHost.isEmpty()) {
            setField(Field::Cloud, int(Cloud::Custom));
            filled.append(Field::Cloud);
            fill(Field::CustomHost, prefill.genAuth.toString());
        }
        fill(Field::UserPoolSecret, prefill.userPoolSecret);
        fill(Field::GenAuthAppId, prefill.genAuthAppId);
        fill(Field::GenAuthAppHost, prefill.genAuth.toString());
    }
    announce(filled);
    emit prefillUsed();
}

} // namespace fss
