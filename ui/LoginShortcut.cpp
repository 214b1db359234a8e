#include "LoginShortcut.h"

#include "core/setup/SetupSession.h"

#include <QAbstractButton>
#include <QWizard>

namespace fss {

LoginShortcut::LoginShortcut(QWizard *wizard, const SetupSession *session, std::function<void()> go)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_session(session)
{
    wizard->setButtonText(QWizard::CustomButton1, tr("Go to the &login test"));
    QAbstractButton *button = wizard->button(QWizard::CustomButton1);
    button->setObjectName(QStringLiteral("goToLoginTest"));
    button->setToolTip(tr("Every step up to the login test is done or waits only for an administrator's approval."));
    connect(wizard, &QWizard::customButtonClicked, this, [go = std::move(go)](int which) {
        if (which == QWizard::CustomButton1)
            go();
    });
    connect(session, &SetupSession::progressChanged, this, &LoginShortcut::offer);
    connect(wizard, &QWizard::currentIdChanged, this, &LoginShortcut::offer);
}

void LoginShortcut::offer()
{
    const int id = m_wizard->currentId();
    const bool offered = id >= int(Step::WebPage) && id <= int(Step::Publish) && m_session->progress().onlyApprovalLeftBeforeLogin();
    if (offered != m_wizard->testOption(QWizard::HaveCustomButton1))
        m_wizard->setOption(QWizard::HaveCustomButton1, offered);
}

} // namespace fss
