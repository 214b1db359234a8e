// "Go to the login test", beside Back and Next: offered on steps 3 to 6 once
// a check found nothing left before the login test but an administrator's
// approval (the wizard's CustomButton1).
#pragma once

#include <QObject>

#include <functional>

class QWizard;

namespace fss {

class SetupSession;

class LoginShortcut : public QObject
{
    Q_OBJECT

public:
    // `go` goes there (the wizard's own navigation).
    LoginShortcut(QWizard *wizard, const SetupSession *session, std::function<void()> go);

private:
    void offer();

    QWizard *m_wizard;
    const SetupSession *m_session;
};

} // namespace fss
