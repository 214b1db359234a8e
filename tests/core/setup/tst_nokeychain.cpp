// Without any session bus (tests/session.sh no-bus): no keychain is reachable,
// and the wizard must say so instead of falling back to plaintext.
#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

using namespace fss;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("no-bus");
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    }

    void writeAndReadSayNoKeychain()
    {
        QObject context;
        std::optional<KeychainResult> written;
        SecretStore::write(QStringLiteral("p"), SecretName::AppSecret, QStringLiteral("nokeychain-secret-000000000000000"),
                           &context, [&](const KeychainResult &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QCOMPARE(written->status, KeychainResult::Status::NoKeychain);
        QVERIFY2(written->message.contains(QLatin1String("gnome-keyring")), qPrintable(written->message));
        QVERIFY(!written->detail.isEmpty());

        std::optional<KeychainResult> read;
        SecretStore::read(QStringLiteral("p"), SecretName::AppSecret, &context,
                          [&](const KeychainResult &r, const QString &) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QCOMPARE(read->status, KeychainResult::Status::NoKeychain);
    }

    void credentialsPageShowsTheErrorAndStays()
    {
        const test::Operator op;
        SetupWizard w{ProfileStore()};
        w.show();
        test::WizardDriver d(w);
        d.typeProfile(op.profile);
        QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::Credentials)));

        auto status = w.currentPage()->findChild<QLabel *>(QStringLiteral("keychainStatus"));
        QVERIFY(status->isVisible()); // known from opening the profile
        QVERIFY2(status->text().contains(QLatin1String("Keychain unavailable")), qPrintable(status->text()));

        d.typeCredentials(op);
        d.tickAll();
        QVERIFY(d.next()->isEnabled());
        QTest::mouseClick(d.next(), Qt::LeftButton);
        // The write fails: the page stays, says why, and Next is usable again for a retry.
        QTRY_VERIFY_WITH_TIMEOUT(d.next()->isEnabled(), 20000);
        QCOMPARE(w.currentId(), int(Step::Credentials));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("gnome-keyring")), qPrintable(status->text()));

        // Verify does not use a secret that could not be stored.
        auto verify = w.currentPage()->findChild<QPushButton *>(QStringLiteral("verifyCredentials"));
        auto result = w.currentPage()->findChild<QLabel *>(QStringLiteral("credentialsResult"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Not verified")), 20000);

        // Nothing fell back to a file: the profile says no secret is stored,
        // and no file anywhere holds one.
        w.reject();
        const ProfileStore::Loaded loaded = ProfileStore().load(op.profile);
        QVERIFY(loaded.profile);
        QVERIFY(!loaded.profile->appSecretStored);
        const test::SecretScan scan = test::scanForSecrets(QDir::homePath(), {op.appSecret, op.userPoolSecret});
        QVERIFY(scan.filesScanned >= 1);
        QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
