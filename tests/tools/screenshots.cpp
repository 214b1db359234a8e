// Renders the real wizard offscreen against the in-process sandbox, one
// picture per page with the step list beside it, in English and in
// Simplified Chinese, for the README and docs/pictures.md; and the dialogs
// an operator meets: the scan to create the app (its QR code), Create it for
// me (GenAuth) and Set it up in Feishu for me with their plans, and the login
// test's embedded browser with its host line. The sandbox app starts with
// only the two application permissions, as a new app has them, so that Set
// it up in Feishu has work to show.
//   fss_screenshots <output folder>
// scripts/screenshots.sh builds and runs it in a throwaway keychain session.
#include "SetupWizard.h"
#include "StepPage.h"
#include "core/setup/Language.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "sandbox/Sandbox.h"
#include "sandbox/feishu/FeishuSandbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

using namespace fss;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    return QTest::qWaitFor(done, ms);
}

template <class T>
T *child(SetupWizard &w, const char *name)
{
    return w.currentPage()->findChild<T *>(QLatin1String(name));
}

void tickAll(SetupWizard &w)
{
    for (QCheckBox *box : w.currentPage()->findChildren<QCheckBox *>())
        box->setChecked(true);
}

bool next(SetupWizard &w)
{
    const int id = w.currentId();
    w.next();
    return waitFor([&] { return w.currentId() == id + 1; });
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // the login test's browser
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("feishu-sso-setup"));
    QCoreApplication::setApplicationName(QStringLiteral("feishu-sso-setup"));
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: fss_screenshots <output folder>" << Qt::endl;
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    SecretStore::useSandboxService(true);
    QTemporaryDir profiles;

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Language::install(app, QLocale(language));
        Sandbox sandbox;
        if (!sandbox.start())
            return 1;
        qputenv("FSS_APPROVAL_POLL_MS", "200");
        SandboxApp &feishuApp = sandbox.feishu().config().apps.first();
        feishuApp.grantedScopes = {QStringLiteral("application:application:patch"), QStringLiteral("application:application:self_manage")};
        feishuApp.grantedUserScopes.clear();
        feishuApp.redirectUrls.clear();
        feishuApp.webPage = false;

        SetupWizard w(ProfileStore(profiles.filePath(language)));
        w.session()->usePrefill(sandbox.prefill());
        w.resize(980, 760);
        w.show();
        w.setField(QStringLiteral("profileName"), QStringLiteral("acme"));
        const auto save = [&](QWidget *what, const QString &name) {
            QTest::qWait(300); // let the layout settle
            const QString file = out.filePath(QStringLiteral("%1-%2.png").arg(name, language));
            if (!what->grab().save(file))
                err << "cannot write " << file << Qt::endl;
        };
        const auto dialogNamed = [&](const char *name) {
            QDialog *dialog = nullptr;
            waitFor([&] { return (dialog = w.findChild<QDialog *>(QLatin1String(name))) && dialog->isVisible(); });
            return dialog;
        };
        const char *names[] = {"0-welcome", "1-create-app", "2-credentials", "3-web-page", "4-redirect-url",
                               "5-permissions", "6-publish", "7-test-login", "8-summary"};
        for (int id = 0; id <= int(Step::Summary); ++id) {
            if (id == int(Step::CreateApp)) {
                // Step 1 proves itself with the sandbox's credentials.
                waitFor([&] { return w.button(QWizard::NextButton)->isEnabled(); });
                // The scan: the link as a QR code, before anyone scans it.
                child<QPushButton>(w, "createByScan")->click();
                if (QDialog *scan = dialogNamed("appRegistration")) {
                    scan->findChild<QPushButton *>(QStringLiteral("startRegistration"))->click();
                    waitFor([&] { return !scan->findChild<QLabel *>(QStringLiteral("registrationQr"))->pixmap().isNull(); });
                    save(scan, QStringLiteral("1-create-by-scan"));
                    scan->reject();
                }
            }
            if (id == int(Step::Credentials)) {
                child<QPushButton>(w, "verifyCredentials")->click();
                waitFor([&] { return !child<QLabel>(w, "credentialsResult")->text().contains(QChar(0x2026)); });
                // Create it for me: the requests before sending, then the result.
                child<QPushButton>(w, "createInGenAuth")->click();
                QDialog *dialog = dialogNamed("genAuthApply");
                if (!dialog) {
                    err << "Create it for me did not open: " << child<QLabel>(w, "genAuthResult")->text() << Qt::endl;
                    return 1;
                }
                save(dialog, QStringLiteral("2-create-it-for-me"));
                dialog->findChild<QPushButton *>(QStringLiteral("sendToGenAuth"))->click();
                waitFor([&] { return dialog->findChild<QLabel *>(QStringLiteral("applyStatus"))->text().contains(QLatin1String("<b>")); });
                save(dialog, QStringLiteral("2-create-it-for-me-done"));
                dialog->accept();
                waitFor([&] { return !w.findChild<QDialog *>(QStringLiteral("genAuthApply")); });
            }
            if (id == int(Step::WebPage)) {
                // Set it up in Feishu for me: its plan, then what it did; the
                // checks that follow fill the step list.
                child<QPushButton>(w, "setUpInFeishu")->click();
                QDialog *dialog = dialogNamed("feishuSetup");
                if (!dialog) {
                    err << "Set it up in Feishu did not open" << Qt::endl;
                    return 1;
                }
                auto send = dialog->findChild<QPushButton *>(QStringLiteral("sendToFeishu"));
                waitFor([&] { return send->isEnabled(); });
                save(dialog, QStringLiteral("3-set-it-up-in-feishu"));
                send->click();
                waitFor([&] { return dialog->findChild<QLabel *>(QStringLiteral("feishuSetupStatus"))->text().contains(QLatin1String("waits for an administrator")); });
                save(dialog, QStringLiteral("3-set-it-up-in-feishu-done"));
                dialog->accept();
                waitFor([&] { return w.button(QWizard::CustomButton1)->isVisible(); });
            }
            if (id == int(Step::Publish)) {
                sandbox.feishu().review(feishuApp.appId, true); // an administrator approves
                waitFor([&] { return w.button(QWizard::NextButton)->isEnabled(); });
            }
            if (id == int(Step::TestLogin)) {
                // The login test: Feishu's sign-in page in the embedded
                // browser, the host and its TLS state above it.
                child<QPushButton>(w, "startLogin")->click();
                waitFor([&] { return child<QWidget>(w, "loginView") && child<QWidget>(w, "loginView")->isVisible(); });
                QTest::qWait(1500);
            }
            if (id == int(Step::Summary))
                waitFor([&] { return child<QPushButton>(w, "rerunChecks")->isEnabled(); });
            save(&w, QLatin1String(names[id]));
            if (id < int(Step::Summary)) {
                tickAll(w);
                if (!next(w)) {
                    err << "stuck on page " << id << Qt::endl;
                    return 1;
                }
            }
        }
        w.hide();
    }
    return 0;
}
