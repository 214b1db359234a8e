// "Set it up in Feishu for me": reads the app, lists every request it will
// send to Feishu (method, address, body; nothing secret), each marked when it
// is sent, then sends them and says what came of each. The work is
// FeishuAppSetup's; this dialog only binds it to widgets. When the app may
// not change itself yet, it says which two permissions to grant, opens
// Feishu's page for them, and checks again when the operator comes back.
#pragma once

#include "core/feishu/FeishuAppSetup.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fss {

class PlanView;

class FeishuSetupDialog : public QDialog
{
    Q_OBJECT

public:
    // The client must carry the endpoints and the app's credentials.
    FeishuSetupDialog(FeishuClient *client, const FeishuAppSpec &spec, Platform platform, QWidget *parent = nullptr);

    const FeishuSetupResult &result() const { return m_result; }
    // Who the operator chose to make the app available to.
    const AvailabilityIntent &availability() const { return m_spec.availability; }
    bool succeeded() const { return m_done && m_result.ok(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void readPlan();
    void showPlan(const FeishuAppState &state, const QList<FeishuChange> &changes);
    void send();
    void showResult(const FeishuSetupResult &result);
    void fillRows(const QList<FeishuChange> &changes);
    void askAdministrators();
    // The audience changed: plan again with it.
    void audienceChanged();
    void connectSetup();

    FeishuClient *m_client;
    FeishuAppSpec m_spec;
    Platform m_platform;
    FeishuAppSetup *m_setup;
    FeishuSetupResult m_result;
    bool m_done = false;
    bool m_waitingForGrant = false; // the operator went to grant the two permissions

    QLabel *m_intro;
    QLabel *m_prerequisite;
    QPushButton *m_grant;
    QPushButton *m_recheck;
    QLineEdit *m_version;
    QComboBox *m_audience;       // everyone, or these departments
    QLineEdit *m_departments;    // open department ids, comma-separated
    PlanView *m_plan;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_askAdmins; // v6 scopes/apply, when permissions wait for review
    QDialogButtonBox *m_buttons;
};

} // namespace fss
