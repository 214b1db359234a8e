// Take it down (Welcome, for a saved profile): the plan SetupRemoval reads,
// with what stays and what to do by hand; then, on one click, the removal,
// read back; last the profile and its keychain entries are forgotten, only
// when all of it succeeded, or when the operator chooses to forget them
// here anyway. The work is SetupRemoval's; this dialog binds it to widgets.
#pragma once

#include "core/setup/ProfileStore.h"
#include "core/setup/SetupRemoval.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace fss {

class PlanView;

class RemoveDialog : public QDialog
{
    Q_OBJECT

public:
    // Plans `removal` at once; the dialog owns it from then on.
    RemoveDialog(SetupRemoval *removal, ProfileStore store, const QString &profile, QWidget *parent = nullptr);

signals:
    // The profile and its keychain entries are gone.
    void forgotten();

private:
    void planned(const RemovalResult &result);
    void finished(const RemovalResult &result);
    void forget();
    void showNotes(const RemovalResult &result, const QString &lead);

    SetupRemoval *m_removal;
    ProfileStore m_store;
    QString m_profile;
    PlanView *m_plan;
    QLabel *m_status;
    QPushButton *m_remove;
    QPushButton *m_forget;
    QDialogButtonBox *m_buttons;
};

} // namespace fss
