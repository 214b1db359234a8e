// The steps beside the pages, as installers built with Qt show them: one
// short name per page, a state icon (passed, failed, waiting for approval,
// ticked by the operator's word, not checked yet), the current step in
// bold. The state is also in each row's accessible name and tooltip, with
// the verdicts that decided it. It follows the session's StepProgress; a
// step already visited is a click away.
#pragma once

#include "core/setup/SetupContracts.h"

#include <QSet>
#include <QWidget>

class QWizard;

class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace fss {

class SetupSession;

class StepList : public QWidget
{
    Q_OBJECT

public:
    // What a row shows. TickedByOperator: every item of the step is ticked
    // and no check has spoken on it (the operator's word, not a proof).
    enum class State { NotChecked, Passed, Failed, Waiting, TickedByOperator };
    Q_ENUM(State)

    explicit StepList(const SetupSession *session, QWidget *parent = nullptr);

    State state(Step step) const;
    // Follows `wizard`: its current page, the pages visited before it (a
    // click on one goes back to it page by page, as the Back button does, so
    // each page cleans up), and the steps whose every item its pages say the
    // operator ticked.
    void follow(QWizard *wizard);
    void setCurrent(Step step);
    // Steps the operator may go back to (visited ones).
    void setReachable(const QList<int> &ids);
    // Steps whose every checklist item the operator ticked.
    void setTickedByOperator(const QSet<int> &steps);
    // Below the list: the sandbox note, in --sandbox.
    void addNote(QWidget *note);

    // The sentence a state reads as ("passed", "ticked by you, not checked").
    static QString stateText(State state);

signals:
    void stepClicked(Step step);

private:
    void refresh();
    void refresh(QListWidgetItem *item);

    const SetupSession *m_session;
    QListWidget *m_list;
    QVBoxLayout *m_layout;
    QList<int> m_reachable;
    int m_current = -1;
    QSet<int> m_tickedByOperator;
};

} // namespace fss
