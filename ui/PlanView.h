// What a run will send, or sent, to Feishu or GenAuth: one row per change
// (what it changes, the request, when it is sent or what came of it, its
// status) and, for the selected row, the body it sends with secrets
// masked. Both plan dialogs show their plan in it.
#pragma once

#include "core/PlannedChange.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace fss {

class PlanView : public QWidget
{
    Q_OBJECT

public:
    // `name` names the list for tests and accessibility tools.
    explicit PlanView(const QString &name, QWidget *parent = nullptr);

    // Each row keeps the change's id (column 1, Qt::UserRole) and body
    // (column 0, Qt::UserRole). A column no change fills is hidden.
    void setChanges(const QList<PlannedChange> &changes);
    QTreeWidget *list() const { return m_list; }

    static QString statusText(PlannedChange::Status status); // translated

private:
    QTreeWidget *m_list;
    QPlainTextEdit *m_body;
};

} // namespace fss
