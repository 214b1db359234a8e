#include "StepList.h"

#include "Tones.h"

#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fss {

namespace {

constexpr int kStepRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;
constexpr int kVerdictsRole = Qt::UserRole + 2;

const Step kSteps[] = {Step::Welcome, Step::CreateApp, Step::Credentials, Step::WebPage, Step::RedirectUrl,
                       Step::Permissions, Step::Publish, Step::TestLogin, Step::Summary};

} // namespace

StepList::StepList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setAccessibleName(tr("Steps"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    for (Step step : kSteps) {
        auto item = new QListWidgetItem(m_list);
        item->setData(kStepRole, int(step));
        refresh(step);
    }
    m_layout->addWidget(m_list, 1);
    setMinimumWidth(190);
    setMaximumWidth(240);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int id = item->data(kStepRole).toInt();
        if (m_reachable.contains(id))
            emit stepClicked(Step(id));
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
}

void StepList::addVerdict(const CheckResult &result)
{
    if (result.status == CheckResult::Status::Pending)
        return;
    const auto old = m_verdicts.constFind(result.id.toString());
    const std::optional<Step> before = old == m_verdicts.cend() ? std::nullopt : std::optional<Step>(old->step);
    m_verdicts.insert(result.id.toString(), result);
    refresh(result.step);
    if (before && *before != result.step)
        refresh(*before);
}

StepList::State StepList::state(Step step) const
{
    bool passed = false;
    bool waiting = false;
    for (const CheckResult &r : m_verdicts) {
        if (r.step != step)
            continue;
        if (r.status == CheckResult::Status::Fail) {
            if (r.code != QLatin1String(CheckResult::awaitingApproval))
                return State::Failed;
            waiting = true;
        } else if (r.status == CheckResult::Status::Pass) {
            passed = true;
        }
    }
    return waiting ? State::Waiting : passed ? State::Passed : State::NotChecked;
}

void StepList::refresh(Step step)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(kStepRole).toInt() != int(step))
            continue;
        const State s = state(step);
        const QString name = stepLabel(step);
        const QString what = s == State::Passed ? tr("passed")
            : s == State::Failed                ? tr("failed")
            : s == State::Waiting               ? tr("waiting for approval")
                                                : tr("not checked");
        item->setText(QStringLiteral("%1\n%2").arg(name, what));
        item->setData(kStateRole, int(s));
        QStringList verdicts; // what decided the state, for the tooltip
        for (const CheckResult &r : std::as_const(m_verdicts)) {
            if (r.step == step && (r.status == CheckResult::Status::Fail || r.status == CheckResult::Status::Pass))
                verdicts.append(QStringLiteral("%1: %2").arg(r.title, r.message));
        }
        verdicts.sort();
        item->setData(kVerdictsRole, verdicts.join(QLatin1Char('\n')));
        updateToolTip(item);
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(name, what));
        const Tone tone = s == State::Passed ? Tone::Good : s == State::Failed ? Tone::Problem : s == State::Waiting ? Tone::Warning : Tone::Muted;
        item->setForeground(toneColor(tone, m_list->palette()));
    }
}

void StepList::setCurrent(Step step)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool current = item->data(kStepRole).toInt() == int(step);
        QFont f = item->font();
        f.setBold(current);
        item->setFont(f);
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
        updateToolTip(item);
    }
}

void StepList::updateToolTip(QListWidgetItem *item) const
{
    const QString verdicts = item->data(kVerdictsRole).toString();
    const QString reach = m_reachable.contains(item->data(kStepRole).toInt()) ? tr("Click to go back to this step.") : QString();
    QStringList parts{verdicts, reach};
    parts.removeAll(QString());
    item->setToolTip(parts.join(QStringLiteral("\n\n")));
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
