// "Create it for me": shows every request the wizard will send to GenAuth
// (secrets masked) before anything is sent, then sends them and says what it
// found, made or changed. The work is GenAuthIdentitySource's; this dialog
// only binds it to widgets.
#pragma once

#include "core/genauth/GenAuthIdentitySource.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fss {

class PlanView;

class GenAuthApplyDialog : public QDialog
{
    Q_OBJECT

public:
    // The client must carry the endpoints and the pool's ID and secret.
    GenAuthApplyDialog(GenAuthClient *client, const IdentitySourceSpec &spec, QWidget *parent = nullptr);

    IdentitySourceSpec spec() const;
    const ApplyResult &result() const { return m_result; }
    bool succeeded() const { return m_done && m_result.ok(); }

private:
    void showPlan();
    void send();
    void showResult(const ApplyResult &result);

    GenAuthClient *m_client;
    IdentitySourceSpec m_spec;
    GenAuthIdentitySource *m_source = nullptr;
    ApplyResult m_result;
    bool m_done = false;

    QLineEdit *m_displayName;
    QLineEdit *m_appIdKey;
    QLineEdit *m_appSecretKey;
    PlanView *m_plan;
    QLabel *m_status;
    QPushButton *m_send;
    QDialogButtonBox *m_buttons;
};

} // namespace fss
