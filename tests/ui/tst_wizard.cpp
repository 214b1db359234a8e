// The real wizard, offscreen, with a real gnome-keyring (tests/session.sh keyring).
#include "AppIcon.h"
#include "core/setup/ProfileStore.h"
#include "core/setup/SecretStore.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace fss;
using fss::test::Operator;
using fss::test::WizardDriver;

namespace {
QString readKeychain(const QString &profile, SecretName name, KeychainResult::Status *status = nullptr)
{
    std::optional<QString> value;
    QObject context;
    SecretStore::read(profile, name, &context, [&](const KeychainResult &r, const QString &v) {
        if (status)
            *status = r.status;
        value = v;
    });
    (void)QTest::qWaitFor([&] { return value.has_value(); }, 20000);
    return value.value_or(QStringLiteral("<no answer>"));
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

    // Configuration lives under the session's throwaway HOME.
    ProfileStore store() const { return ProfileStore(); }

    // A fresh wizard taken from Welcome to Step 4 and closed there.
    void setUpToRedirectUrl(const Operator &op)
    {
        SetupWizard w(store());
        w.show();
        WizardDriver d(w);
        walkToRedirectUrl(d, op);
        w.reject();
    }

    // Welcome → Step 4, typing everything; leaves the wizard on Step 4.
    void walkToRedirectUrl(WizardDriver &d, const Operator &op)
    {
        d.typeProfile(op.profile);
        QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));
        QVERIFY(!d.next()->isEnabled());
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::Credentials)));
        d.typeCredentials(op);
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::WebPage)));
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::RedirectUrl)));
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    }

    void init()
    {
        // Each test starts without profiles.
        QDir(ProfileStore::defaultDirectory()).removeRecursively();
    }

    void welcomeToSummary()
    {
        SetupWizard w(store());
        w.show();
        WizardDriver d(w);
        QCOMPARE(w.currentId(), int(Step::Welcome));

        d.typeProfile(QStringLiteral("bad name"));
        QVERIFY(!d.next()->isEnabled());
        d.typeProfile(QStringLiteral("acme"));
        // The live checks must not reach out to the real Feishu from a test:
        // point them at a loopback port where nothing listens.
        d.type("feishuApi", QStringLiteral("http://open.example.com"));
        QVERIFY(!d.next()->isEnabled()); // plain http only on loopback
        d.type("feishuApi", QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));

        // Step 1: the checklist gates Next.
        QCOMPARE(d.checklist().size(), 2);
        QVERIFY(!d.next()->isEnabled());
        QTest::mouseClick(d.checklist().first(), Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(!d.next()->isEnabled());
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::Credentials)));

        // Step 2: invalid input keeps Next disabled, with a message at the field.
        d.tickAll();
        d.type("appId", QStringLiteral("a75884b6c733900b"));
        d.type("appSecret", QStringLiteral("baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy"));
        d.type("userPoolId", QStringLiteral("60b49eb83fd80adb96f26e68"));
        d.type("identifier", QStringLiteral("Feishu_Acme"));
        QVERIFY(!d.next()->isEnabled());
        auto message = [&](const char *field) {
            const auto labels = d.field(field)->findChildren<QLabel *>();
            return labels.isEmpty() || !labels.first()->isVisible() ? QString() : labels.first()->text();
        };
        QVERIFY2(message("appId").contains(QLatin1String("cli_")), qPrintable(message("appId")));
        QVERIFY(!message("identifier").isEmpty());

        // Pasted values with surrounding white space are trimmed, not refused.
        d.type("appId", QStringLiteral("  cli_a75884b6c733900b "));
        QVERIFY(!d.next()->isEnabled()); // identifier still wrong
        d.type("identifier", QStringLiteral("feishu-acme"));
        d.type("userPoolSecret", QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        QVERIFY(d.next()->isEnabled());
        QCOMPARE(w.field(QStringLiteral("appId")).toString(), QStringLiteral("cli_a75884b6c733900b"));

        // An App ID in the secret field is refused.
        d.type("appSecret", QStringLiteral("cli_a75884b6c733900b"));
        QVERIFY(!d.next()->isEnabled());
        d.type("appSecret", QStringLiteral("baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy"));
        QVERIFY(d.clickNextAndWait(int(Step::WebPage)));

        // The secrets reached the keychain before the wizard moved on.
        QCOMPARE(readKeychain(QStringLiteral("acme"), SecretName::AppSecret), QStringLiteral("baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy"));
        QCOMPARE(readKeychain(QStringLiteral("acme"), SecretName::UserPoolSecret), QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));

        // Step 3
        QVERIFY(!d.next()->isEnabled());
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::RedirectUrl)));

        // Step 4: the URL to register, and its Copy button.
        const QString expectedUrl =
            QStringLiteral("https://core.genauth.ai/connection/social/feishu-acme/60b49eb83fd80adb96f26e68/callback");
        auto url = w.currentPage()->findChild<QLineEdit *>(QStringLiteral("redirectUrl"));
        QCOMPARE(url->text(), expectedUrl);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(w.currentPage()->findChild<QAbstractButton *>(QStringLiteral("copyRedirectUrl")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedUrl);
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::Permissions)));

        // Step 5: seven permissions plus a valid version.
        QCOMPARE(d.checklist().size(), 7);
        d.tickAll();
        d.type("version", QStringLiteral("1.0"));
        QVERIFY(!d.next()->isEnabled());
        d.type("version", QStringLiteral("1.0.0"));
        QVERIFY(d.clickNextAndWait(int(Step::Publish)));

        // Step 6 names the version.
        QVERIFY(d.checklist().first()->accessibleName().contains(QLatin1String("1.0.0")));
        QVERIFY(!d.next()->isEnabled());
        d.tickAll();
        // The login test is optional: Next goes on without it.
        QVERIFY(d.clickNextAndWait(int(Step::TestLogin)));
        QVERIFY(d.clickNextAndWait(int(Step::Summary)));

        const QString summary = w.currentPage()->findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY(summary.contains(QLatin1String("cli_a75884b6c733900b")));
        QVERIFY(summary.contains(expectedUrl));
        QVERIFY(!summary.contains(QLatin1String("baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy")));
        // Nobody answers there: the checks say so and point at Welcome.
        auto verdict = w.currentPage()->findChild<QLabel *>(QStringLiteral("checksVerdict"));
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("failed")), 20000);
        auto table = w.currentPage()->findChild<QTreeWidget *>(QStringLiteral("checkResults"));
        QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("Welcome"));
        QVERIFY(table->topLevelItem(0)->text(3).contains(QLatin1String("refused")));
        QVERIFY(d.finish()->isVisible());
        QTest::mouseClick(d.finish(), Qt::LeftButton);
        QCOMPARE(w.result(), int(QDialog::Accepted));

        // The profile holds the non-secret settings.
        const ProfileStore::Loaded loaded = store().load(QStringLiteral("acme"));
        QVERIFY2(loaded.profile, qPrintable(loaded.error));
        const SetupProfile &p = *loaded.profile;
        QCOMPARE(p.appId, QStringLiteral("cli_a75884b6c733900b"));
        QCOMPARE(p.userPoolId, QStringLiteral("60b49eb83fd80adb96f26e68"));
        QCOMPARE(p.identifier, QStringLiteral("feishu-acme"));
        QCOMPARE(p.version, QStringLiteral("1.0.0"));
        QCOMPARE(toString(p.cloud), toString(Cloud::GenAuth));
        QCOMPARE(p.feishuApi, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(int(p.lastStep), int(Step::Summary));
        QVERIFY(p.appSecretStored);
        QVERIFY(p.userPoolSecretStored);
        QCOMPARE(p.ticked.size(), 2 + 1 + 1 + 1 + 7 + 3);
    }

    // Welcome warns about Lark with GenAuth as soon as Lark is chosen.
    void larkShowsTheGenAuthCaveat()
    {
        SetupWizard w(store());
        w.show();
        auto caveat = w.findChild<QLabel *>(QStringLiteral("larkCaveat"));
        QVERIFY(caveat);
        QVERIFY(!caveat->isVisible());
        w.setField(QStringLiteral("lark"), true);
        QVERIFY(caveat->isVisible());
        QVERIFY(caveat->text().contains(QLatin1String("lark-internal")));
        QVERIFY(caveat->text().contains(QLatin1String("end-to-end login test")));
    }

    void reopenContinuesWhereLeft()
    {
        const Operator op;
        setUpToRedirectUrl(op);
        QCOMPARE(int(store().load(op.profile).profile->lastStep), int(Step::RedirectUrl));

        SetupWizard w(store(), op.profile); // as with --profile acme
        w.show();
        WizardDriver d(w);
        QVERIFY(d.clickNextAndWait(int(Step::RedirectUrl)));
        // Fields and secrets are back, and Back walks through the real history.
        QCOMPARE(w.field(QStringLiteral("appId")).toString(), op.appId);
        QCOMPARE(w.field(QStringLiteral("appSecret")).toString(), op.appSecret);
        QCOMPARE(w.field(QStringLiteral("userPoolSecret")).toString(), op.userPoolSecret);
        QVERIFY(!d.next()->isEnabled()); // step 4 was not ticked yet
        QTest::mouseClick(d.back(), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(Step::WebPage));
        QTest::mouseClick(d.back(), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(Step::Credentials));
        QVERIFY(d.next()->isEnabled());
    }

    void twoProfilesCoexist()
    {
        Operator first;
        Operator second;
        second.profile = QStringLiteral("staging");
        second.appSecret = QStringLiteral("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
        second.identifier = QStringLiteral("feishu-staging");
        setUpToRedirectUrl(first);
        setUpToRedirectUrl(second);
        QCOMPARE(store().names(), (QStringList{QStringLiteral("acme"), QStringLiteral("staging")}));
        QCOMPARE(readKeychain(QStringLiteral("acme"), SecretName::AppSecret), first.appSecret);
        QCOMPARE(readKeychain(QStringLiteral("staging"), SecretName::AppSecret), second.appSecret);
        QCOMPARE(store().load(QStringLiteral("staging")).profile->identifier, second.identifier);
    }

    void deleteProfileFromWelcome()
    {
        const Operator op;
        setUpToRedirectUrl(op);
        SetupWizard w(store(), op.profile);
        w.show();
        auto del = w.currentPage()->findChild<QPushButton *>(QStringLiteral("deleteProfile"));
        QVERIFY(del && del->isEnabled());
        QTest::mouseClick(del, Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = w.findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!store().contains(op.profile), 20000);
        KeychainResult::Status status{};
        readKeychain(op.profile, SecretName::AppSecret, &status);
        QCOMPARE(status, KeychainResult::Status::NotFound);
        readKeychain(op.profile, SecretName::UserPoolSecret, &status);
        QCOMPARE(status, KeychainResult::Status::NotFound);
    }

    // The icon in the title bar and the task switcher: the app's blue tile
    // with its white tick, sharp at every size a desktop asks for.
    void windowIconAtEverySize()
    {
        const QIcon icon = appWindowIcon();
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : {16, 24, 32, 48, 64, 128})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        const QImage image = icon.pixmap(QSize(64, 64)).toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        QCOMPARE(image.pixelColor(10, 32).name(), QStringLiteral("#3370ff")); // the tile
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // rounded corner
        QVERIFY(image.pixelColor(28, 42).lightness() > 200); // the tick
    }

    // Last: scans everything the earlier tests wrote under the throwaway HOME.
    void noSecretInAnyFile()
    {
        const Operator op;
        setUpToRedirectUrl(op);
        const test::SecretScan scan = test::scanForSecrets(QDir::homePath(), {op.appSecret, op.userPoolSecret,
                                                                              QStringLiteral("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")});
        QVERIFY(QFile::exists(store().filePath(op.profile)));
        QVERIFY(scan.filesScanned >= 1);
        QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
