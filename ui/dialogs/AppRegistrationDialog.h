// "Create it by one scan": Feishu's app registration in a dialog. It says
// what the registration creates (an app from Feishu's agent template) before
// anything starts, pre-fills the name (editable; a description only when
// typed, to keep the link short), shows the link as a QR code of at least
// 300 logical pixels and an Open in the browser button with the time left,
// and on success hands the new app to the session (App Secret into the
// keychain first), then reads its scopes and says which of the requested
// permissions really arrived. The work is AppRegistration's.
#pragma once

#include "core/feishu/AppRegistration.h"
#include "core/feishu/FeishuAppSetup.h"
#include "core/feishu/QrCode.h"

#include <QDialog>
#include <QPixmap>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace fss {

class SetupSession;

class AppRegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AppRegistrationDialog(SetupSession *session, QWidget *parent = nullptr);

    bool created() const { return !m_appId.isEmpty(); }

signals:
    // The operator asked to go on with Set it up in Feishu for me.
    void continueInFeishu();
    // Feishu does not let the wizard configure the app: the operator goes
    // on with steps 3 to 6 in the console.
    void continueInConsole();

private:
    void start();
    void showLink(const RegistrationLink &link);
    void finished(const RegistrationOutcome &outcome);
    void showArrived(const ArrivedScopes &arrived);
    // The path steps 3 to 6 take, once Feishu said (ConfigureAccess).
    void showPath(const ConfigureAccess &access);
    void tick();

    SetupSession *m_session;
    AppRegistration *m_registration;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_qr;
    QScrollArea *m_qrArea = nullptr;
    static constexpr int kQrSide = 300; // logical pixels, at least
    QLabel *m_timeLeft;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_open;
    QPushButton *m_continue;
    QTimer m_clock;
    RegistrationLink m_link;
    QString m_appId;
    QString m_arrivedText;
    std::optional<ConfigureAccess> m_access;
};

// The QR code as an image at least `minimumSide` logical pixels wide, drawn
// at the screen's pixel density with whole device pixels per module (crisp),
// never fewer than four, and a quiet zone of four modules: what a phone
// camera at arm's length reads off a monitor.
QPixmap qrPixmap(const QrCode &code, int minimumSide, qreal devicePixelRatio);

} // namespace fss
