// Rotate the App Secret: the plan, prepared while the old secret still works;
// a button to Credentials & Basic Info, where the operator resets it; a
// field for the new one; then what Feishu, GenAuth and the keychain each
// hold, how long GenAuth kept the old secret after the paste, and a retry
// that goes on from where a failure stopped. The work is SecretRotation's;
// this dialog only binds it to widgets.
#pragma once

#include "core/setup/SecretRotation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fss {

class PlanView;

class RotateSecretDialog : public QDialog
{
    Q_OBJECT

public:
    // Prepares `rotation` at once; the dialog owns it from then on.
    explicit RotateSecretDialog(SecretRotation *rotation, QWidget *parent = nullptr);

    const SecretRotationResult &result() const { return m_rotation->result(); }

signals:
    // Feishu, GenAuth and the keychain hold the new secret.
    void rotated();

private:
    void prepared(const SecretRotationResult &result);
    void rotate();
    void finished(const SecretRotationResult &result);
    void showFailure(const ApiError &error);

    SecretRotation *m_rotation;
    QLabel *m_steps;
    QPushButton *m_openConsole;
    QLineEdit *m_secret;
    QPushButton *m_rotate;
    QPushButton *m_retry;
    PlanView *m_plan;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_ready = false;
};

} // namespace fss
