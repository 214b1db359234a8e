// Nothing cut off: on every page, at the wizard's default size, in English
// and in Chinese, and at twice the text size, every label's text fits its
// widget or wraps inside it, and every check box, radio button and push
// button shows its whole text, and every row of the step list its name and
// mark; a page taller than the window scrolls, but
// none is wider than the window (rows of buttons wrap, text wraps).
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
#include <QStyle>
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
        // The step list: every row's name, wrapped beside its mark, fits the
        // row; no word is wider than the room beside the mark.
        for (QListWidget *list : root->findChildren<QListWidget *>()) {
            if (!list->isVisible())
                continue;
            for (int i = 0; i < list->count(); ++i) {
                const QListWidgetItem *item = list->item(i);
                const QRect has = list->visualItemRect(item);
                const QFontMetrics fm(item->font());
                const int room = has.width() - list->iconSize().width() - 3 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 4;
                const int needed = fm.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, item->text()).height();
                int widest = 0;
                for (const QString &word : item->text().split(QLatin1Char(' ')))
                    widest = std::max(widest, fm.horizontalAdvance(word));
                if (needed > has.height() || widest > room)
                    problems.append(QStringLiteral("%1: step list row “%2” needs %3 px high and %4 px for its widest word, has %5×%6")
                                        .arg(where, item->text())
                                        .arg(needed)
                                        .arg(widest)
                                        .arg(room)
                                        .arg(has.height()));
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
