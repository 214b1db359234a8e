// Against a real gnome-keyring in a private D-Bus session (tests/session.sh keyring).
#include "core/setup/ProfileSecrets.h"
#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"
#include "support/KeychainCalls.h"
#include "support/TestSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fss;

using test::readSecret;
using test::writeSecret;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FSS_REQUIRE_SESSION("keyring"); }

    void keyNaming()
    {
        QCOMPARE(QString::fromLatin1(SecretStore::service), QStringLiteral("feishu-sso-setup"));
        QCOMPARE(SecretStore::key(QStringLiteral("prod"), SecretName::AppSecret), QStringLiteral("prod/app-secret"));
        QCOMPARE(SecretStore::key(QStringLiteral("prod"), SecretName::UserPoolSecret), QStringLiteral("prod/userpool-secret"));
    }

    void writeReadOverwrite()
    {
        QVERIFY(writeSecret(QStringLiteral("rt"), SecretName::AppSecret, QStringLiteral("first-value-0000000000000000000")).ok());
        auto [r1, v1] = readSecret(QStringLiteral("rt"), SecretName::AppSecret);
        QVERIFY2(r1.ok(), qPrintable(r1.message));
        QCOMPARE(v1, QStringLiteral("first-value-0000000000000000000"));

        QVERIFY(writeSecret(QStringLiteral("rt"), SecretName::AppSecret, QStringLiteral("second-value-111111111111111111")).ok());
        auto [r2, v2] = readSecret(QStringLiteral("rt"), SecretName::AppSecret);
        QVERIFY(r2.ok());
        QCOMPARE(v2, QStringLiteral("second-value-111111111111111111"));

        // Profiles and secret names do not leak into each other.
        auto [r3, v3] = readSecret(QStringLiteral("rt"), SecretName::UserPoolSecret);
        QCOMPARE(r3.status, KeychainResult::Status::NotFound);
        QVERIFY(v3.isEmpty());
        auto [r4, v4] = readSecret(QStringLiteral("rt-other"), SecretName::AppSecret);
        QCOMPARE(r4.status, KeychainResult::Status::NotFound);
    }

    void unicodeAndLongValues()
    {
        const QString value = QStringLiteral("密钥-") + QString(4000, QLatin1Char('x'));
        QVERIFY(writeSecret(QStringLiteral("uni"), SecretName::UserPoolSecret, value).ok());
        QCOMPARE(readSecret(QStringLiteral("uni"), SecretName::UserPoolSecret).second, value);
    }

    void profileSecretsWriteOnlyWhatChanged()
    {
        ProfileSecrets secrets;
        secrets.setProfile(QStringLiteral("ps"));
        const ProfileSecrets::Values values{{SecretName::AppSecret, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
                                            {SecretName::UserPoolSecret, QStringLiteral("pool-secret-1")}};
        QVERIFY(secrets.differs(values));

        QObject context;
        std::optional<KeychainResult> saved;
        secrets.save(values, &context, [&](const KeychainResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QVERIFY2(saved->ok(), qPrintable(saved->message));
        QVERIFY(!secrets.differs(values));
        QVERIFY(secrets.isStored(SecretName::AppSecret));

        // A fresh object learns what is stored by loading it.
        ProfileSecrets reopened;
        reopened.setProfile(QStringLiteral("ps"));
        std::optional<ProfileSecrets::Values> loaded;
        reopened.load(&context, [&](const KeychainResult &r, const ProfileSecrets::Values &v) {
            QVERIFY(r.ok());
            loaded = v;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QCOMPARE(*loaded, values);
        QVERIFY(!reopened.differs(values));

        // Emptying the optional pool secret deletes its entry.
        ProfileSecrets::Values fewer = values;
        fewer[SecretName::UserPoolSecret].clear();
        QVERIFY(reopened.differs(fewer));
        saved.reset();
        reopened.save(fewer, &context, [&](const KeychainResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QVERIFY(saved->ok());
        QVERIFY(!reopened.isStored(SecretName::UserPoolSecret));
        QCOMPARE(readSecret(QStringLiteral("ps"), SecretName::UserPoolSecret).first.status, KeychainResult::Status::NotFound);
        QCOMPARE(readSecret(QStringLiteral("ps"), SecretName::AppSecret).second, values.value(SecretName::AppSecret));
    }

    void deletingAProfileDeletesItsSecrets()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        SetupProfile p;
        p.name = QStringLiteral("gone");
        QCOMPARE(store.save(p), QString());
        QVERIFY(writeSecret(QStringLiteral("gone"), SecretName::AppSecret, QStringLiteral("to-be-deleted-00000000000000000")).ok());
        QVERIFY(writeSecret(QStringLiteral("gone"), SecretName::UserPoolSecret, QStringLiteral("pool-to-be-deleted")).ok());
        QVERIFY(writeSecret(QStringLiteral("kept"), SecretName::AppSecret, QStringLiteral("another-profile-000000000000000")).ok());

        QObject context;
        std::optional<QString> error;
        removeProfile(store, QStringLiteral("gone"), &context, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCOMPARE(*error, QString());
        QVERIFY(!store.contains(QStringLiteral("gone")));
        QCOMPARE(readSecret(QStringLiteral("gone"), SecretName::AppSecret).first.status, KeychainResult::Status::NotFound);
        QCOMPARE(readSecret(QStringLiteral("gone"), SecretName::UserPoolSecret).first.status, KeychainResult::Status::NotFound);
        QVERIFY(readSecret(QStringLiteral("kept"), SecretName::AppSecret).first.ok());

        // A second delete finds nothing and still succeeds.
        error.reset();
        removeProfile(store, QStringLiteral("gone"), &context, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QCOMPARE(*error, QString());
    }

    void keyringFilesHoldNoPlaintext()
    {
        const QString secret = QStringLiteral("plaintext-canary-5b7f0c1e2d3a4");
        QVERIFY(writeSecret(QStringLiteral("canary"), SecretName::AppSecret, secret).ok());
        const test::SecretScan scan = test::scanForSecrets(QDir::homePath(), {secret});
        QVERIFY(scan.filesScanned > 0);
        QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
