// The steps beside the pages, as installers built with Qt show them: every
// page of the wizard with its live state (not checked, passed, failed,
// waiting for approval), taken from every check's verdicts as they arrive.
// A step already visited is a click away.
#pragma once

#include "core/setup/SetupChecks.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace fss {

class StepList : public QWidget
{
    Q_OBJECT

public:
    enum class State { NotChecked, Passed, Failed, Waiting };
    Q_ENUM(State)

    explicit StepList(QWidget *parent = nullptr);

    // A verdict of any check; the step it names takes its state from all
    // the verdicts it holds.
    void addVerdict(const CheckResult &result);
    State state(Step step) const;
    void setCurrent(Step step);
    // Steps the operator may go back to (visited ones).
    void setReachable(const QList<int> &ids);
    // Below the list: the sandbox note, in --sandbox.
    void addNote(QWidget *note);

signals:
    void stepClicked(Step step);

private:
    void refresh(Step step);
    void updateToolTip(QListWidgetItem *item) const;

    QListWidget *m_list;
    QVBoxLayout *m_layout;
    QHash<QString, CheckResult> m_verdicts; // by check id
    QList<int> m_reachable;
};

} // namespace fss
