// Rotating the App Secret (docs/platforms.md G §3.8). Feishu resets a
// secret only in its developer console (Credentials & Basic Info), and
// GenAuth's connection keeps the old one until it is updated: every login
// through GenAuth fails in between. So everything that can be done while
// the old secret still works is done first (prepare(): GenAuth's management
// token, the connection and the keys of its secret fields, the plan); then,
// with the pasted secret, rotate() asks Feishu for a tenant token with it
// and only if Feishu takes it updates the connection's secret fields (only
// those), reads them back, and has the keychain keep it. A refused paste
// changes nothing anywhere; a failure after Feishu took it says what each
// side holds, and retry() goes on from where it stopped.
#pragma once

#include "core/PlannedChange.h"
#include "core/genauth/GenAuthClient.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/setup/SecretStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fss {

class FeishuClient;

struct SecretRotationResult
{
    // Where a rotation is: the stage it stopped at (or reached: Done).
    enum class Stage { Prepare, Prepared, Verify, UpdateGenAuth, ReadBack, Keychain, Done };

    Stage stage = Stage::Prepare;
    ApiError error;                 // why it stopped; None when prepared or done
    bool poolSecretRefused = false; // GenAuth refused the user pool secret: ask for it, nothing else changed
    bool feishuTakesNew = false;    // Feishu issued a tenant token for the pasted secret
    bool genAuthHoldsNew = false;   // GenAuth's connection took it (read back when GenAuth shows secrets)
    bool secretReadBack = false;    // GenAuth's read-back showed the secret fields
    bool genAuthUnknown = false;    // its update failed and the read-back could not tell what it holds
    bool alreadyInUse = false;      // the pasted secret is the one in use everywhere: nothing was sent
    bool keychainHoldsNew = false;
    qint64 outageMs = -1;           // paste → GenAuth holding the new secret; -1 until it does
    QStringList secretKeys;         // the connection's fields the secret goes under
    QList<PlannedChange> changes;   // the plan, then what came of each

    bool ok() const { return stage == Stage::Done; }
    bool prepared() const { return stage == Stage::Prepared; }
    // Translated: what Feishu, GenAuth and the keychain each hold now.
    QStringList sides() const;
    // "prepare", "verify", "update-genauth", "read-back", "keychain", "done"…
    static QString stageName(Stage stage);
};

class SecretRotation : public QObject
{
    Q_OBJECT

public:
    // Asks for tenant tokens with `verifier` (a client of its own, so that
    // the session's keeps the old secret until the new one is proven);
    // `spec` is the identity source with the App Secret in use now.
    SecretRotation(GenAuthClient *genAuth, FeishuClient *verifier, IdentitySourceSpec spec, Platform platform,
                   QObject *parent = nullptr);

    // Puts the proven secret in the keychain (and the session); called last.
    using Keeper = std::function<void(const QString &secret, QObject *context, SecretStore::Done done)>;
    void setKeeper(Keeper keeper) { m_keep = std::move(keeper); }

    // The console page where the secret is reset, for this app.
    QUrl resetPage() const;
    void prepare();
    // Only after prepared(): the whole rotation with the pasted secret.
    void rotate(const QString &newSecret);
    // Goes on from the stage the last run stopped at, with the same secret.
    void retry();
    const SecretRotationResult &result() const { return m_result; }

signals:
    void progress(const QString &text);
    void prepared(const SecretRotationResult &result);
    // After rotate() or retry(): done, or stopped with why.
    void finished(const SecretRotationResult &result);

private:
    void stop(SecretRotationResult::Stage stage, const ApiError &error, bool afterPaste = true);
    void verify();
    void updateGenAuth();
    // After the update, or after its failure (`failed`): what GenAuth holds.
    void readBack(const ApiError &failed = {});
    void keep();
    QList<PlannedChange> plan() const;
    QJsonObject secretFields(const QString &secret) const;

    GenAuthClient *m_genAuth;
    FeishuClient *m_verifier;
    IdentitySourceSpec m_spec;
    Platform m_platform;
    Keeper m_keep;
    ExtIdpConnection m_connection;
    QString m_newSecret;
    QElapsedTimer m_sincePaste;
    QPointer<QObject> m_run;
    SecretRotationResult m_result;
};

} // namespace fss

Q_DECLARE_METATYPE(fss::SecretRotationResult)
