#include "TestLoginPage.h"

#include "CheckResultView.h"
#include "SetupWizard.h"
#include "core/LoopbackReceiver.h"

#include "LoginBrowserApi.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fss {

bool TestLoginPage::embeddedBrowser()
{
#ifdef FSS_WITH_WEBENGINE
    return true;
#else
    return false;
#endif
}

TestLoginPage::TestLoginPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Test the login"));
    setSubTitle(tr("Sign in with Feishu as GenAuth will make your users do. The wizard catches the redirect to the GenAuth "
                   "callback before it leaves this computer, and shows which user fields GenAuth will receive."));
}

void TestLoginPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    m_browserArea = new QWidget(this);
    m_intro = new QLabel(this);
    m_status = new QLabel(this);
    m_start = new QPushButton(tr("&Start the login test"), this);
    m_signInAgain = new QPushButton(tr("Sign in as someone &else"), this);
    m_keepSession = new QCheckBox(tr("&Keep me signed in between tests"), this);
    m_timeout = new QSpinBox(this);
    m_fields = new QTreeWidget(this);
    m_copy = new QPushButton(tr("&Copy report"), this);

    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_status->setAccessibleName(tr("Login test result"));
    m_start->setObjectName(QStringLiteral("startLogin"));
    m_signInAgain->setObjectName(QStringLiteral("signInAgain"));
    m_signInAgain->setToolTip(tr("Forgets the Feishu session of the test browser, then starts again."));
    m_keepSession->setObjectName(QStringLiteral("keepSession"));
    m_keepSession->setVisible(embeddedBrowser());
    m_signInAgain->setVisible(embeddedBrowser());
    m_timeout->setObjectName(QStringLiteral("loginTimeout"));
    m_timeout->setRange(5, 900);
    m_timeout->setValue(120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("How long to wait for the login"));
    m_fields->setObjectName(QStringLiteral("loginFields"));
    m_fields->setColumnCount(4);
    m_fields->setHeaderLabels({tr("Field"), tr("Received"), tr("Permission it needs"), tr("Note")});
    m_fields->setRootIsDecorated(false);
    m_fields->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->setAccessibleName(tr("User fields received"));
    m_fields->hide();
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_copy->setEnabled(false);
    m_browserArea->setLayout(new QVBoxLayout);
    m_browserArea->layout()->setContentsMargins(0, 0, 0, 0);
    m_browserArea->setMinimumHeight(embeddedBrowser() ? 280 : 0);

    auto controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_signInAgain);
    controls->addWidget(m_keepSession);
    controls->addStretch();
    auto waitLabel = new QLabel(tr("&Wait up to:"), this);
    waitLabel->setBuddy(m_timeout);
    controls->addWidget(waitLabel);
    controls->addWidget(m_timeout);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_browserArea, 1);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    connect(m_start, &QPushButton::clicked, this, &TestLoginPage::startTest);
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        if (m_browser)
            m_browser->clearSession();
        startTest();
    });
    connect(m_keepSession, &QCheckBox::toggled, this, [this](bool keep) {
        if (m_browser)
            m_browser->setKeepSession(keep);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_last.redactedReport()); });
}

TestLoginPage::~TestLoginPage()
{
    // The browser calls back into this page; it goes first.
    if (m_browser)
        delete m_browser->widget();
}

SetupWizard *TestLoginPage::setupWizard() const { return qobject_cast<SetupWizard *>(wizard()); }

void TestLoginPage::initializePage()
{
    const QString url = redirectUrl(setupWizard()->profile()).toString();
    if (embeddedBrowser()) {
        m_intro->setText(tr("The login goes to the redirect URL registered in Step 4:\n%1\nNothing is sent to GenAuth, "
                            "so this test needs no other redirect URL.")
                             .arg(url));
    } else {
        m_intro->setText(tr("This build has no embedded browser: the login opens in your browser and comes back to this "
                            "computer. Click Start to see the extra redirect URL to register in Security Settings for this "
                            "test; GenAuth's redirect URL (%1) stays as it is.")
                             .arg(url));
    }
}

void TestLoginPage::cleanupPage()
{
    if (m_probe)
        m_probe->cancel();
    if (m_receiver)
        m_receiver->stop();
}

void TestLoginPage::setStatus(const QString &html, bool problem)
{
    m_status->setText(html);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void TestLoginPage::startTest()
{
    // The client takes the credentials on the pages now.
    FeishuClient *client = setupWizard()->feishu();
    if (!m_probe) {
        m_probe = new LoginProbe(client, this);
        connect(m_probe, &LoginProbe::finished, this, &TestLoginPage::showResult);
    }
    m_probe->setTimeout(std::chrono::seconds(m_timeout->value()));
    m_fields->hide();
    m_copy->setEnabled(false);

#ifdef FSS_WITH_WEBENGINE
    if (!m_browser && m_browserUnavailable.isEmpty()) {
        QString why;
        if (LoginBrowserFactory *factory = loginBrowserFactory(&why)) {
            m_browser = factory->create(m_browserArea);
            m_browser->setKeepSession(m_keepSession->isChecked());
            m_browserArea->layout()->addWidget(m_browser->widget());
            m_browser->setCallbackMatcher([this](const QUrl &url) { return m_probe && m_probe->isCallback(url); });
            m_browser->setOnCallback([this](const QUrl &url) { m_probe->handleCallback(url); });
            m_browser->setOnPageText([this](const QString &text) { m_probe->handlePageText(text); });
        } else {
            m_browserUnavailable = why;
        }
    }
#endif
    if (m_browser)
        startEmbedded();
    else
        startInSystemBrowser();
}

void TestLoginPage::startEmbedded()
{
    m_probe->setRedirectUri(redirectUrl(setupWizard()->profile()).toString(QUrl::FullyEncoded));
    m_browserArea->show();
    const QUrl authorize = m_probe->start();
    setStatus(tr("Sign in on the Feishu page below…"), false);
    m_browser->open(authorize);
}

void TestLoginPage::startInSystemBrowser()
{
    if (!m_receiver) {
        m_receiver = new LoopbackReceiver(this);
        connect(m_receiver, &LoopbackReceiver::callbackReceived, m_probe, &LoginProbe::handleCallback);
    }
    m_receiver->stop();
    if (!m_receiver->start()) {
        setStatus(tr("Cannot listen on 127.0.0.1 for the login callback."), true);
        return;
    }
    m_probe->setRedirectUri(m_receiver->redirectUri());
    const QUrl authorize = m_probe->start();
    m_receiver->setExpectedState(m_probe->state());
    QString text = tr("Register this extra redirect URL in Security Settings → Redirect URLs, then sign in in your browser "
                      "(it has just opened):<br><b>%1</b><br><a href=\"%2\">Open the login page again</a>")
                       .arg(m_receiver->redirectUri().toHtmlEscaped(), authorize.toString(QUrl::FullyEncoded).toHtmlEscaped());
    if (!m_browserUnavailable.isEmpty())
        text.prepend(tr("The embedded browser could not be loaded (%1).").arg(m_browserUnavailable.toHtmlEscaped()) + QStringLiteral("<br>"));
    setStatus(text, false);
    QDesktopServices::openUrl(authorize);
}

void TestLoginPage::showResult(const LoginResult &result)
{
    m_last = result;
    m_copy->setEnabled(true);
    if (m_receiver)
        m_receiver->stop();
    if (!result.ok()) {
        CheckResult r;
        r.fail(result.error);
        setStatus(checkResultHtml(r), false);
        return;
    }
    m_browserArea->hide();
    m_fields->clear();
    int suspicious = 0;
    for (const LoginField &f : result.fields) {
        auto item = new QTreeWidgetItem(m_fields);
        item->setText(0, f.label);
        item->setText(1, f.received() ? f.value : tr("—"));
        item->setText(2, f.scope.isEmpty() ? tr("none") : f.scope);
        QString note;
        if (f.suspicious()) {
            note = tr("not received although the permission looks granted: release a version with it (Step 5, 6)");
            item->setForeground(3, QColor(0xc6, 0x28, 0x28));
            ++suspicious;
        } else if (!f.received() && !f.scope.isEmpty()) {
            note = tr("missing: permission not granted");
            item->setForeground(3, QColor(0xc6, 0x28, 0x28));
        }
        item->setText(3, note);
        item->setData(0, Qt::UserRole, f.key);
    }
    m_fields->show();
    setStatus(suspicious ? tr("<b>The login works</b>, but %1 field(s) did not arrive although their permission looks granted.").arg(suspicious)
                         : tr("<b>The login works.</b> These are the fields GenAuth will receive from Feishu."),
              false);
}

} // namespace fss
