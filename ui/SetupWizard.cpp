#include "SetupWizard.h"

#include "SandboxBanner.h"
#include "StepList.h"
#include "StepPage.h"
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
#include <QEvent>
#include <QLabel>
#include <QLayout>
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
    // After the pages took a verdict or a tick in (queued: they hear the
    // same signals), which steps stand on the operator's word alone.
    connect(m_session, &SetupSession::tickedChanged, this, &SetupWizard::showOperatorTicks, Qt::QueuedConnection);
    connect(m_session, &SetupSession::checkResult, this, &SetupWizard::showOperatorTicks, Qt::QueuedConnection);

    setButtonText(QWizard::CustomButton1, tr("Go to the &login test"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("goToLoginTest"));
    button(QWizard::CustomButton1)->setToolTip(tr("Every step up to the login test is done or waits only for an "
                                                  "administrator's approval."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            goToLoginTest();
    });
    connect(m_session, &SetupSession::progressChanged, this, &SetupWizard::offerLoginTest);

    m_fitHeader = new QTimer(this);
    m_fitHeader->setSingleShot(true);
    m_fitHeader->setInterval(0);
    connect(m_fitHeader, &QTimer::timeout, this, &SetupWizard::fitHeader);
    connect(this, &QWizard::currentIdChanged, m_fitHeader, qOverload<>(&QTimer::start));
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::offerLoginTest);
    connect(m_session, &SetupSession::prefillUsed, this, &SetupWizard::showPrefill);
    connect(m_session, &SetupSession::saveFailed, this, &SetupWizard::progressSaveFailed);
    connect(m_stepList, &StepList::stepClicked, this, [this](Step step) {
        // Back, page by page, as the Back button goes: each page cleans up.
        m_resumeTarget = -1;
        while (currentId() > int(step) && visitedIds().contains(int(step)))
            back();
    });
    connect(this, &QWizard::currentIdChanged, m_stepList, [this](int id) {
        if (id < 0)
            return;
        m_stepList->setCurrent(Step(id));
        QList<int> earlier;
        for (int visited : visitedIds()) {
            if (visited < id)
                earlier.append(visited);
        }
        m_stepList->setReachable(earlier);
    });

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

void SetupWizard::showOperatorTicks()
{
    QSet<int> ticked;
    forEachPage<StepPage>([&](const StepPage *p) {
        if (p->allTicked())
            ticked.insert(int(p->step()));
    });
    m_stepList->setTickedByOperator(ticked);
}

void SetupWizard::offerLoginTest()
{
    const int id = currentId();
    const bool offered = id >= int(Step::WebPage) && id <= int(Step::Publish) && m_session->progress().onlyApprovalLeftBeforeLogin();
    if (offered != testOption(QWizard::HaveCustomButton1))
        setOption(QWizard::HaveCustomButton1, offered);
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

bool SetupWizard::event(QEvent *event)
{
    const bool done = QWizard::event(event);
    switch (event->type()) {
    case QEvent::LayoutRequest: // QWizard set the header up again (a page, a font)
    case QEvent::Resize:
    case QEvent::FontChange:
        if (m_fitHeader)
            m_fitHeader->start();
        break;
    default:
        break;
    }
    return done;
}

void SetupWizard::fitHeader()
{
    const QWizardPage *page = currentPage();
    if (!page || page->subTitle().isEmpty() || !isVisible())
        return;
    // The header's subtitle: the label outside the pages that shows it.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->text() != page->subTitle() || page->isAncestorOf(label) || !label->isVisible())
            continue;
        QWidget *header = label->parentWidget();
        const int needed = label->heightForWidth(label->width());
        if (!header || !header->layout() || needed <= label->height())
            return;
        label->setMinimumHeight(needed);
        header->setMaximumHeight(QWIDGETSIZE_MAX);
        header->setMinimumHeight(header->layout()->totalMinimumSize().height());
        return;
    }
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
    return {true,
            fieldValue(Field::ProfileName).toString(),
            fieldValue(Field::Lark).toBool(),
            fieldValue(Field::Cloud).toInt(),
            fieldValue(Field::CustomHost).toString(),
            fieldValue(Field::FeishuApi).toString(),
            fieldValue(Field::TrustedCertificates).toStringList()};
}

void SetupWizard::setWelcomeChoices(const WelcomeChoices &c)
{
    if (!c.carried)
        return;
    setFieldValue(Field::Lark, c.lark);
    setFieldValue(Field::Cloud, c.cloud);
    setFieldValue(Field::CustomHost, c.customHost);
    setFieldValue(Field::FeishuApi, c.feishuApi);
    setFieldValue(Field::TrustedCertificates, c.trustedCertificates);
    setFieldValue(Field::ProfileName, c.profileName);
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
