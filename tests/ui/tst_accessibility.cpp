// Accessibility: every control a screen reader reaches has a name; the whole
// wizard can be done with the keyboard alone (no mouse event in this test);
// meaningful colours stay readable on a dark palette; the window icon is
// sharp at a device pixel ratio of 2.
#include "support/GuiFixture.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include "AppIcon.h"
#include "StepList.h"
#include "dialogs/GenAuthApplyDialog.h"
#include "Tones.h"
#include "core/setup/Language.h"
#include "core/setup/ProfileMapping.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupSession.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace fss;
using namespace fss::test;

// As main.cpp does: QtWebEngine (loaded when the login test starts) needs
// this before the application object exists.
static const bool sharedContexts = [] {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    return true;
}();

class TestAccessibility : public QObject, public GuiFixture
{
    Q_OBJECT


    static QWidget *focused() { return QApplication::focusWidget(); }

    // Presses Tab until `wanted` says yes for the focused widget (at most a
    // round through the page).
    static bool tabTo(const std::function<bool(QWidget *)> &wanted)
    {
        for (int i = 0; i < 80; ++i) {
            if (focused() && wanted(focused()))
                return true;
            QTest::keyClick(focused() ? focused() : QApplication::activeWindow(), Qt::Key_Tab);
        }
        qWarning() << "focus ends at" << focused();
        return false;
    }

    static QStringList unnamed(QWidget *root)
    {
        QStringList missing;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || w->focusPolicy() == Qt::NoFocus)
                continue;
            // Qt's own parts of a combo box or spin box (its line edit, its
            // popup list) are named through the box.
            bool part = false;
            for (QWidget *up = w->parentWidget(); up && !part; up = up->parentWidget())
                part = qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractSpinBox *>(up);
            if (part || w->inherits("QComboBoxListView"))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                missing.append(QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                                  QString::fromLatin1(w->parentWidget()->metaObject()->className())));
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
        QVERIFY(startSandbox());
    }

    void everyControlHasAName()
    {
        SetupWizard w(ProfileStore(m_profiles->path()));
        w.session()->usePrefill(m_sandbox->prefill()); // builds every page
        w.show();
        QStringList missing;
        for (int id : w.pageIds())
            missing += unnamed(w.page(id));
        missing += unnamed(&w);
        GenAuthApplyDialog dialog(w.session()->genAuth(), ProfileMapping::identitySource(w.session()->profile(), QStringLiteral("x")), &w);
        missing += unnamed(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void wholeWizardByKeyboard()
    {
        connectGenAuth(*m_sandbox);
        SetupWizard w(ProfileStore(m_profiles->path()));
        openSandboxWizard(w);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto next = [&](int expected) {
            // Next may be off a moment while step 1's unasked check stores the secrets.
            if (!QTest::qWaitFor([&] { return w.button(QWizard::NextButton)->isEnabled(); }, 20000))
                return false;
            QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
            return QTest::qWaitFor([&] { return w.currentId() == expected; }, 20000);
        };

        // Welcome: the profile name.
        QVERIFY(tabTo([](QWidget *f) { return f->objectName() == QLatin1String("profileName"); }));
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("keyboard"));
        QVERIFY(next(int(Step::CreateApp)));

        for (int id = int(Step::CreateApp); id <= int(Step::Publish); ++id) {
            if (id == int(Step::Permissions)) {
                QVERIFY(tabTo([](QWidget *f) { return f->parentWidget() && f->parentWidget()->objectName() == QLatin1String("version"); }));
                QTest::keyClicks(focused(), QStringLiteral("1.0.0"));
            }
            // Every checklist item a check did not tick, ticked with the
            // space bar (step 1 proves itself with the sandbox's credentials).
            QList<QCheckBox *> boxes = w.currentPage()->findChildren<QCheckBox *>();
            if (id == int(Step::CreateApp))
                QTRY_VERIFY_WITH_TIMEOUT(std::all_of(boxes.cbegin(), boxes.cend(), [](QCheckBox *b) { return b->isChecked(); }), 20000);
            boxes.removeIf([](QCheckBox *b) { return b->isChecked(); });
            for (int i = 0; i < boxes.size(); ++i) {
                QVERIFY2(tabTo([](QWidget *f) { auto b = qobject_cast<QCheckBox *>(f); return b && !b->isChecked(); }),
                         qPrintable(QStringLiteral("no unticked item on page %1").arg(id)));
                QTest::keyClick(focused(), Qt::Key_Space);
            }
            QVERIFY2(next(id + 1), qPrintable(QStringLiteral("stuck on page %1").arg(id)));
        }

        // The login test, through GenAuth: mode and start by keyboard.
        // Tab enters a group of radio buttons at the chosen one; the arrow keys choose.
        QVERIFY(tabTo([](QWidget *f) { return f->objectName() == QLatin1String("feishuOnly"); }));
        QTest::keyClick(focused(), Qt::Key_Right); // the buttons stand side by side
        QCOMPARE(focused()->objectName(), QStringLiteral("throughGenAuth"));
        QVERIFY(qobject_cast<QRadioButton *>(focused())->isChecked());
        QVERIFY(tabTo([](QWidget *f) { return f->objectName() == QLatin1String("startLogin"); }));
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(next(int(Step::Summary)));
        auto verdict = w.currentPage()->findChild<QLabel *>(QStringLiteral("checksVerdict"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Every check passed."), 30000);
        QTest::keyClick(focused(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Accepted));
    }

    // The step list read without colour: each row's name says the step and
    // its state, and which row is the current step, in both languages; the
    // states have marks of their own.
    void stepListStatesAreNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void stepListStatesAreNamed()
    {
        QFETCH(QString, language);
        Language::install(*qApp, QLocale(language));
        const auto restore = qScopeGuard([] { Language::install(*qApp, QLocale(QStringLiteral("en"))); });
        SetupWizard w(ProfileStore(m_profiles->path()));
        w.session()->usePrefill(m_sandbox->prefill());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto list = w.findChild<QListWidget *>(QStringLiteral("stepList"));
        QVERIFY(list);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
        QVERIFY(view);
        QCOMPARE(view->text(QAccessible::Name), StepList::tr("Steps"));
        QCOMPARE(list->count(), 9);
        for (int i = 0; i < list->count(); ++i) {
            const QString name = list->item(i)->data(Qt::AccessibleTextRole).toString();
            QVERIFY2(name.startsWith(stepLabel(Step(i))) && name.contains(StepList::stateText(StepList::State::NotChecked)), qPrintable(name));
            QCOMPARE(name.contains(StepList::tr("%1 (the current step)").arg(QString())), i == int(Step::Welcome));
            QVERIFY(list->item(i)->toolTip().startsWith(stepLabel(Step(i))));
            QVERIFY(list->item(i)->text().contains(stepTitle(Step(i))));
            // What a screen reader reads for the row (Qt's list view hands it
            // the item's accessible text).
            bool read = false;
            for (int c = 0; c < view->childCount(); ++c)
                read = read || view->child(c)->text(QAccessible::Name) == name;
            QVERIFY2(read, qPrintable(name));
        }
        QVERIFY(StepList::stateText(StepList::State::TickedByOperator) != StepList::stateText(StepList::State::Passed));
        QVERIFY(language == QLatin1String("en") || StepList::stateText(StepList::State::Passed) != QLatin1String("passed"));
    }

    void meaningfulColoursOnLightAndDarkPalettes()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Text, Qt::white);
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Base, Qt::white);
        for (const QPalette &p : {light, dark}) {
            for (Tone t : {Tone::Good, Tone::Problem, Tone::Warning, Tone::Muted}) {
                for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
                    const double ratio = contrastRatio(toneColor(t, p), p.color(role));
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on %2: %3").arg(int(t)).arg(p.color(role).name()).arg(ratio)));
                }
            }
        }

        // The wizard in a dark palette: a field's error is readable.
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        {
            SetupWizard w(ProfileStore(m_profiles->path()));
            w.session()->usePrefill(m_sandbox->prefill());
            w.show();
            WizardDriver d(w);
            d.typeProfile(QStringLiteral("dark"));
            d.walkOn(Step::Credentials);
            d.type("appId", QStringLiteral("app-1"));
            QLabel *message = nullptr;
            for (QLabel *l : d.field("appId")->findChildren<QLabel *>()) {
                if (l->isVisible() && !l->text().isEmpty())
                    message = l;
            }
            QVERIFY(message);
            QVERIFY(message->styleSheet().contains(toneColor(Tone::Problem, dark).name()));
            QVERIFY(contrastRatio(toneColor(Tone::Problem, dark), dark.color(QPalette::Window)) >= 4.5);
        }
        QApplication::setPalette(before);
    }

    void windowIconSharpAtTwiceTheDensity()
    {
        const QIcon icon = appWindowIcon();
        for (int logical : {16, 24, 32, 48, 64}) {
            const QPixmap p = icon.pixmap(QSize(logical, logical), 2.0);
            QCOMPARE(p.size(), QSize(2 * logical, 2 * logical));
            // Drawn at that size, not scaled up from a smaller one.
            QVERIFY2(icon.availableSizes().contains(QSize(2 * logical, 2 * logical)), qPrintable(QString::number(2 * logical)));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
