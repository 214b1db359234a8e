#include "StepList.h"

#include "StepPage.h"
#include "Tones.h"
#include "core/setup/SetupSession.h"

#include <QIconEngine>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace fss {

namespace {

constexpr int kStepRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;

const Step kSteps[] = {Step::Welcome, Step::CreateApp, Step::Credentials, Step::WebPage, Step::RedirectUrl,
                       Step::Permissions, Step::Publish, Step::TestLogin, Step::Summary};

// A state's mark, drawn at whatever size and density it is asked for: a
// tick on green, a cross on red, a clock on amber, a tick in an open ring
// (the operator's word), an empty ring. Shapes differ, not only colours.
class StateIconEngine : public QIconEngine
{
public:
    StateIconEngine(StepList::State state, const QPalette &palette)
        : m_state(state)
        , m_palette(palette)
    {
    }

    QIconEngine *clone() const override { return new StateIconEngine(*this); }
    QString key() const override { return QStringLiteral("fss-step-state"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        using State = StepList::State;
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
        const qreal pen = std::max<qreal>(1.0, side / 9);
        const QRectF ring = box.adjusted(pen / 2 + 0.5, pen / 2 + 0.5, -pen / 2 - 0.5, -pen / 2 - 0.5);
        const QColor ink = color();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool filled = m_state == State::Passed || m_state == State::Failed || m_state == State::Waiting;
        painter->setPen(QPen(ink, pen));
        painter->setBrush(filled ? QBrush(ink) : Qt::NoBrush);
        painter->drawEllipse(ring);
        const QColor mark = filled ? m_palette.color(QPalette::Base) : ink;
        painter->setPen(QPen(mark, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        const auto at = [&](qreal x, qreal y) { return QPointF(box.x() + x * side, box.y() + y * side); };
        switch (m_state) {
        case State::Passed:
        case State::TickedByOperator: {
            QPainterPath tick(at(0.28, 0.52));
            tick.lineTo(at(0.44, 0.68));
            tick.lineTo(at(0.72, 0.34));
            painter->drawPath(tick);
            break;
        }
        case State::Failed:
            painter->drawLine(at(0.34, 0.34), at(0.66, 0.66));
            painter->drawLine(at(0.66, 0.34), at(0.34, 0.66));
            break;
        case State::Waiting:
            painter->drawLine(at(0.5, 0.5), at(0.5, 0.26));
            painter->drawLine(at(0.5, 0.5), at(0.68, 0.6));
            break;
        case State::NotChecked:
            break;
        }
        painter->restore();
    }

private:
    QColor color() const
    {
        using State = StepList::State;
        switch (m_state) {
        case State::Passed:
            return toneColor(Tone::Good, m_palette);
        case State::Failed:
            return toneColor(Tone::Problem, m_palette);
        case State::Waiting:
            return toneColor(Tone::Warning, m_palette);
        case State::TickedByOperator:
            return m_palette.color(QPalette::Text);
        case State::NotChecked:
            break;
        }
        return toneColor(Tone::Muted, m_palette);
    }

    StepList::State m_state;
    QPalette m_palette;
};

} // namespace

StepList::StepList(const SetupSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setAccessibleName(tr("Steps"));
    // One line per step: a long name (a large text size, Chinese) wraps
    // rather than being cut.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    for (Step step : kSteps) {
        auto item = new QListWidgetItem(m_list);
        item->setData(kStepRole, int(step));
        item->setText(isNumberedStep(step) ? tr("%1. %2", "step number, step name").arg(int(step)).arg(stepTitle(step))
                                           : stepTitle(step));
    }
    refresh();
    m_layout->addWidget(m_list, 1);
    setMinimumWidth(190);
    setMaximumWidth(240);
    connect(session, &SetupSession::progressChanged, this, qOverload<>(&StepList::refresh));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int id = item->data(kStepRole).toInt();
        if (m_reachable.contains(id))
            emit stepClicked(Step(id));
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
}

QString StepList::stateText(State state)
{
    switch (state) {
    case State::Passed:
        return tr("passed");
    case State::Failed:
        return tr("failed");
    case State::Waiting:
        return tr("waiting for approval");
    case State::TickedByOperator:
        return tr("ticked by you, not checked");
    case State::NotChecked:
        break;
    }
    return tr("not checked");
}

StepList::State StepList::state(Step step) const
{
    switch (m_session->progress().state(step)) {
    case StepProgress::State::Passed:
        return State::Passed;
    case StepProgress::State::Failed:
        return State::Failed;
    case StepProgress::State::Waiting:
        return State::Waiting;
    case StepProgress::State::NotChecked:
        break;
    }
    return m_tickedByOperator.contains(int(step)) ? State::TickedByOperator : State::NotChecked;
}

void StepList::refresh()
{
    for (int i = 0; i < m_list->count(); ++i)
        refresh(m_list->item(i));
}

void StepList::refresh(QListWidgetItem *item)
{
    const Step step = Step(item->data(kStepRole).toInt());
    const State s = state(step);
    const QString what = stateText(s);
    if (item->data(kStateRole).toInt() != int(s) || item->icon().isNull()) {
        item->setData(kStateRole, int(s));
        item->setIcon(QIcon(new StateIconEngine(s, m_list->palette())));
    }
    const QString said = tr("%1: %2").arg(stepLabel(step), what);
    item->setData(Qt::AccessibleTextRole, int(step) == m_current ? tr("%1 (the current step)").arg(said) : said);
    // The tooltip: the state, what decided it, and whether a click goes there.
    QStringList verdicts;
    for (const CheckResult &r : m_session->progress().verdicts(step))
        verdicts.append(tr("%1: %2").arg(r.title, r.message));
    verdicts.sort();
    QStringList parts{said, verdicts.join(QLatin1Char('\n'))};
    if (m_reachable.contains(int(step)))
        parts.append(tr("Click to go back to this step."));
    parts.removeAll(QString());
    item->setToolTip(parts.join(QStringLiteral("\n\n")));
}

void StepList::follow(QWizard *wizard)
{
    connect(wizard, &QWizard::currentIdChanged, this, [this, wizard](int id) {
        if (id < 0)
            return;
        setCurrent(Step(id));
        QList<int> earlier;
        for (int visited : wizard->visitedIds()) {
            if (visited < id)
                earlier.append(visited);
        }
        setReachable(earlier);
    });
    connect(this, &StepList::stepClicked, wizard, [wizard](Step step) {
        while (wizard->currentId() > int(step) && wizard->visitedIds().contains(int(step)))
            wizard->back();
    });
    // After the pages took a verdict or a tick in (queued: they hear the
    // same signals), which steps stand on the operator's word alone.
    const auto showOperatorTicks = [this, wizard] {
        QSet<int> ticked;
        for (int id : wizard->pageIds()) {
            if (auto page = qobject_cast<const StepPage *>(wizard->page(id)); page && page->allTicked())
                ticked.insert(id);
        }
        setTickedByOperator(ticked);
    };
    connect(m_session, &SetupSession::tickedChanged, this, showOperatorTicks, Qt::QueuedConnection);
    connect(m_session, &SetupSession::checkResult, this, showOperatorTicks, Qt::QueuedConnection);
}

void StepList::setCurrent(Step step)
{
    m_current = int(step);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool current = item->data(kStepRole).toInt() == int(step);
        QFont f = item->font();
        f.setBold(current);
        item->setFont(f);
        refresh(item);
        if (current)
            m_list->setCurrentItem(item);
    }
}

void StepList::setReachable(const QList<int> &ids)
{
    m_reachable = ids;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool reachable = ids.contains(item->data(kStepRole).toInt());
        item->setFlags(reachable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
        refresh(item);
    }
}

void StepList::setTickedByOperator(const QSet<int> &steps)
{
    if (steps == m_tickedByOperator)
        return;
    m_tickedByOperator = steps;
    refresh();
}

void StepList::addNote(QWidget *note)
{
    // Its own scroll area: at a large text size the note is taller than
    // the room under the list.
    auto scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(note);
    m_layout->addWidget(scroll);
}

} // namespace fss
