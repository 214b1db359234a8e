// The wizard's live checks, clicked as an operator clicks them, against the
// in-process sandbox (--sandbox mode) and a real keyring.
#include "support/GuiFixture.h"
#include "support/KeychainCalls.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include "CheckResultsView.h"

#include "core/setup/ProfileMapping.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "core/transport/HarTrace.h"
#include "sandbox/TraceReplay.h"
#include "dialogs/AppRegistrationDialog.h"

#include <QCheckBox>
#include <QListWidget>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QScrollBar>
#include <QScrollArea>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrlQuery>

#include <cmath>

using namespace fss;
using namespace fss::test;

class TestWizardLive : public QObject, public GuiFixture
{
    Q_OBJECT

    QNetworkAccessManager m_browser; // plays the phone that confirms the app registration

    // Welcome → Step 1 → Step 2, with the values --sandbox filled in.
    void walkToCredentials(WizardDriver &d)
    {
        // A new profile per test: nothing to resume.
        d.typeProfile(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));
        d.tickAll();
        QVERIFY(d.clickNextAndWait(int(Step::Credentials)));
    }

    // … and on to `to`, ticking every checklist.
    void walkTo(WizardDriver &d, Step to)
    {
        walkToCredentials(d);
        if (!QTest::currentTestFailed())
            d.walkOn(to);
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
    }

    void init()
    {
        QVERIFY(startSandbox());
    }

    void cleanup()
    {
        stopSandbox();
    }

    void sandboxBannerAndTestValues()
    {
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        auto banner = w.findChild<QLabel *>(QStringLiteral("sandboxBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(m_sandbox->url().toString()));
        QVERIFY(w.windowTitle().contains(QLatin1String("sandbox")));
        WizardDriver d(w);
        walkToCredentials(d);
        QCOMPARE(d.field("appId")->value(), app().appId);
        QCOMPARE(d.field("identifier")->value(), QStringLiteral("feishu"));
    }

    // What a check proves ticks itself. With the credentials
    // already known (here the sandbox's), step 1 asks Feishu unasked: a
    // token for the App ID and Secret proves the app exists and opens. Step
    // 2's Verify asks GenAuth too, which proves its GenAuth item. Where no
    // check could pass, the operator ticks, and the step list says it is
    // their word.
    void provenTicksTickThemselves()
    {
        connectGenAuth(*m_sandbox);
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        d.typeProfile(QStringLiteral("proven"));
        QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));
        for (const char *name : {"check-1-created", "check-1-opened"}) {
            auto box = child<QCheckBox>(w, name);
            QTRY_VERIFY_WITH_TIMEOUT(box->isChecked() && !box->isEnabled(), 20000);
            QVERIFY2(box->toolTip().contains(QLatin1String("Source: ")), qPrintable(box->toolTip()));
        }
        QCOMPARE(child<QLabel>(w, "status-1-created")->text(), QStringLiteral("verified"));
        auto list = w.findChild<QListWidget *>(QStringLiteral("stepList"));
        const auto row = [&](Step step) { return list->item(int(step))->data(Qt::AccessibleTextRole).toString(); };
        QTRY_VERIFY2(row(Step::CreateApp).contains(QLatin1String(": passed")), qPrintable(row(Step::CreateApp)));
        const QImage passed = list->item(int(Step::CreateApp))->icon().pixmap(16, 16).toImage();
        QVERIFY(d.next()->isEnabled());
        QVERIFY(d.clickNextAndWait(int(Step::Credentials)));
        auto genAuth = child<QCheckBox>(w, "check-2-genauth-source");
        QVERIFY(!genAuth->isChecked());
        QTest::mouseClick(child<QPushButton>(w, "verifyCredentials"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(genAuth->isChecked() && !genAuth->isEnabled(), 20000);
        QVERIFY(genAuth->toolTip().contains(QLatin1String("Source: GenAuth")));
        QVERIFY(d.next()->isEnabled());

        // A secret Feishu refuses: nothing proves step 1, the operator ticks.
        SetupWizard other(ProfileStore(m_profiles->path()));
        openSandboxWizard(other); // it starts from the old secret
        m_sandbox->feishu().resetSecret(app().appId);
        WizardDriver o(other);
        o.typeProfile(QStringLiteral("on-my-word"));
        QVERIFY(o.clickNextAndWait(int(Step::CreateApp)));
        auto result = other.findChild<QLabel *>(QStringLiteral("credentialsResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Failed")), 20000);
        auto created = child<QCheckBox>(other, "check-1-created");
        QVERIFY(!created->isChecked() && created->isEnabled());
        auto otherList = other.findChild<QListWidget *>(QStringLiteral("stepList"));
        const auto otherRow = [&](Step step) { return otherList->item(int(step))->data(Qt::AccessibleTextRole).toString(); };
        QVERIFY2(otherRow(Step::CreateApp).contains(QLatin1String(": not checked")), qPrintable(otherRow(Step::CreateApp)));
        o.tickAll();
        QTRY_VERIFY2(otherRow(Step::CreateApp).contains(QLatin1String("ticked by you, not checked")), qPrintable(otherRow(Step::CreateApp)));
        QVERIFY(otherList->item(int(Step::CreateApp))->icon().pixmap(16, 16).toImage() != passed);
        QVERIFY(o.next()->isEnabled());
    }

    void verifyCredentials()
    {
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkToCredentials(d);
        auto verify = child<QPushButton>(w, "verifyCredentials");
        auto result = child<QLabel>(w, "credentialsResult");
        QVERIFY(verify && result);

        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Passed")), 20000);
        QVERIFY(result->text().contains(QLatin1String("tenant access token")));

        const QString wrong = QStringLiteral("WrongSecret0123456789abcdefABCDEF");
        d.type("appSecret", wrong);
        QVERIFY(result->text().isEmpty()); // an edited secret is no longer verified
        QVERIFY(verify->isEnabled());       // and a run still going for the old one is dropped
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("10014")), 20000);
        QVERIFY(result->text().contains(QLatin1String("Failed")));
        QVERIFY(result->text().contains(QLatin1String("10014")));
        QVERIFY(result->text().contains(QLatin1String("App Secret is wrong")));
        // Shown on the page that fixes it: no "fix it in Step 2", no link to
        // itself. The same verdict on another page names the step and links
        // to the console page.
        QVERIFY2(!result->text().contains(QLatin1String("fix it in")) && !result->text().contains(QLatin1String("<a ")), qPrintable(result->text()));
        CheckResult refused;
        for (const CheckResult &r : w.session()->progress().verdicts(Step::Credentials))
            refused = r;
        QVERIFY(refused.status == CheckResult::Status::Fail);
        refused.fixUrl = feishuConsole(Platform::Feishu, ConsolePage::Credentials, app().appId);
        QVERIFY(!checkResultHtml(refused, w.page(int(Step::Credentials))).contains(QLatin1String("Open the page that fixes it")));
        const QString elsewhere = checkResultHtml(refused, w.page(int(Step::Summary)));
        QVERIFY2(elsewhere.contains(QLatin1String("fix it in Step 2 (Credentials)")) && elsewhere.contains(QLatin1String("Open the page that fixes it")),
                 qPrintable(elsewhere));

        // The secret went to the keychain before it was used.
        std::optional<QString> stored;
        SecretStore::read(QStringLiteral("verifyCredentials"), SecretName::AppSecret, this,
                          [&](const KeychainResult &, const QString &value) { stored = value; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QCOMPARE(*stored, wrong);
    }

    // Peers §2 #10: before the App ID of an existing GenAuth connection
    // changes, Step 2 says that its users would arrive as new users.
    void appIdChangeOfAConnectionIsWarned()
    {
        connectGenAuth(*m_sandbox);
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkToCredentials(d);
        auto warning = child<QLabel>(w, "appIdChangeWarning");
        QVERIFY(warning && !warning->isVisible());
        QTest::mouseClick(child<QPushButton>(w, "verifyCredentials"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->connectionAppId(), app().appId, 20000);
        QVERIFY(!warning->isVisible());
        d.type("appId", QStringLiteral("cli_9f8e7d6c5b4a3210"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(app().appId) && warning->text().contains(QLatin1String("new user")), qPrintable(warning->text()));
        d.type("appId", app().appId);
        QVERIFY(!warning->isVisible());
    }

    void permissionRowsShowGrantedAndMissing()
    {
        app().revoke(QStringLiteral("contact:user.phone:readonly"));
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkTo(d, Step::Permissions);
        if (QTest::currentTestFailed())
            return;
        auto check = child<QPushButton>(w, "checkPermissions");
        QVERIFY(check);
        QTest::mouseClick(check, Qt::LeftButton);
        auto phone = child<QLabel>(w, "status-5-phone");
        auto email = child<QLabel>(w, "status-5-email");
        QTRY_COMPARE_WITH_TIMEOUT(phone->text(), QStringLiteral("missing"), 20000);
        QTRY_COMPARE(email->text(), QStringLiteral("granted"));
        QTRY_VERIFY(check->isEnabled());
        // Verified rows are ticked; the missing one is left to the operator.
        QVERIFY(child<QCheckBox>(w, "check-5-email")->isChecked());
        QVERIFY(!child<QCheckBox>(w, "check-5-phone")->isChecked());
        QVERIFY(child<QPushButton>(w, "addMissingPermissions")->isVisible());
        QVERIFY(child<QLabel>(w, "permissionsResult")->text().contains(QLatin1String("contact:user.phone:readonly")));
        QVERIFY(!d.next()->isEnabled());
    }

    void createTheAppByOneScan_data()
    {
        QTest::addColumn<bool>("configurable");
        QTest::newRow("Feishu refuses to let v7 configure it (the likely case)") << false;
        QTest::newRow("v7 configures it") << true;
    }

    void createTheAppByOneScan()
    {
        // No app yet: step 1's one scan creates it. The test plays the
        // phone: an independent decoder (zbarimg) reads the QR code shown,
        // and the link it holds is confirmed on the sandbox's page.
        QFETCH(bool, configurable);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg (Debian's zbar-tools) is needed; setup.sh test installs it");
        m_sandbox->feishu().config().registration.intervalSeconds = 0;
        m_sandbox->feishu().config().registration.configurable = configurable;
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        d.typeProfile(QStringLiteral("createTheAppByOneScan"));
        QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));
        QTest::mouseClick(child<QPushButton>(w, "createByScan"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("appRegistration"))) && dialog->isVisible());
        // Nothing to go on with before the app exists.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("continueInFeishu"))->isVisible());
        // It says what it creates before anything starts.
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("registrationIntro"))->text().contains(QLatin1String("agent template")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startRegistration")), Qt::LeftButton);
        auto qr = dialog->findChild<QLabel *>(QStringLiteral("registrationQr"));
        QTRY_VERIFY_WITH_TIMEOUT(!qr->pixmap().isNull(), 20000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("registrationTimeLeft"))->text().contains(QLatin1String("more")));
        // Crisp and large at any density: whole device pixels per module, at
        // least four, a quiet zone of four modules, at least 300 logical
        // pixels wide; shown whole (the dialog grows, or scrolls).
        const auto code = QrCode::encode(QUrl(qr->toolTip()).toEncoded());
        QVERIFY(code);
        const int modules = code->size() + 8;
        for (qreal dpr : {1.0, 1.25, 1.5, 2.0, 3.0}) {
            const QPixmap p = qrPixmap(*code, 300, dpr);
            QCOMPARE(p.width() % modules, 0);
            QVERIFY(p.width() / modules >= 4);
            QVERIFY(p.deviceIndependentSize().width() >= 300);
            const QImage image = p.toImage().convertToFormat(QImage::Format_Grayscale8);
            const int quiet = 4 * (p.width() / modules);
            for (int i = 0; i < p.width(); i += 7) // the quiet zone is light all round
                QVERIFY(image.pixelColor(i, quiet - 1).lightness() > 128 && image.pixelColor(quiet - 1, i).lightness() > 128);
        }
        QVERIFY(qr->width() >= qr->pixmap().deviceIndependentSize().width() && qr->height() >= qr->pixmap().deviceIndependentSize().height());
        auto area = dialog->findChild<QScrollArea *>(QStringLiteral("registrationQrArea"));
        QVERIFY(area && area->isVisible());
        const bool whole = area->viewport()->width() >= qr->pixmap().deviceIndependentSize().width()
            && area->viewport()->height() >= qr->pixmap().deviceIndependentSize().height();
        QVERIFY2(whole || area->verticalScrollBar()->isVisible() || area->horizontalScrollBar()->isVisible(), "the code is cut off");
        // The link carries the registration's own parameters, the name and
        // the permissions; no description the operator did not type.
        const QUrl link(qr->toolTip());
        QVERIFY(!QUrlQuery(link).hasQueryItem(QStringLiteral("desc")));
        qInfo("registration link: %d characters, QR code of %d modules, %d px per module at 1x",
              int(link.toEncoded().size()), code->size(), int(qrPixmap(*code, 300, 1).width() / modules));

        // The link shown is what the QR code holds, read back by an
        // independent decoder: the image as shown, and as a phone camera sees
        // it from 50 cm. Assumed: a 96-dpi monitor at 100 % (0.2646 mm per
        // logical pixel), a camera preview of 1920 pixels across a 70°
        // field of view, which at 50 cm spans 2 × 500 × tan 35° = 700 mm:
        // 2.74 camera pixels per mm, so the code shrinks to 0.2646 × 2.74 =
        // 72.5 % of its logical size, smoothed as a lens would.
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        const QString phone = dir.filePath(QStringLiteral("qr-at-50cm.png"));
        const QPixmap shown = qrPixmap(*code, 300, 1);
        QVERIFY(shown.save(png));
        const double cameraScale = 0.2646 * 1920.0 / (2 * 500 * std::tan(35 * M_PI / 180));
        QVERIFY(shown.toImage().scaledToWidth(int(shown.width() * cameraScale), Qt::SmoothTransformation).save(phone));
        for (const QString &file : {png, phone}) {
            QProcess zbar;
            zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), file});
            QVERIFY(zbar.waitForFinished(20000));
            QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), link.toString(QUrl::FullyEncoded));
        }
        QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("createOnly")), QStringLiteral("true"));

        const int before = int(m_sandbox->feishu().config().apps.size());
        QCOMPARE(confirmRegistration(m_browser, link, app().users.first().openId).status, 200);
        auto status = dialog->findChild<QLabel *>(QStringLiteral("registrationStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Permissions it holds")), 20000);
        QCOMPARE(int(m_sandbox->feishu().config().apps.size()), before + 1);
        const SandboxApp created = m_sandbox->feishu().config().apps.last();
        QVERIFY(status->text().contains(created.appId));
        QVERIFY(status->text().contains(QLatin1String("application:application:patch")));
        // The App ID into Step 2 and the profile, the secret into the real keyring only.
        QCOMPARE(w.fieldValue(Field::AppId).toString(), created.appId);
        QCOMPARE(ProfileStore(m_profiles->path()).load(QStringLiteral("createTheAppByOneScan")).profile->appId, created.appId);
        std::optional<QString> stored;
        SecretStore::read(QStringLiteral("createTheAppByOneScan"), SecretName::AppSecret, this,
                          [&](const KeychainResult &, const QString &value) { stored = value; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QCOMPARE(*stored, created.appSecret);
        for (const QLabel *label : w.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(created.appSecret), qPrintable(label->objectName()));
        // Step 1 is proven; the path steps 3 to 6 take is known at once,
        // and no write was refused on the way.
        for (QCheckBox *box : d.checklist())
            QVERIFY(box->isChecked());
        auto next = dialog->findChild<QPushButton *>(QStringLiteral("continueInFeishu"));
        QTRY_VERIFY_WITH_TIMEOUT(next->isVisible(), 20000);
        QCOMPARE(status->text().contains(QLatin1String("does not let the wizard configure this app")), !configurable);
        QVERIFY(m_sandbox->feishu().config().apps.last().redirectUrls.isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);
        if (configurable) {
            // Set it up in Feishu takes over.
            QTRY_VERIFY(w.findChild<QDialog *>(QStringLiteral("feishuSetup")) != nullptr);
        } else {
            // On to the steps, done in the console with the wizard's links.
            QTRY_COMPARE(w.currentId(), int(Step::Credentials));
            QVERIFY(w.findChild<QDialog *>(QStringLiteral("feishuSetup")) == nullptr);
        }
    }

    // Where each step stands: the list beside the pages follows every
    // check's verdicts (failed, passed, waiting for approval), holds the
    // sandbox note, and takes the operator back to a step.
    void stepListShowsEachStepsLiveState()
    {
        const QStringList registered = app().redirectUrls;
        app().redirectUrls.clear();
        app().onlineVersion.clear();
        app().reviewVersion = QStringLiteral("1.0.0"); // the first version, waiting for approval
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        auto list = w.findChild<QListWidget *>(QStringLiteral("stepList"));
        QVERIFY(list && list->isVisible());
        auto banner = w.findChild<QLabel *>(QStringLiteral("sandboxBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(list->parentWidget()->isAncestorOf(banner)); // the sandbox note under the list
        QVERIFY(banner->mapTo(&w, QPoint(0, 0)).y() >= list->mapTo(&w, QPoint(0, list->height())).y());
        // One short name per step, as its page's title says it; the state in
        // a mark and in what a screen reader says.
        const auto row = [&](Step step) { return list->item(int(step))->data(Qt::AccessibleTextRole).toString(); };
        const auto mark = [&](Step step) { return list->item(int(step))->icon().pixmap(16, 16).toImage(); };
        QCOMPARE(list->item(int(Step::RedirectUrl))->text(), QStringLiteral("4. Redirect URL"));
        QCOMPARE(list->item(int(Step::TestLogin))->text(), QStringLiteral("Login test"));
        QVERIFY(!list->item(int(Step::RedirectUrl))->text().contains(QLatin1Char('\n')));
        QVERIFY2(row(Step::RedirectUrl).contains(QLatin1String("not checked")), qPrintable(row(Step::RedirectUrl)));
        QVERIFY(row(Step::Welcome).endsWith(QLatin1String("(the current step)")));
        QVERIFY(list->item(int(Step::Welcome))->font().bold());
        QVERIFY(!list->item(int(Step::RedirectUrl))->font().bold());
        const QImage notChecked = mark(Step::RedirectUrl);

        WizardDriver d(w);
        walkToCredentials(d);
        d.walkOn(Step::RedirectUrl);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(child<QPushButton>(w, "checkStep4"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(row(Step::RedirectUrl).contains(QLatin1String("failed")), 20000);
        QTRY_VERIFY2(row(Step::Publish).contains(QLatin1String("waiting for approval")),
                     qPrintable(list->item(int(Step::Publish))->toolTip()));
        QVERIFY(list->item(int(Step::RedirectUrl))->toolTip().contains(QLatin1String("No redirect URL is registered")));
        QVERIFY(list->item(int(Step::RedirectUrl))->font().bold());
        const QImage failed = mark(Step::RedirectUrl);
        const QImage waiting = mark(Step::Publish);
        QVERIFY(failed != notChecked && waiting != notChecked && failed != waiting);

        app().redirectUrls = registered;
        QTRY_VERIFY(child<QPushButton>(w, "checkStep4")->isEnabled());
        QTest::mouseClick(child<QPushButton>(w, "checkStep4"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(row(Step::RedirectUrl).contains(QLatin1String("passed")), 20000);
        QTRY_VERIFY(row(Step::Publish).contains(QLatin1String("waiting for approval")));
        const QImage passed = mark(Step::RedirectUrl);
        QVERIFY(passed != failed && passed != waiting && passed != notChecked);

        // A visited step is one click away; a step not reached yet is not.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(int(Step::Summary))).center());
        QCOMPARE(w.currentId(), int(Step::RedirectUrl));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(int(Step::Credentials))).center());
        QTRY_COMPARE(w.currentId(), int(Step::Credentials));
        QVERIFY(row(Step::RedirectUrl).contains(QLatin1String("passed"))); // going back keeps what was found
    }

    void liveCheckTicksWhatFeishuShows()
    {
        // Step 4 holds no redirect URL yet: the check says so and leaves the
        // item to be done; once it is registered, the check ticks it, keeps
        // it ticked and says where that came from.
        const QStringList registered = app().redirectUrls;
        app().redirectUrls.clear();
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkToCredentials(d);
        d.walkOn(Step::RedirectUrl);
        if (QTest::currentTestFailed())
            return;
        auto item = child<QCheckBox>(w, "check-4-added");
        auto check = child<QPushButton>(w, "checkStep4");
        QVERIFY(item && check);
        QTest::mouseClick(check, Qt::LeftButton);
        auto status = child<QLabel>(w, "status-4-added");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("not yet"), 20000);
        QVERIFY(!item->isChecked());
        QVERIFY(!d.next()->isEnabled());
        auto result = child<QLabel>(w, "liveCheckResult4");
        QTRY_VERIFY(result->text().contains(QLatin1String("No redirect URL is registered")));

        app().redirectUrls = registered;
        QTRY_VERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("verified"), 20000);
        QVERIFY(item->isChecked());
        QVERIFY(!item->isEnabled()); // a verified fact is not the operator's to untick
        QVERIFY(status->toolTip().contains(QLatin1String("redirect_urls")));
        QTRY_VERIFY(result->text().contains(QLatin1String("from Feishu: the app")));
        QVERIFY(d.next()->isEnabled());
    }

    void setItUpInFeishuForSomeDepartments()
    {
        // The app is visible to its creator only; the operator means the
        // sales department: the plan sets that range, the profile keeps it.
        app().grantedScopes.append(QStringLiteral("application:application:patch"));
        app().visibleToAll = false;
        app().visibleUsers = {app().users.first().openId};
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkTo(d, Step::Publish);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(child<QPushButton>(w, "setUpInFeishu"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("feishuSetup"))) != nullptr);
        auto changes = dialog->findChild<QTreeWidget *>(QStringLiteral("plannedChanges"));
        const auto row = [&](const QString &id) -> QTreeWidgetItem * {
            for (int i = 0; i < changes->topLevelItemCount(); ++i) {
                if (changes->topLevelItem(i)->data(1, Qt::UserRole).toString() == id)
                    return changes->topLevelItem(i);
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("availability")) != nullptr, 20000);
        QVERIFY(row(QStringLiteral("availability"))->text(0).contains(QLatin1String("everyone")));
        auto audience = dialog->findChild<QComboBox *>(QStringLiteral("audience"));
        auto departments = dialog->findChild<QLineEdit *>(QStringLiteral("audienceDepartments"));
        audience->setCurrentIndex(1);
        departments->setFocus();
        QTest::keyClicks(departments, QStringLiteral("od-sandbox-sales"));
        QTest::keyClick(departments, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("availability")) && row(QStringLiteral("availability"))->text(0).contains(QLatin1String("od-sandbox-sales")),
                                 20000);
        QCOMPARE(row(QStringLiteral("availability"))->data(0, Qt::UserRole).toString().contains(QLatin1String("\"department_ids\"")), true);
        auto send = dialog->findChild<QPushButton *>(QStringLiteral("sendToFeishu"));
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        auto status = dialog->findChild<QLabel *>(QStringLiteral("feishuSetupStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("waits for an administrator")), 20000);
        dialog->close();
        QTRY_VERIFY(!w.session()->availability().toAll);
        const SetupProfile saved = *ProfileStore(m_profiles->path()).load(QString::fromLatin1(QTest::currentTestFunction())).profile;
        QCOMPARE(saved.availableDepartments, QStringList{QStringLiteral("od-sandbox-sales")});
        QVERIFY(m_sandbox->feishu().review(app().appId, true));
        QCOMPARE(app().visibleDepartments, QStringList{QStringLiteral("od-sandbox-sales")});
    }

    void setItUpInFeishu()
    {
        // An app with only the two application permissions and no redirect URL.
        app().grantedScopes = {QStringLiteral("application:application:patch"), QStringLiteral("application:application:self_manage")};
        app().redirectUrls.clear();
        app().webPage = false;
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkTo(d, Step::RedirectUrl);
        if (QTest::currentTestFailed())
            return;
        m_sandbox->server().clearRequestLog();
        QTest::mouseClick(child<QPushButton>(w, "setUpInFeishu"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("feishuSetup"))) != nullptr);
        auto changes = dialog->findChild<QTreeWidget *>(QStringLiteral("plannedChanges"));
        QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), 5, 20000);
        // The plan is shown first: nothing is written before Send.
        for (const QString &line : m_sandbox->server().requestLog())
            QVERIFY2(!line.startsWith(QLatin1String("PATCH")) && !line.contains(QLatin1String("publish")), qPrintable(line));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("releaseVersion"))->text(), QStringLiteral("1.0.1"));
        auto send = dialog->findChild<QPushButton *>(QStringLiteral("sendToFeishu"));
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        auto status = dialog->findChild<QLabel *>(QStringLiteral("feishuSetupStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("waits for an administrator")), 20000);
        QVERIFY(app().redirectUrls.contains(ProfileMapping::redirectUrl(w.session()->profile()).toString()));
        QCOMPARE(app().reviewVersion, QStringLiteral("1.0.1"));
        // Review-required permissions wait: the administrators can be asked.
        auto ask = dialog->findChild<QPushButton *>(QStringLiteral("askAdministrators"));
        QVERIFY(ask->isVisible());
        QTest::mouseClick(ask, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("asked the administrators")), 20000);
        QCOMPARE(app().scopeApplications, 1);
        dialog->close();

        // Step 6 watches the release; the profile keeps it for the next time.
        QTRY_COMPARE(w.session()->profile().releaseWaiting, QStringLiteral("1.0.1"));
        QCOMPARE(ProfileStore(m_profiles->path()).load(QStringLiteral("setItUpInFeishu")).profile->releaseWaiting, QStringLiteral("1.0.1"));
        qputenv("FSS_APPROVAL_POLL_MS", "50");
        d.walkOn(Step::Publish);
        auto approval = child<QLabel>(w, "approvalStatus");
        QTRY_VERIFY_WITH_TIMEOUT(approval->text().contains(QLatin1String("Waiting for an administrator to approve version 1.0.1")), 20000);
        QVERIFY(m_sandbox->feishu().review(app().appId, true));
        QTRY_VERIFY_WITH_TIMEOUT(approval->text().contains(QLatin1String("approved and is online")), 20000);
        QVERIFY(child<QCheckBox>(w, "check-6-approved")->isChecked());
        QVERIFY(w.session()->profile().releaseWaiting.isEmpty());
        qunsetenv("FSS_APPROVAL_POLL_MS");
    }

    void profileKeepsItsFeishuHost()
    {
        // A profile pointing at a private Feishu host (here the sandbox),
        // opened without --sandbox: the checks go there, and saving keeps it.
        SetupProfile p;
        p.name = QStringLiteral("private");
        p.feishuApi = m_sandbox->url().toString();
        p.appId = app().appId;
        p.lastStep = Step::Credentials;
        p.ticked = {QStringLiteral("1/created"), QStringLiteral("1/opened")};
        const ProfileStore store(m_profiles->path());
        QCOMPARE(store.save(p), QString());
        SetupWizard w(store, p.name);
        w.show();
        WizardDriver d(w);
        QVERIFY(d.clickNextAndWait(int(Step::Credentials)));
        d.type("appSecret", app().appSecret);
        QTest::mouseClick(child<QPushButton>(w, "verifyCredentials"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, "credentialsResult")->text().contains(QLatin1String("Passed")), 20000);
        QCOMPARE(w.saveProgress(), QString());
        QCOMPARE(store.load(p.name).profile->feishuApi, m_sandbox->url().toString());
    }

    void summaryRunsEveryCheck()
    {
        connectGenAuth(*m_sandbox);
        // As main() does for the wizard: a trace in memory, saved beside the report.
        QVERIFY(HarTrace::start({}, nullptr));
        const auto stopTrace = qScopeGuard([] { HarTrace::stop(); });
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkTo(d, Step::Summary);
        if (QTest::currentTestFailed())
            return;
        auto table = child<QTreeWidget>(w, "checkResults");
        QVERIFY(table);
        QCOMPARE(table->topLevelItemCount(), 14); // Feishu's side and GenAuth's
        auto verdict = child<QLabel>(w, "checksVerdict");
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Every check passed."), 20000);
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            QCOMPARE(table->topLevelItem(i)->text(0), QStringLiteral("Passed"));

        // The report for hand-over: chosen in the file dialog, every check
        // with its time, and no secret.
        QTest::mouseClick(child<QPushButton>(w, "exportReport"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QFileDialog *>(QStringLiteral("reportFileDialog"))) && dialog->isVisible());
        const QString path = m_profiles->filePath(QStringLiteral("report.html"));
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
        QTRY_VERIFY(verdict->text().startsWith(QLatin1String("Report saved")));
        QVERIFY2(verdict->text().contains(QLatin1String("report.har")), qPrintable(verdict->text()));
        QFile har(m_profiles->filePath(QStringLiteral("report.har")));
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray traced = har.readAll();
        QVERIFY(QJsonDocument::fromJson(traced).object()[QLatin1String("log")][QLatin1String("entries")].toArray().size() >= 10);
        for (const QString &secret : {app().appSecret, m_sandbox->genAuth().config().userPoolSecret})
            QVERIFY(!traced.contains(secret.toUtf8()));
        QFile report(path);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(report.readAll());
        QVERIFY(html.contains(QLatin1String("<tr class=\"pass\">")));
        QCOMPARE(html.count(QLatin1String("<tr class=\"pass\">")), 14);
        for (const QString &secret : {app().appSecret, m_sandbox->genAuth().config().userPoolSecret})
            QVERIFY(!html.contains(secret));

        // Break the setup behind the wizard's back and rerun.
        app().redirectUrls.clear();
        QTest::mouseClick(child<QPushButton>(w, "rerunChecks"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("1 of the checks failed")), 20000);
        const auto rows = table->findItems(QStringLiteral("Failed"), Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(1), QStringLiteral("4"));
    }

    // Rotating the App Secret from the Summary: the plan before the paste,
    // the secret reset in imitated Feishu, the new one pasted, and then
    // GenAuth and the keychain hold it and every check passes again.
    void rotateTheSecretOnTheSummary()
    {
        connectGenAuth(*m_sandbox);
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkTo(d, Step::Summary);
        if (QTest::currentTestFailed())
            return;
        auto verdict = child<QLabel>(w, "checksVerdict");
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Every check passed."), 20000);
        const QString oldSecret = app().appSecret;
        QTest::mouseClick(child<QPushButton>(w, "rotateAppSecret"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(QStringLiteral("rotateSecret"))) && dialog->isVisible(), 20000);
        auto secret = dialog->findChild<QLineEdit *>(QStringLiteral("newAppSecret"));
        QTRY_VERIFY_WITH_TIMEOUT(secret->isEnabled(), 20000); // prepared
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("rotationPlan"))->topLevelItemCount(), 3);
        QVERIFY(m_sandbox->genAuthServer().requestLog().filter(QStringLiteral("update-ext-idp-conn")).isEmpty());

        QVERIFY2(loginThroughGenAuthFails(*m_sandbox).isEmpty(), "logins through GenAuth work before the reset");
        const QString newSecret = m_sandbox->feishu().resetSecret(app().appId);
        QVERIFY(!loginThroughGenAuthFails(*m_sandbox).isEmpty());
        QTest::keyClicks(secret, newSecret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateNow")), Qt::LeftButton);
        auto status = dialog->findChild<QLabel *>(QStringLiteral("rotationStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Rotated.")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("GenAuth had the new App Secret")), qPrintable(status->text()));
        const GenAuthSandboxConfig &pool = m_sandbox->genAuth().config();
        QCOMPARE(pool.extIdps.first().connections.first().fields.value(pool.appSecretFieldKey).toString(), newSecret);
        QCOMPARE(readSecret(QStringLiteral("rotateTheSecretOnTheSummary"), SecretName::AppSecret).second, newSecret);
        QVERIFY(newSecret != oldSecret);
        QVERIFY2(loginThroughGenAuthFails(*m_sandbox).isEmpty(), "logins through GenAuth work after the rotation");
        dialog->reject();
        // The checks ran again with the new secret.
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Every check passed."), 20000);
    }

    // A profile another process holds opens read-only: the title and a
    // message say so, and rotating from Welcome is not offered as a write.
    void aProfileInUseOpensReadOnly()
    {
        SetupProfile held;
        held.name = QStringLiteral("held");
        held.appId = app().appId;
        QCOMPARE(profileStore().save(held), QString());
        SetupSession other;
        other.setStore(profileStore());
        QVERIFY(other.lockProfile(held.name));
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        d.typeProfile(held.name);
        QTest::mouseClick(child<QPushButton>(w, "rotateAppSecret"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox *>(QStringLiteral("readOnlyProfile"))) && box->isVisible(), 20000);
        QVERIFY2(box->text().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(box->text()));
        QVERIFY(w.windowTitle().endsWith(QStringLiteral(" — read-only")));
        QVERIFY(!w.findChild<QDialog *>(QStringLiteral("rotateSecret")));
        box->accept();
    }

    // Take it down from Welcome: the plan, then the connection gone from
    // GenAuth, the redirect URL off the Feishu app, and the profile and its
    // keychain entries forgotten; the profile list no longer has it.
    void takeItDownFromWelcome()
    {
        connectGenAuth(*m_sandbox);
        app().grantedScopes.append(QStringLiteral("application:application:patch"));
        {
            SetupWizard first(ProfileStore(m_profiles->path()));
            openSandboxWizard(first);
            WizardDriver d(first);
            walkToCredentials(d);
            d.tickAll();
            QVERIFY(d.clickNextAndWait(int(Step::WebPage))); // saves the profile and its secrets
            first.close();
        }
        const QString name = QStringLiteral("takeItDownFromWelcome");
        QVERIFY(profileStore().contains(name));
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        d.typeProfile(name);
        QTest::mouseClick(child<QPushButton>(w, "takeDownSetup"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(QStringLiteral("removeSetup"))) && dialog->isVisible(), 20000);
        auto takeDown = dialog->findChild<QPushButton *>(QStringLiteral("takeItDown"));
        QTRY_VERIFY_WITH_TIMEOUT(takeDown->isEnabled(), 20000);
        auto plan = dialog->findChild<QTreeWidget *>(QStringLiteral("removalPlan"));
        QVERIFY2(plan->topLevelItemCount() >= 3, "off on the application, delete, the redirect URL");
        QVERIFY(m_sandbox->genAuthServer().requestLog().filter(QStringLiteral("delete-ext-idp-conn")).isEmpty());
        QTest::mouseClick(takeDown, Qt::LeftButton);
        auto status = dialog->findChild<QLabel *>(QStringLiteral("removalStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Done.")), 20000);
        QVERIFY(m_sandbox->genAuth().config().extIdps.first().connections.isEmpty());
        // The --sandbox wizard's GenAuth is the imitation's host: its redirect URL is gone.
        QVERIFY(app().redirectUrls.filter(m_sandbox->genAuthUrl().toString()).isEmpty());
        QVERIFY(!profileStore().contains(name));
        QCOMPARE(readSecret(name, SecretName::AppSecret).first.status, KeychainResult::Status::NotFound);
        dialog->reject();
        w.close();
        QVERIFY2(!profileStore().contains(name), "closing the wizard does not save it again");
    }

    // A trace of a whole wizard run, replayed: the same walk through the
    // wizard against nothing but the trace gives the same verdicts. (One
    // that compares a secret cannot be replayed, since the trace holds none:
    // here GenAuth does not show the connection's App Secret.)
    void aWizardRunReplaysToTheSameVerdicts()
    {
        GenAuthSandboxConnection &connection = connectGenAuth(*m_sandbox);
        for (const QString &key : {QStringLiteral("appSecret"), QStringLiteral("clientSecret")})
            connection.fields.remove(key);
        app().revoke(QStringLiteral("contact:user.phone:readonly")); // a failing verdict as well
        SetupPrefill settings = m_sandbox->prefill();
        const auto summaryVerdicts = [&](SetupWizard &w) {
            QStringList list;
            WizardDriver d(w);
            walkTo(d, Step::Summary);
            if (QTest::currentTestFailed())
                return list;
            auto verdict = child<QLabel>(w, "checksVerdict");
            if (!QTest::qWaitFor([&] { return verdict->text().contains(QLatin1String("of the checks failed")); }, 30000))
                return QStringList{verdict->text()};
            auto table = child<QTreeWidget>(w, "checkResults");
            for (int i = 0; i < table->topLevelItemCount(); ++i)
                list.append(table->topLevelItem(i)->text(0) + QLatin1Char(' ') + table->topLevelItem(i)->text(2));
            return list;
        };
        const QString traced = m_profiles->filePath(QStringLiteral("run.har"));
        QStringList recorded;
        {
            QVERIFY(HarTrace::start({}, nullptr));
            const auto stopTrace = qScopeGuard([] { HarTrace::stop(); });
            SetupWizard w(ProfileStore(m_profiles->path()));
            w.session()->usePrefill(settings);
            w.show();
            recorded = summaryVerdicts(w);
            QCOMPARE(recorded.size(), 14);
            QCOMPARE(HarTrace::active()->saveTo(traced), QString());
        }
        // Only the trace answers now, on GenAuth's port (the redirect URL the
        // wizard expects names it) for both platforms.
        const quint16 genAuthPort = quint16(settings.genAuth.port());
        m_sandbox.reset();
        QString error;
        std::optional<TraceReplay> replay = TraceReplay::load(traced, &error);
        QVERIFY2(replay, qPrintable(error));
        SandboxServer server;
        replay->serveOn(server);
        QVERIFY2(server.start(genAuthPort), qPrintable(server.errorString()));
        settings.endpoints.openApi = server.url();
        settings.endpoints.accounts = server.url();
        QTemporaryDir otherProfiles;
        SetupWizard w(ProfileStore(otherProfiles.path()));
        w.session()->usePrefill(settings);
        w.show();
        const QStringList replayed = summaryVerdicts(w);
        QVERIFY2(replayed == recorded, qPrintable(replayed.join(QLatin1Char('\n'))));
    }

    // "Create it for me" on Step 2: the requests are listed (secrets masked)
    // before anything is sent; Send creates the identity source and ticks
    // the checklist; a second run finds nothing to do.
    void createItForMe()
    {
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkToCredentials(d);
        if (QTest::currentTestFailed())
            return;
        const QString poolSecret = m_sandbox->genAuth().config().userPoolSecret;
        for (int run = 0; run < 2; ++run) {
            QTest::mouseClick(child<QPushButton>(w, "createInGenAuth"), Qt::LeftButton);
            QDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(QStringLiteral("genAuthApply"))) && dialog->isVisible(), 20000);
            auto requests = dialog->findChild<QTreeWidget *>(QStringLiteral("plannedRequests"));
            QCOMPARE(requests->topLevelItemCount(), 9);
            QString everything;
            for (int i = 0; i < requests->topLevelItemCount(); ++i)
                everything += requests->topLevelItem(i)->text(1) + requests->topLevelItem(i)->data(0, Qt::UserRole).toString();
            QVERIFY(!everything.contains(poolSecret) && !everything.contains(app().appSecret));
            QVERIFY(everything.contains(QStringLiteral("••••••••")));
            if (run == 0)
                QVERIFY(m_sandbox->genAuthServer().requestLog().isEmpty()); // nothing sent yet
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendToGenAuth")), Qt::LeftButton);
            auto status = dialog->findChild<QLabel *>(QStringLiteral("applyStatus"));
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(run == 0 ? QLatin1String("Done.") : QLatin1String("Nothing to do")), 20000);
            dialog->reject();
            QTRY_VERIFY(!w.findChild<QDialog *>(QStringLiteral("genAuthApply")));
        }
        QCOMPARE(m_sandbox->genAuth().config().extIdps.size(), 1);
        QCOMPARE(m_sandbox->genAuth().config().apps.first().enabledConnectionIds.size(), 1);
        QVERIFY(child<QLabel>(w, "genAuthResult")->text().contains(QLatin1String("Already enabled")));
        const auto boxes = w.currentPage()->findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes)
            QVERIFY2(box->isChecked(), qPrintable(box->accessibleName()));
    }

    // Step 2 lists the pool's applications with the connection's state in
    // each; two chosen, Create it for me puts it on in both, and the
    // profile keeps the list.
    void chooseSeveralGenAuthApplications()
    {
        GenAuthSandboxApp portal = m_sandbox->genAuth().config().apps.first();
        portal.appId = QStringLiteral("65b2c3d4e5f60718293a4b5d");
        portal.name = QStringLiteral("Staff portal");
        portal.enabledConnectionIds.clear();
        m_sandbox->genAuth().config().apps.append(portal);
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        WizardDriver d(w);
        walkToCredentials(d);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(child<QPushButton>(w, "chooseGenAuthApps"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(QStringLiteral("genAuthApps"))) && dialog->isVisible(), 20000);
        auto list = dialog->findChild<QTreeWidget *>(QStringLiteral("genAuthAppList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 20000);
        QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked); // the prefilled application
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Staff portal"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("off"));
        list->topLevelItem(1)->setCheckState(0, Qt::Checked);
        dialog->accept();
        QTRY_VERIFY(child<QLabel>(w, "otherGenAuthApps")->isVisible());
        QVERIFY(child<QLabel>(w, "otherGenAuthApps")->text().contains(portal.appId));

        QTest::mouseClick(child<QPushButton>(w, "createInGenAuth"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(QStringLiteral("genAuthApply"))) && dialog->isVisible(), 20000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendToGenAuth")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("applyStatus"))->text().contains(QLatin1String("Done.")), 20000);
        dialog->accept();
        for (const GenAuthSandboxApp &a : m_sandbox->genAuth().config().apps)
            QCOMPARE(a.enabledConnectionIds.size(), 1);
        QVERIFY(d.clickNextAndWait(int(Step::WebPage))); // leaving the page saves the profile
        const auto saved = profileStore().load(QStringLiteral("chooseSeveralGenAuthApplications"));
        QVERIFY(saved.profile);
        QCOMPARE(saved.profile->genAuthAppIds().size(), 2);
    }

    // A private Feishu behind its own certificate authority: the Welcome page
    // offers to trust one (only for private hosts), the profile keeps it,
    // and the live checks use it.
    void trustedAuthorityForAPrivateHost()
    {
        Sandbox tls;
        const QByteArray pem = serveWithTestCertificate(tls);
        QVERIFY(!pem.isEmpty());
        QVERIFY(tls.start());
        SetupPrefill settings = tls.prefill();
        settings.endpoints = {tls.url(), tls.url()};

        SetupWizard w(ProfileStore(m_profiles->path()));
        w.show();
        QVERIFY(!w.currentPage()->findChild<QPushButton *>(QStringLiteral("trustCertificate"))); // not for the public clouds
        w.session()->usePrefill(settings);
        w.setField(QStringLiteral("feishuApi"), tls.url().toString());
        auto trust = w.currentPage()->findChild<QPushButton *>(QStringLiteral("trustCertificate"));
        QVERIFY(trust && trust->isVisible());
        w.setField(QStringLiteral("trustedCertificates"), QStringList{QString::fromLatin1(pem)});
        QVERIFY(w.currentPage()->findChild<QLabel *>(QStringLiteral("trustedCertificatesInfo"))->text().contains(QLatin1String("127.0.0.1")));
        WizardDriver d(w);
        walkToCredentials(d);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(child<QPushButton>(w, "verifyCredentials"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, "credentialsResult")->text().contains(QLatin1String("Passed")), 20000);
        QCOMPARE(w.saveProgress(), QString());
        QCOMPARE(ProfileStore(m_profiles->path()).load(QStringLiteral("trustedAuthorityForAPrivateHost")).profile->trustedCertificates,
                 QStringList{QString::fromLatin1(pem)});
    }
};

QTEST_MAIN(TestWizardLive)
#include "tst_wizardlive.moc"
