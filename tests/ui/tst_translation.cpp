// The wizard in Simplified Chinese: every page, dialog and message an
// operator reads is in Chinese (or is a name that stays as it is: App ID,
// GenAuth, a URL); the language switch on the Welcome page asks for the
// other language; the command line's help follows the system's language.
#include "support/CjkFont.h"
#include "support/GuiFixture.h"
#include "support/SandboxHelpers.h"
#include "support/TerminalColumns.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include "dialogs/GenAuthApplyDialog.h"
#include "core/setup/Language.h"
#include "core/setup/ProfileMapping.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace fss;
using namespace fss::test;

class TestTranslation : public QObject, public GuiFixture
{
    Q_OBJECT


    // Latin words of three letters or more, other than the names that are
    // the same in Chinese (products, fields of the platforms, protocols).
    static QStringList englishWords(const QString &text)
    {
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        static const QRegularExpression value(QStringLiteral("(https?://|[a-z]+:)\\S+|\\b[a-z0-9]+_[\\w.]+|\\S+\\.(ai|cn|com|pem|crt|cer|md|html)\\b|“[^”]*”"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        static const QStringList names{QStringLiteral("GenAuth"), QStringLiteral("Authing"), QStringLiteral("Lark"),
                                       QStringLiteral("App"),     QStringLiteral("Secret"),  QStringLiteral("Open"),
                                       QStringLiteral("Union"),   QStringLiteral("User"),    QStringLiteral("API"),
                                       QStringLiteral("URL"),     QStringLiteral("https"),   QStringLiteral("http"),
                                       QStringLiteral("HTML"),    QStringLiteral("Markdown"), QStringLiteral("OIDC"),
                                       QStringLiteral("PKCE"),    QStringLiteral("RS256"),   QStringLiteral("JSON"),
                                       QStringLiteral("English"), QStringLiteral("Ctrl"),    QStringLiteral("localhost"),
                                       QStringLiteral("PORT"),    QStringLiteral("cli")};
        QString plain = text;
        plain.remove(tag).remove(value);
        QStringList found;
        for (auto it = word.globalMatch(plain); it.hasNext();) {
            const QString w = it.next().captured();
            if (!names.contains(w, Qt::CaseInsensitive))
                found.append(w);
        }
        return found;
    }

    static QStringList untranslated(QWidget *root)
    {
        QStringList problems;
        const auto check = [&](const QString &where, const QString &text) {
            const QStringList words = englishWords(text);
            if (!words.isEmpty())
                problems.append(QStringLiteral("%1: “%2” (%3)").arg(where, text.left(80), words.join(QLatin1Char(' '))));
        };
        for (QLabel *l : root->findChildren<QLabel *>()) {
            if (!l->isVisibleTo(root) || l->objectName() == QLatin1String("sandboxBanner"))
                continue;
            if (l->objectName() == QLatin1String("summary")) {
                // A table of settings: the names are text, the values are the operator's.
                static const QRegularExpression names(QStringLiteral("<b>([^<]*)</b>"));
                for (auto it = names.globalMatch(l->text()); it.hasNext();)
                    check(QStringLiteral("setting name"), it.next().captured(1));
                continue;
            }
            check(QStringLiteral("label %1").arg(l->objectName()), l->text());
        }
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(root) && b->objectName() != QLatin1String("language"))
                check(QStringLiteral("button %1").arg(b->objectName()), b->text());
        }
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->toolTip().isEmpty())
                check(QStringLiteral("tooltip of %1").arg(w->objectName()), w->toolTip());
            if (!w->accessibleName().isEmpty())
                check(QStringLiteral("accessible name of %1").arg(w->objectName()), w->accessibleName());
        }
        for (QGroupBox *g : root->findChildren<QGroupBox *>())
            check(QStringLiteral("group"), g->title());
        for (QTreeWidget *t : root->findChildren<QTreeWidget *>()) {
            for (int c = 0; c < t->columnCount(); ++c)
                check(QStringLiteral("column of %1").arg(t->objectName()), t->headerItem()->text(c));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
        QVERIFY(startSandbox());
    }

    void everyPageInChinese()
    {
        QVERIFY(Language::install(*qApp, QLocale(QStringLiteral("zh_CN"))));
        QVERIFY(Language::isChinese());
        const QString fontProblem = chineseFontProblem(QApplication::font());
        QVERIFY2(fontProblem.isEmpty(), qPrintable(fontProblem));
        connectGenAuth(*m_sandbox);
        {
            SetupWizard w(ProfileStore(m_profiles->path()));
            w.session()->usePrefill(m_sandbox->prefill());
            w.show();
            WizardDriver d(w);
            d.typeProfile(QStringLiteral("zh"));
            QStringList problems;
            // Every page as the operator reaches it, with its live results shown.
            for (int id = int(Step::Welcome); id <= int(Step::Summary); ++id) {
                if (id == int(Step::Credentials)) {
                    QTest::mouseClick(w.currentPage()->findChild<QPushButton *>(QStringLiteral("verifyCredentials")), Qt::LeftButton);
                    QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->findChild<QLabel *>(QStringLiteral("credentialsResult"))->text().contains(QStringLiteral("通过")), 20000);
                    d.type("appId", QStringLiteral("app-1")); // a field message
                    problems += untranslated(w.currentPage());
                    d.type("appId", m_sandbox->feishu().config().apps.first().appId);
                }
                if (id == int(Step::Summary))
                    QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->findChild<QLabel *>(QStringLiteral("checksVerdict"))->text() == QStringLiteral("全部检查通过。"), 30000);
                problems += untranslated(w.currentPage());
                problems += englishWords(w.currentPage()->title()) + englishWords(w.currentPage()->subTitle());
                // Qt's own buttons, from Qt's translation.
                for (QAbstractButton *b : {w.button(QWizard::NextButton), w.button(QWizard::BackButton), w.button(QWizard::CancelButton)}) {
                    if (b->isVisible() && !englishWords(b->text()).isEmpty())
                        problems.append(QStringLiteral("wizard button: %1").arg(b->text()));
                }
                if (id < int(Step::Summary))
                    d.walkOn(Step(id + 1));
            }
            GenAuthApplyDialog dialog(w.session()->genAuth(), ProfileMapping::identitySource(w.session()->profile(), QStringLiteral("x")), &w);
            problems += untranslated(&dialog);
            problems += englishWords(dialog.windowTitle());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(w.windowTitle(), QStringLiteral("飞书单点登录配置 — 沙箱"));
        }
    }

    void cleanup()
    {
        Language::install(*qApp, QLocale(QLocale::English));
        QVERIFY(!Language::isChinese());
    }

    void languageSwitchOnWelcome()
    {
        SetupWizard w(ProfileStore(m_profiles->path()));
        w.show();
        auto button = w.currentPage()->findChild<QToolButton *>(QStringLiteral("language"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Language"));
        QSignalSpy chosen(&w, &SetupWizard::languageChosen);
        // The menu names each language in itself; it is made when opened.
        emit button->menu()->aboutToShow();
        QAction *chinese = button->menu()->findChild<QAction *>(QStringLiteral("language-zh_CN"));
        QVERIFY(chinese);
        QCOMPARE(chinese->text(), QStringLiteral("中文（简体）"));
        QVERIFY(button->menu()->findChild<QAction *>(QStringLiteral("language-en"))->isChecked());
        button->menu()->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QCOMPARE(chosen.size(), 0); // already English
        chinese->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("zh_CN"));
        // What the Welcome page holds goes along to the wizard in the new language.
        w.setField(QStringLiteral("cloud"), int(Cloud::Custom));
        w.setField(QStringLiteral("customHost"), QStringLiteral("auth.example.com"));
        w.setField(QStringLiteral("profileName"), QStringLiteral("carried"));
        SetupWizard again(ProfileStore(m_profiles->path()));
        again.setWelcomeChoices(w.welcomeChoices());
        QCOMPARE(again.field(QStringLiteral("cloud")).toInt(), int(Cloud::Custom));
        QCOMPARE(again.field(QStringLiteral("customHost")).toString(), QStringLiteral("auth.example.com"));
        QCOMPARE(again.field(QStringLiteral("profileName")).toString(), QStringLiteral("carried"));
    }

    void commandLineFollowsTheSystemLanguage()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FSS_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("显示此帮助并退出。")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("不打开窗口检查某个配置档案")));
        // Option names and their <value> stay as typed, so that the
        // descriptions line up in a terminal (Qt pads by characters, and a
        // Chinese character takes two columns).
        QVERIFY2(help.contains(QLatin1String("--profile <name>")), qPrintable(help));
        QSet<int> descriptionColumns;
        for (const QString &line : help.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^ +-(\\S| \\S)+ {2,}")).match(line);
            if (!m.hasMatch())
                continue;
            descriptionColumns.insert(terminalColumns(m.captured()));
        }
        QVERIFY2(descriptionColumns.size() == 1, qPrintable(help));
    }

    // At 80 columns in both languages: no line wider, and the commands'
    // descriptions break between words (English) or characters (Chinese),
    // never inside a word and never before a closing punctuation mark.
    void helpFitsEightyColumns_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("English") << QStringLiteral("C.UTF-8");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN.UTF-8");
    }
    void helpFitsEightyColumns()
    {
        QFETCH(QString, lang);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FSS_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        bool inCommands = false;
        QStringList commands; // each command's description, its lines joined
        for (const QString &line : lines) {
            QVERIFY2(terminalColumns(line) <= 80, qPrintable(QStringLiteral("%1 columns: %2").arg(terminalColumns(line)).arg(line)));
            const QString text = line.trimmed();
            if (!text.isEmpty())
                QVERIFY2(!QStringLiteral("，。；：）、").contains(text.at(0)), qPrintable(line));
            if (line == QLatin1String("Commands:") || line == QStringLiteral("命令："))
                inCommands = true;
            else if (inCommands && line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
                commands.append(text.section(QLatin1Char(' '), 1).trimmed());
            else if (inCommands && !text.isEmpty() && !commands.isEmpty())
                commands.last() += QLatin1Char(' ') + text;
        }
        QCOMPARE(commands.size(), 6); // check, apply, create-app, rotate-secret, remove, sandbox
        if (lang.startsWith(QLatin1String("zh"))) {
            QVERIFY2(commands.first().contains(QStringLiteral("不打开窗口检查某个配置档案")), qPrintable(commands.first()));
        } else {
            // Joined again, the lines give the sentence back word for word.
            QCOMPARE(commands.first(), QStringLiteral("Verify a profile's setup without a window. Exit 0 when every check passes, 1 "
                                                      "when one fails, 2 for bad input. FSS_APP_SECRET and FSS_USERPOOL_SECRET "
                                                      "may carry the secrets instead of the keychain."));
        }
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
