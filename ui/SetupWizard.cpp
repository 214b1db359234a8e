#include "SetupWizard.h"

#include "LoginShortcut.h"
#include "SandboxBanner.h"
#include "StepList.h"
#include "StepPage.h"
#include "WizardHeaderFit.h"
#include "WizardPage.h"
#include "core/setup/SetupSession.h"
#include "core/transport/Logging.h"
#include "pages/CreateAppPage.h"
#include "pages/CredentialsPage.h"
#include "pages/PermissionsPage.h"
#include "pages/PublishPage.h"
#include "pages/RedirectUrlPage.h"
#include "pages/SummaryPage.h"
#include "pages/LiveLoginPage.h"
#include "pages/WebAppPage.h"
#include "pages/WelcomePage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTimer>

namespace fss {

SetupWizard::SetupWizard(ProfileStore store, const QString &profileName, QWidget *parent)
    : QWizard(parent)
    , m_session(new SetupSession(this))
{
    m_session->setStore(std::move(store));
    setWindowTitle(tr("Feishu SSO Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButton, false);
    setMinimumSize(820, 640);

    setPage(int(Step::Welcome), new WelcomePage(profileName));
    setPage(int(Step::CreateApp), new CreateAppPage);
    setPage(int(Step::Credentials), new CredentialsPage);
    setPage(int(Step::WebPage), new WebAppPage);
    setPage(int(Step::RedirectUrl), new RedirectUrlPage);
    setPage(int(Step::Permissions), new PermissionsPage);
    setPage(int(Step::Publish), new PublishPage);
    setPage(int(Step::TestLogin), new LiveLoginPage);
    setPage(int(Step::Summary), new SummaryPage);
    setStartId(int(Step::Welcome));
    forEachPage<WizardPage>([](WizardPage *p) { p->bindFields(); });

    // Where each step stands, beside the pages, from every check's verdicts.
    m_stepList = new StepList(m_session, this);
    setSideWidget(m_stepList);

    new LoginShortcut(this, m_session, [this] { goToLoginTest(); });
    new WizardHeaderFit(this);
    connect(m_session, &SetupSession::prefillUsed, this, &SetupWizard::showPrefill);
    connect(m_session, &SetupSession::saveFailed, this, &SetupWizard::progressSaveFailed);
    // A step clicked in the list: the operator takes over from the resume.
    connect(m_stepList, &StepList::stepClicked, this, [this] { m_resumeTarget = -1; });
    m_stepList->follow(this);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // While resuming, the profile keeps the step it was left at.
        if (id > int(Step::Welcome) && id >= m_resumeTarget) {
            const QString error = saveProgress();
            if (!error.isEmpty())
                emit progressSaveFailed(error);
        }
        if (QWizardPage *p = currentPage())
            connect(p, &QWizardPage::completeChanged, this, &SetupWizard::continueResume, Qt::UniqueConnection);
        QTimer::singleShot(0, this, &SetupWizard::continueResume);
    });
    // Going back means the operator takes over from the resume.
    connect(button(QWizard::BackButton), &QAbstractButton::clicked, this, [this] { m_resumeTarget = -1; });
    connect(this, &SetupWizard::progressSaveFailed, this, [this](const QString &error) {
        auto box = new QMessageBox(QMessageBox::Warning, tr("Progress not saved"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void SetupWizard::goToLoginTest()
{
    m_resumeTarget = -1;
    m_skippingToLogin = true;
    next();
    m_skippingToLogin = false;
}

int SetupWizard::nextId() const
{
    if (m_skippingToLogin && currentId() >= int(Step::WebPage) && currentId() < int(Step::TestLogin))
        return int(Step::TestLogin);
    return QWizard::nextId();
}

void SetupWizard::ensurePagesBuilt()
{
    forEachPage<WizardPage>([](WizardPage *p) { p->ensureBuilt(); });
}

void SetupWizard::initializePage(int id)
{
    if (auto p = qobject_cast<WizardPage *>(page(id)))
        p->ensureBuilt();
    QWizard::initializePage(id);
    if (id == int(Step::CreateApp)) {
        if (auto credentials = qobject_cast<CredentialsPage *>(page(int(Step::Credentials))))
            credentials->verifyUnasked();
    }
}

void SetupWizard::openProfile(const QString &name, std::function<void(const QString &)> done)
{
    ensurePagesBuilt();
    const bool saved = m_session->store().contains(name);
    // Without a keychain the profile still opens; the Credentials page says
    // what is wrong and the resume stops there.
    if (!m_session->open(name, std::move(done)))
        return;
    const Step last = m_session->profile().lastStep;
    m_resumeTarget = saved && last > Step::Welcome ? int(last) : -1;
}

QString SetupWizard::saveProgress()
{
    if (currentId() >= 0)
        m_session->setLastStep(Step(currentId()));
    return m_session->save();
}

void SetupWizard::continueResume()
{
    if (m_resumeTarget < 0)
        return;
    QWizardPage *page = currentPage();
    if (!page || currentId() >= m_resumeTarget) {
        m_resumeTarget = -1; // arrived
        return;
    }
    if (!page->isComplete()) {
        // A page still waiting for the keychain will say when it is done;
        // any other incomplete page is for the operator to finish.
        auto p = qobject_cast<WizardPage *>(page);
        if (!p || !p->isBusy())
            m_resumeTarget = -1;
        return;
    }
    next();
}

void SetupWizard::showPrefill()
{
    ensurePagesBuilt();
    setWindowTitle(tr("Feishu SSO Setup — sandbox"));
    m_stepList->addNote(new SandboxBanner(*m_session->prefill(), this));
}

WelcomeChoices SetupWizard::welcomeChoices() const
{
    return {true, fieldValue(Field::ProfileName).toString(), fieldValue(Field::Lark).toBool(), fieldValue(Field::Cloud).toInt(),
            fieldValue(Field::CustomHost).toString(), fieldValue(Field::FeishuApi).toString(),
            fieldValue(Field::TrustedCertificates).toStringList()};
}

void SetupWizard::setWelcomeChoices(const WelcomeChoices &c)
{
    if (!c.carried)
        return;
    // The profile name last: choosing it opens the profile.
    const QList<std::pair<Field, QVariant>> values{{Field::Lark, c.lark},           {Field::Cloud, c.cloud},
                                                   {Field::CustomHost, c.customHost}, {Field::FeishuApi, c.feishuApi},
                                                   {Field::TrustedCertificates, c.trustedCertificates},
                                                   {Field::ProfileName, c.profileName}};
    for (const auto &[f, value] : values)
        setFieldValue(f, value);
}

void SetupWizard::runLiveChecks()
{
    ensurePagesBuilt();
    forEachPage<StepPage>([](StepPage *step) { step->runLiveCheck(); });
}

void SetupWizard::done(int result)
{
    const QString error = saveProgress();
    if (!error.isEmpty())
        qCWarning(lcWizard) << "could not save on close:" << error;
    // The secrets are in the keychain; the copies the wizard held go now.
    m_session->forgetSecrets();
    if (isBuilt(page(int(Step::Credentials)))) {
        setFieldValue(Field::AppSecret, QString());
        setFieldValue(Field::UserPoolSecret, QString());
    }
    QWizard::done(result);
}

} // namespace fss
