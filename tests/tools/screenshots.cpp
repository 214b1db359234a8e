// Renders the real wizard offscreen against the in-process sandbox, one
// picture per page, in English and in Simplified Chinese, for the README.
//   fss_screenshots <output folder>
// scripts/screenshots.sh builds and runs it in a throwaway keychain session.
#include "SetupWizard.h"
#include "StepPage.h"
#include "core/setup/Language.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "sandbox/Sandbox.h"

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

        SetupWizard w(ProfileStore(profiles.filePath(language)));
        w.session()->usePrefill(sandbox.prefill());
        w.resize(980, 760);
        w.show();
        w.setField(QStringLiteral("profileName"), QStringLiteral("acme"));
        const auto shoot = [&](const QString &name) {
            QTest::qWait(200); // let the layout settle
            const QString file = out.filePath(QStringLiteral("%1-%2.png").arg(name, language));
            if (!w.grab().save(file))
                err << "cannot write " << file << Qt::endl;
        };
        const char *names[] = {"0-welcome", "1-create-app", "2-credentials", "3-web-page", "4-redirect-url",
                               "5-permissions", "6-publish", "7-test-login", "8-summary"};
        for (int id = 0; id <= int(Step::Summary); ++id) {
            if (id == int(Step::Credentials)) {
                child<QPushButton>(w, "verifyCredentials")->click();
                waitFor([&] { return !child<QLabel>(w, "credentialsResult")->text().contains(QChar(0x2026)); });
                // Create it for me: the requests before sending, then the result.
                auto create = child<QPushButton>(w, "createInGenAuth");
                create->click();
                QDialog *dialog = nullptr;
                waitFor([&] { return (dialog = w.findChild<QDialog *>(QStringLiteral("genAuthApply"))) && dialog->isVisible(); });
                if (!dialog) {
                    err << "Create it for me did not open: " << child<QLabel>(w, "genAuthResult")->text() << Qt::endl;
                    return 1;
                }
                QTest::qWait(200);
                dialog->grab().save(out.filePath(QStringLiteral("2-create-it-for-me-%1.png").arg(language)));
                dialog->findChild<QPushButton *>(QStringLiteral("sendToGenAuth"))->click();
                waitFor([&] { return dialog->findChild<QLabel *>(QStringLiteral("applyStatus"))->text().contains(QLatin1String("<b>")); });
                QTest::qWait(200);
                dialog->grab().save(out.filePath(QStringLiteral("2-create-it-for-me-done-%1.png").arg(language)));
                dialog->accept();
                waitFor([&] { return !w.findChild<QDialog *>(QStringLiteral("genAuthApply")); });
            }
            if (id == int(Step::Permissions)) {
                w.setField(QStringLiteral("version"), QStringLiteral("1.0.0"));
                if (auto check = child<QPushButton>(w, "checkPermissions"))
                    check->click();
                QTest::qWait(800);
            }
            if (id == int(Step::Summary))
                waitFor([&] { return child<QPushButton>(w, "rerunChecks")->isEnabled(); });
            shoot(QLatin1String(names[id]));
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
