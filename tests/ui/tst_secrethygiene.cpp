// Secret hygiene, end to end: the whole wizard (every live check, Create it
// for me, both login tests in the real embedded browser with "Keep me
// signed in", so that QtWebEngine writes its profile) and the check command
// run with known secret values; then every file written under the
// throwaway HOME (configuration, cache, data, the browser's profile), every
// log line (all fss categories at debug level), the clipboard report and
// the check command's output are searched for those values, and so, after
// rotate-secret and remove, for the new App Secret. One hit fails.
#include "support/GuiFixture.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"
#include "core/transport/HarTrace.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEngineView>

using namespace fss;
using namespace fss::test;

namespace {

QString g_log; // every message, as the handler saw it
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message + QLatin1Char('\n');
    g_previous(type, context, message);
}

} // namespace

class TestSecretHygiene : public QObject, public GuiFixture
{
    Q_OBJECT

    void runJs(SetupWizard &w, const QString &script)
    {
        child<QWebEngineView>(w, "loginView")->page()->runJavaScript(script);
    }

    bool waitForTitle(SetupWizard &w, const char *start)
    {
        return QTest::qWaitFor([&] {
            auto view = child<QWebEngineView>(w, "loginView");
            return view && view->title().startsWith(QLatin1String(start));
        }, 30000);
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
        g_previous = qInstallMessageHandler(capture);
        QVERIFY(startSandbox());
    }

    void wholeRunLeavesNoSecretBehind()
    {
        const QString appSecret = m_sandbox->feishu().config().apps.first().appSecret;
        const QString poolSecret = m_sandbox->genAuth().config().userPoolSecret;
        QString outputs; // clipboard reports and the check command's stdout and stderr
        // The wizard's trace (--trace) goes under HOME, which is searched.
        const QString wizardTrace = QDir::homePath() + QStringLiteral("/wizard.har");
        QString traceError;
        QVERIFY2(HarTrace::start(wizardTrace, &traceError), qPrintable(traceError));
        {
            SetupWizard w(ProfileStore{});
            w.session()->usePrefill(m_sandbox->prefill());
            w.show();
            WizardDriver d(w);
            d.typeProfile(QStringLiteral("hygiene"));
            d.walkOn(Step::Credentials);
            QTest::mouseClick(child<QPushButton>(w, "verifyCredentials"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, "credentialsResult")->text().contains(QLatin1String("Passed")), 20000);
            QTest::mouseClick(child<QPushButton>(w, "createInGenAuth"), Qt::LeftButton);
            QDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(QStringLiteral("genAuthApply"))) && dialog->isVisible(), 20000);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendToGenAuth")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("applyStatus"))->text().contains(QLatin1String("Done.")), 20000);
            dialog->accept();

            d.walkOn(Step::TestLogin);
            // The browser keeps its profile on disk, to be searched too.
            child<QCheckBox>(w, "keepSession")->setChecked(true);
            QTest::mouseClick(child<QPushButton>(w, "startLogin"), Qt::LeftButton);
            QVERIFY(waitForTitle(w, "Feishu sandbox"));
            runJs(w, QStringLiteral("document.getElementById('sign-in-0').click()"));
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, "loginStatus")->text().contains(QLatin1String("The login works")), 30000);
            QTest::mouseClick(child<QPushButton>(w, "copyReport"), Qt::LeftButton);
            outputs += QGuiApplication::clipboard()->text();

            QTest::mouseClick(child<QRadioButton>(w, "throughGenAuth"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(w, "startLogin"), Qt::LeftButton);
            QVERIFY(waitForTitle(w, "GenAuth sandbox"));
            runJs(w, QStringLiteral("document.getElementById('social-feishu').click()"));
            // Signed in already (kept session), Feishu may answer at once;
            // otherwise its sign-in page comes and is answered.
            const auto passed = [&] { return child<QLabel>(w, "loginStatus")->text().contains(QLatin1String("whole chain works")); };
            QVERIFY(QTest::qWaitFor([&] { return passed() || child<QWebEngineView>(w, "loginView")->title().startsWith(QLatin1String("Feishu sandbox")); }, 30000));
            if (!passed())
                runJs(w, QStringLiteral("const signIn = () => document.getElementById('sign-in-0').click();"
                                        "if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', signIn);"
                                        "else signIn();"));
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, "loginStatus")->text().contains(QLatin1String("whole chain works")), 30000);
            QTest::mouseClick(child<QPushButton>(w, "copyReport"), Qt::LeftButton);
            outputs += QGuiApplication::clipboard()->text();

            d.walkOn(Step::Summary);
            QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(w, "checksVerdict")->text(), QStringLiteral("Every check passed."), 30000);
            w.close(); // saves, as closing does
            // and lets go of the wizard's own copies of the secrets
            QVERIFY(w.field(QStringLiteral("appSecret")).toString().isEmpty());
            QVERIFY(w.field(QStringLiteral("userPoolSecret")).toString().isEmpty());
        }
        HarTrace::stop();
        QFile trace(wizardTrace);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        const QJsonArray traced = QJsonDocument::fromJson(trace.readAll()).object()[QLatin1String("log")][QLatin1String("entries")].toArray();
        QVERIFY2(traced.size() > 20, "the whole run was traced"); // every check, Create it for me, both login tests

        // The check command, with the secrets from the keychain and from the environment.
        for (bool fromEnvironment : {false, true}) {
            QProcess check;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fss.*.debug=true"));
            if (fromEnvironment) {
                env.insert(QStringLiteral("FSS_APP_SECRET"), appSecret);
                env.insert(QStringLiteral("FSS_USERPOOL_SECRET"), poolSecret);
            }
            check.setProcessEnvironment(env);
            QStringList args = fromEnvironment
                ? QStringList{QStringLiteral("check"), QStringLiteral("--app-id"), m_sandbox->feishu().config().apps.first().appId,
                              QStringLiteral("--feishu-api"), m_sandbox->url().toString(), QStringLiteral("--cloud"),
                              m_sandbox->genAuthUrl().toString(), QStringLiteral("--user-pool-id"), m_sandbox->genAuth().config().userPoolId,
                              QStringLiteral("--identifier"), QStringLiteral("feishu"), QStringLiteral("--json")}
                : QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("hygiene")};
            args += {QStringLiteral("--trace"), QDir::homePath() + QStringLiteral("/check-%1.har").arg(fromEnvironment)};
            check.start(QStringLiteral(FSS_EXECUTABLE), args);
            QSignalSpy done(&check, &QProcess::finished);
            QVERIFY(done.wait(60000));
            outputs += QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        }

        // Rotating the App Secret, then taking the setup down (logging at
        // debug level, traced): the new secret too stays out of every file
        // and output. The wizard's sandbox hosts are not kept in the
        // profile: given here.
        const auto run = [&](const QString &command, const QString &secret, const QByteArray &typed) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fss.*.debug=true"));
            env.insert(QStringLiteral("FSS_APP_SECRET"), secret);
            env.insert(QStringLiteral("FSS_USERPOOL_SECRET"), poolSecret);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(FSS_EXECUTABLE),
                    {command, QStringLiteral("--profile"), QStringLiteral("hygiene"), QStringLiteral("--feishu-api"), m_sandbox->url().toString(),
                     QStringLiteral("--cloud"), m_sandbox->genAuthUrl().toString(), QStringLiteral("--trace"),
                     QDir::homePath() + QStringLiteral("/%1.har").arg(command)});
            p.write(typed);
            p.closeWriteChannel();
            QSignalSpy done(&p, &QProcess::finished);
            const QByteArray said = done.wait(60000) ? p.readAllStandardOutput() + p.readAllStandardError() : QByteArray("timed out");
            outputs += QString::fromUtf8(said);
            return std::pair{p.exitCode(), said};
        };
        const QString newSecret = m_sandbox->feishu().resetSecret(m_sandbox->feishu().config().apps.first().appId);
        auto [exitCode, said] = run(QStringLiteral("rotate-secret"), appSecret, newSecret.toUtf8() + '\n');
        QVERIFY2(exitCode == 0 && said.contains("GenAuth had the new App Secret"), said.constData());
        std::tie(exitCode, said) = run(QStringLiteral("remove"), newSecret, {});
        QVERIFY2(exitCode == 0 && said.contains("delete-ext-idp-conn"), said.constData());

        const QStringList secrets{appSecret, poolSecret, newSecret};
        const SecretScan files = scanForSecrets(QDir::homePath(), secrets);
        const QString webProfile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/login-test");
        const SecretScan browser = scanForSecrets(webProfile, secrets);
        qInfo("searched %d files (%d of them the browser's profile), %lld characters of log, %lld of output",
              files.filesScanned, browser.filesScanned, qlonglong(g_log.size()), qlonglong(outputs.size()));
        QVERIFY2(browser.filesScanned > 5, "the browser's profile was written and searched");
        QVERIFY(g_log.contains(QLatin1String("fss.keychain")) && g_log.contains(QLatin1String("fss.network")));
        QVERIFY2(files.hits.isEmpty(), qPrintable(files.hits.join(QLatin1Char('\n'))));
        for (const QString &secret : secrets) {
            QVERIFY2(!g_log.contains(secret), "a secret in the log");
            QVERIFY2(!outputs.contains(secret), "a secret in a report or the check command's output");
        }
    }

    // Creating the app by one scan, in the wizard and with create-app: the
    // new App Secret reaches the keychain and nothing else (no widget, file,
    // log line or output).
    void appRegistrationLeavesNoSecretBehind()
    {
        m_sandbox->feishu().config().registration.intervalSeconds = 0;
        QNetworkAccessManager phone;
        const QString confirmer = m_sandbox->feishu().config().apps.first().users.first().openId;
        QStringList secrets;
        QString outputs;
        g_log.clear();
        {
            SetupWizard w(ProfileStore{});
            w.session()->usePrefill(m_sandbox->prefill());
            w.show();
            WizardDriver d(w);
            d.typeProfile(QStringLiteral("hygiene-scan"));
            QVERIFY(d.clickNextAndWait(int(Step::CreateApp)));
            QTest::mouseClick(child<QPushButton>(w, "createByScan"), Qt::LeftButton);
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = w.findChild<QDialog *>(QStringLiteral("appRegistration"))) && dialog->isVisible());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startRegistration")), Qt::LeftButton);
            auto qr = dialog->findChild<QLabel *>(QStringLiteral("registrationQr"));
            QTRY_VERIFY_WITH_TIMEOUT(!qr->pixmap().isNull(), 20000);
            confirmRegistration(phone, QUrl(qr->toolTip()), confirmer);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("registrationStatus"))->text().contains(QLatin1String("Permissions it holds")),
                                     20000);
            secrets.append(m_sandbox->feishu().config().apps.last().appSecret);
            for (const QLabel *label : w.findChildren<QLabel *>())
                outputs += label->text();
            dialog->reject();
            w.close();
        }
        {
            QProcess create;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fss.*.debug=true"));
            create.setProcessEnvironment(env);
            create.start(QStringLiteral(FSS_EXECUTABLE), {QStringLiteral("create-app"), QStringLiteral("--profile"), QStringLiteral("hygiene-cli"),
                                                         QStringLiteral("--feishu-api"), m_sandbox->url().toString()});
            static const QRegularExpression linkPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/page/launcher\\?\\S+)"));
            QByteArray printed;
            QUrl link;
            QVERIFY(QTest::qWaitFor([&] {
                printed += create.readAllStandardOutput() + create.readAllStandardError();
                const auto m = linkPattern.match(QString::fromUtf8(printed));
                if (m.hasMatch())
                    link = QUrl::fromEncoded(m.captured(1).toLatin1());
                return link.isValid();
            }, 20000));
            confirmRegistration(phone, link, confirmer);
            QVERIFY(QTest::qWaitFor([&] { return create.state() == QProcess::NotRunning; }, 30000));
            QCOMPARE(create.exitCode(), 0);
            outputs += QString::fromUtf8(printed + create.readAllStandardOutput() + create.readAllStandardError());
            secrets.append(m_sandbox->feishu().config().apps.last().appSecret);
        }
        QCOMPARE(secrets.size(), 2);
        QVERIFY(secrets.at(0) != secrets.at(1));
        const SecretScan files = scanForSecrets(QDir::homePath(), secrets);
        qInfo("searched %d files, %lld characters of log, %lld of output", files.filesScanned, qlonglong(g_log.size()), qlonglong(outputs.size()));
        QVERIFY(g_log.contains(QLatin1String("fss.keychain")));
        QVERIFY2(files.hits.isEmpty(), qPrintable(files.hits.join(QLatin1Char('\n'))));
        for (const QString &secret : secrets) {
            QVERIFY2(!g_log.contains(secret), "a secret in the log");
            QVERIFY2(!outputs.contains(secret), "a secret on screen or in create-app's output");
        }
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        m_sandbox.reset();
    }
};

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
