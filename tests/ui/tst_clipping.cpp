// Nothing cut off: on every page, at the wizard's default size, in English
// and in Chinese (drawn in a real CJK font: ctest runs this once with Noto
// Sans CJK and once with Droid Sans Fallback), and at twice the text size, every label's text fits its
// widget or wraps inside it, and every check box, radio button and push
// button shows its whole text, and every row of the step list its name and
// mark; a page taller than the window scrolls, but
// none is wider than the window (rows of buttons wrap, text wraps).
#include "support/CjkFont.h"
#include "support/GuiFixture.h"
#include "support/SandboxHelpers.h"
#include "support/TestSession.h"
#include "support/WizardDriver.h"

#include "core/setup/Language.h"
#include "core/setup/SetupSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyleOptionViewItem>
#include <QScrollArea>
#include <QScrollBar>
#include <QScopeGuard>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestClipping : public QObject, public GuiFixture
{
    Q_OBJECT

    // What is cut off among the visible widgets under `root`.
    static QStringList clipped(QWidget *root, const QString &where)
    {
        QStringList problems;
        const auto report = [&](QWidget *w, const QString &text, const QSize &needed) {
            problems.append(QStringLiteral("%1: %2 “%3” needs %4×%5, has %6×%7")
                                .arg(where, QString::fromLatin1(w->metaObject()->className()), text.left(60))
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(w->width())
                                .arg(w->height()));
        };
        for (QLabel *l : root->findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                const int needed = l->heightForWidth(l->width());
                if (needed > l->height() + 1)
                    report(l, l->text(), {l->width(), needed});
            } else if (l->sizeHint().width() > l->width() + 1 || l->sizeHint().height() > l->height() + 1) {
                report(l, l->text(), l->sizeHint());
            }
        }
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
            // Qt's own icon buttons inside line edits show no text.
            if (!b->isVisible() || b->text().isEmpty() || b->inherits("QLineEditIconButton"))
                continue;
            if (b->sizeHint().width() > b->width() + 1)
                report(b, b->text(), b->sizeHint());
        }
        // The step list: every row's name, wrapped beside its mark as the
        // list's delegate wraps it at the row's width, fits the row.
        for (QListWidget *list : root->findChildren<QListWidget *>()) {
            if (!list->isVisible())
                continue;
            for (int i = 0; i < list->count(); ++i) {
                const QModelIndex index = list->model()->index(i, 0);
                QStyleOptionViewItem option;
                option.initFrom(list->viewport());
                option.widget = list;
                option.rect = list->visualRect(index);
                option.decorationSize = list->iconSize();
                option.features |= QStyleOptionViewItem::WrapText;
                const QSize needed = list->itemDelegate()->sizeHint(option, index);
                if (needed.height() > option.rect.height() || needed.width() > option.rect.width())
                    problems.append(QStringLiteral("%1: step list row “%2” needs %3×%4, has %5×%6")
                                        .arg(where, list->item(i)->text())
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(option.rect.width())
                                        .arg(option.rect.height()));
            }
        }
        // A page wider than the window would hide its right edge behind a
        // scroll bar: text must wrap instead.
        for (QScrollArea *area : root->findChildren<QScrollArea *>(QStringLiteral("pageScroll"))) {
            if (area->isVisible() && area->horizontalScrollBar()->maximum() > 0)
                problems.append(QStringLiteral("%1: the page is %2 px wider than the window").arg(where).arg(area->horizontalScrollBar()->maximum()));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        FSS_REQUIRE_SESSION("keyring");
        useSandboxKeychain();
        QVERIFY(startSandbox());
        connectGenAuth(*m_sandbox);
    }

    void nothingIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::newRow("English") << QStringLiteral("en") << 1.0;
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << 1.0;
        QTest::newRow("English, text twice as large") << QStringLiteral("en") << 2.0;
        QTest::newRow("Chinese, text twice as large") << QStringLiteral("zh_CN") << 2.0;
    }

    void nothingIsCutOff()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        Language::install(*qApp, QLocale(language)); // false for English, the source language
        QCOMPARE(Language::isChinese(), language == QLatin1String("zh_CN"));
        if (Language::isChinese()) {
            const QString problem = chineseFontProblem(QApplication::font());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * scale);
        QApplication::setFont(large);
        const auto restore = qScopeGuard([&] { QApplication::setFont(normal); });

        SetupWizard w(ProfileStore(m_profiles->path()));
        w.session()->usePrefill(m_sandbox->prefill());
        w.show(); // its default size
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardDriver d(w);
        d.typeProfile(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' ')).remove(QLatin1Char(',')).left(20).toLower());
        QStringList problems;
        for (int id = int(Step::Welcome); id <= int(Step::Summary); ++id) {
            QTest::qWait(200);
            problems += clipped(&w, QStringLiteral("page %1").arg(id));
            if (id == int(Step::Summary))
                break;
            d.walkOn(Step(id + 1));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(w.size(), w.minimumSize()); // the default size: nothing pushed the window larger
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
