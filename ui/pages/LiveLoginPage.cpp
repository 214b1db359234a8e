#include "LiveLoginPage.h"
#include "Tones.h"

#include "CheckResultsView.h"
#include "FieldEdit.h"
#include "FlowLayout.h"
#include "SetupWizard.h"
#include "core/setup/LiveLogin.h"
#include "core/setup/ProfileMapping.h"

#include "browser/LoginBrowserFactory.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fss {

bool LiveLoginPage::embeddedBrowser()
{
#ifdef FSS_WITH_WEBENGINE
    return true;
#else
    return false;
#endif
}

LiveLoginPage::LiveLoginPage(QWidget *parent)
    : WizardPage(parent)
{
    setTitle(stepTitle(Step::TestLogin));
    setSubTitle(tr("Sign in with Feishu as your users will."));
}

void LiveLoginPage::build()
{
    // Created in the order they are shown, which is the order Tab walks.
    QLayout *modeRow = buildModes();
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    QLayout *controls = buildControls();
    m_keepSession = new QCheckBox(tr("&Keep me signed in between tests"), this);
    m_keepSession->setObjectName(QStringLiteral("keepSession"));
    m_keepSession->setVisible(embeddedBrowser());
    m_browserArea = new QWidget(this);
    m_browserArea->setLayout(new QVBoxLayout);
    m_browserArea->layout()->setContentsMargins(0, 0, 0, 0);
    m_browserArea->setMinimumHeight(embeddedBrowser() ? 280 : 0);
    buildResults();

    // What the two modes do (the header's subtitle has room for one line).
    auto modesText = new QLabel(tr("Feishu only: the wizard catches the redirect to GenAuth before it leaves this computer and shows "
                               "the fields GenAuth will receive. Through GenAuth: the whole chain, up to your GenAuth application."),
                            this);
    modesText->setObjectName(QStringLiteral("loginModes"));
    modesText->setWordWrap(true);
    auto layout = new QVBoxLayout(contentWidget());
    layout->addWidget(modesText);
    layout->addLayout(modeRow);
    layout->addWidget(m_genAuthSettings);
    layout->addWidget(m_intro);
    layout->addLayout(controls);
    layout->addWidget(m_keepSession); // a row of its own: the one above is full
    layout->addWidget(m_status);
    layout->addWidget(m_browserArea, 1);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_findings);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    registerField(Field::GenAuthAppHost, m_authAddress, "value", SIGNAL(valueChanged()));
    registerField(Field::OidcCallback, m_callback, "value", SIGNAL(valueChanged()));
    connectControls();
}

QLayout *LiveLoginPage::buildModes()
{
    m_feishuMode = new QRadioButton(tr("&Feishu only (nothing reaches GenAuth)"), this);
    m_genAuthMode = new QRadioButton(tr("Through &GenAuth, end to end"), this);
    auto modes = new QButtonGroup(this);
    modes->addButton(m_feishuMode);
    modes->addButton(m_genAuthMode);
    m_feishuMode->setChecked(true);
    m_feishuMode->setObjectName(QStringLiteral("feishuOnly"));
    m_genAuthMode->setObjectName(QStringLiteral("throughGenAuth"));

    m_genAuthSettings = new QGroupBox(tr("GenAuth application"), this);
    m_authAddress = new FieldEdit(tr("Authentication address"), FieldRules::authAddress, this);
    m_authAddress->setObjectName(QStringLiteral("genAuthAppHost"));
    m_authAddress->setPlaceholderText(QStringLiteral("https://your-app.genauth.ai"));
    m_callback = new FieldEdit(tr("Login callback URL"), FieldRules::callbackUrl, this);
    m_callback->setObjectName(QStringLiteral("oidcCallback"));
    m_callback->setValue(QLatin1String(SetupProfile::defaultOidcCallback));
    m_genAuthApp = new QLabel(this);
    m_genAuthApp->setWordWrap(true);
    auto settings = new QFormLayout(m_genAuthSettings);
    const auto addRow = [&](const QString &label, QWidget *edit) {
        auto l = new QLabel(label, this);
        l->setBuddy(edit);
        settings->addRow(l, edit);
    };
    addRow(tr("Au&thentication address:"), m_authAddress);
    addRow(tr("Login call&back URL:"), m_callback);
    settings->addRow(m_genAuthApp);
    m_genAuthSettings->setVisible(false);

    // A row that wraps rather than widens the page at a large text size.
    auto modeRow = new FlowLayout;
    modeRow->addWidget(m_feishuMode);
    modeRow->addWidget(m_genAuthMode);
    return modeRow;
}

QLayout *LiveLoginPage::buildControls()
{
    m_start = new QPushButton(tr("&Start the login test"), this);
    m_start->setObjectName(QStringLiteral("startLogin"));
    m_signInAgain = new QPushButton(tr("Sign in as someone &else"), this);
    m_signInAgain->setObjectName(QStringLiteral("signInAgain"));
    m_signInAgain->setToolTip(tr("Forgets the session of the test browser, then starts again."));
    m_signInAgain->setVisible(embeddedBrowser());
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("loginTimeout"));
    m_timeout->setRange(5, 900);
    m_timeout->setValue(120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("How long to wait for the login"));

    // A row that wraps rather than widens the page at a large text size.
    auto controls = new FlowLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_signInAgain);
    auto waitLabel = new QLabel(tr("&Wait up to:"), this);
    waitLabel->setBuddy(m_timeout);
    auto wait = new QHBoxLayout;
    wait->addWidget(waitLabel);
    wait->addWidget(m_timeout);
    controls->addLayout(wait);
    return controls;
}

void LiveLoginPage::buildResults()
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_status->setAccessibleName(tr("Login test result"));
    m_fields = new QTreeWidget(this);
    m_fields->setObjectName(QStringLiteral("loginFields"));
    m_fields->setRootIsDecorated(false);
    m_fields->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->setAccessibleName(tr("User fields received"));
    m_fields->hide();
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("loginFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings->setAccessibleName(tr("What the result means"));
    m_findings->hide();
    m_copy = new QPushButton(tr("&Copy report"), this);
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_copy->setEnabled(false);
}

void LiveLoginPage::connectControls()
{
    connect(m_genAuthMode, &QRadioButton::toggled, this, [this](bool genAuth) {
        m_genAuthSettings->setVisible(genAuth);
        showIntro();
    });
    connect(m_callback, &FieldEdit::valueChanged, this, &LiveLoginPage::showIntro);
    connect(m_start, &QPushButton::clicked, this, &LiveLoginPage::startTest);
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        if (m_browser)
            m_browser->clearSession();
        startTest();
    });
    connect(m_keepSession, &QCheckBox::toggled, this, [this](bool keep) {
        if (m_browser)
            m_browser->setKeepSession(keep);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_report); });
}

LiveLoginPage::~LiveLoginPage()
{
    // The browser calls back into this page; it goes first.
    if (m_browser)
        delete m_browser->widget();
}

void LiveLoginPage::initializePage()
{
    const QString appId = session()->profile().genAuthAppId;
    m_genAuthApp->setText(appId.isEmpty() ? tr("GenAuth application ID: none yet; enter it in Step 2.")
                                          : tr("GenAuth application ID (Step 2): %1").arg(appId));
    showIntro();
}

void LiveLoginPage::showIntro()
{
    if (!session())
        return;
    if (m_genAuthMode->isChecked()) {
        m_intro->setText(tr("The login starts at the GenAuth application, which sends you to Feishu and back, then to %1. Register "
                            "that URL in the application's Login Callback URLs (GenAuth console → Applications → your application "
                            "→ Authentication Configuration); %2")
                             .arg(m_callback->value(), embeddedBrowser() ? tr("the embedded browser catches it, so nothing needs to "
                                                                              "listen there.")
                                                                         : tr("this computer listens there for it.")));
        return;
    }
    const QString url = ProfileMapping::redirectUrl(session()->profile()).toString();
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

void LiveLoginPage::cleanupPage()
{
    if (m_test)
        m_test->cancel();
}

void LiveLoginPage::setStatus(const QString &html, bool problem)
{
    m_status->setText(html);
    m_status->setStyleSheet(problem ? toneStyle(Tone::Problem) : QString());
}

bool LiveLoginPage::ensureBrowser()
{
#ifdef FSS_WITH_WEBENGINE
    if (!m_browser && m_browserUnavailable.isEmpty()) {
        QString why;
        if (LoginBrowserFactory *factory = loginBrowserFactory(&why)) {
            m_browser = factory->create(m_browserArea);
            m_browser->setKeepSession(m_keepSession->isChecked());
            m_browserArea->layout()->addWidget(m_browser->widget());
            m_browser->setCallbackMatcher([this](const QUrl &url) { return m_test && m_test->isCallback(url); });
            m_browser->setOnCallback([this](const QUrl &url) { m_test->handleCallback(url); });
            m_browser->setOnPageText([this](const QString &text) { m_test->handlePageText(text); });
        } else {
            m_browserUnavailable = why;
        }
    }
#endif
    return m_browser != nullptr;
}

void LiveLoginPage::startTest()
{
    if (!m_test) {
        m_test = new LiveLogin(session(), this);
        connect(m_test, &LiveLogin::failedToStart, this, [this](const QString &message) { setStatus(message, true); });
        connect(m_test, &LiveLogin::openUrl, this, &LiveLoginPage::openInBrowser);
        connect(m_test, &LiveLogin::finished, this, &LiveLoginPage::showOutcome);
    }
    m_fields->hide();
    m_findings->hide();
    m_copy->setEnabled(false);
    const LiveLogin::Mode mode = m_genAuthMode->isChecked() ? LiveLogin::Mode::GenAuth : LiveLogin::Mode::Feishu;
    const bool embedded = ensureBrowser();
    if (mode == LiveLogin::Mode::GenAuth)
        setStatus(tr("Asking GenAuth for its OpenID Connect endpoints…"), false);
    m_test->start(mode, embedded ? LiveLogin::Route::Embedded : LiveLogin::Route::SystemBrowser,
                  std::chrono::seconds(m_timeout->value()));
}

void LiveLoginPage::openInBrowser(const QUrl &url)
{
    const bool genAuth = m_test->mode() == LiveLogin::Mode::GenAuth;
    if (m_browser) {
        m_browserArea->show();
        setStatus(genAuth ? tr("Sign in on the GenAuth page below, then with Feishu…") : tr("Sign in on the Feishu page below…"), false);
        m_browser->open(url);
        return;
    }
    const QString redirect = m_test->loopbackRedirectUri().toHtmlEscaped();
    const QString again = url.toString(QUrl::FullyEncoded).toHtmlEscaped();
    QString text = genAuth ? tr("Sign in in your browser (it has just opened); the login comes back to %1.<br><a href=\"%2\">Open the "
                                "login page again</a>")
                                 .arg(redirect, again)
                           : tr("Register this extra redirect URL in Security Settings → Redirect URLs, then sign in in your "
                                "browser (it has just opened):<br><b>%1</b><br><a href=\"%2\">Open the login page again</a>")
                                 .arg(redirect, again);
    if (!m_browserUnavailable.isEmpty())
        text.prepend(tr("The embedded browser could not be loaded (%1).").arg(m_browserUnavailable.toHtmlEscaped()) + QStringLiteral("<br>"));
    setStatus(text, false);
    QDesktopServices::openUrl(url);
}

void LiveLoginPage::showOutcome(const LiveLoginOutcome &outcome)
{
    m_report = outcome.report;
    m_copy->setEnabled(true);
    if (!outcome.ok()) {
        CheckResult r;
        r.fail(outcome.error);
        setStatus(checkResultHtml(r, this), false);
        return;
    }
    m_browserArea->hide();
    m_fields->clear();
    m_fields->setColumnCount(int(outcome.columns.size()));
    m_fields->setHeaderLabels(outcome.columns);
    for (const LiveLoginRow &row : outcome.rows) {
        auto item = new QTreeWidgetItem(m_fields, row.cells);
        item->setData(0, Qt::UserRole, row.key);
        if (row.problem)
            item->setForeground(int(row.cells.size()) - 1, toneColor(Tone::Problem, m_fields->palette()));
    }
    m_fields->show();
    QStringList findings;
    for (const LoginFinding &f : outcome.findings) {
        const QString text = f.text.toHtmlEscaped();
        findings.append(f.problem ? QStringLiteral("<li style=\"%1\">%2</li>").arg(toneStyle(Tone::Problem), text)
                                  : QStringLiteral("<li>%1</li>").arg(text));
    }
    m_findings->setText(QStringLiteral("<ul style=\"margin-left:0\">%1</ul>").arg(findings.join(QString())));
    m_findings->setVisible(!findings.isEmpty());
    if (outcome.askAnotherPerson && m_signInAgain->isVisible())
        m_signInAgain->setFocus();
    if (m_test->mode() == LiveLogin::Mode::GenAuth) {
        setStatus(tr("<b>The whole chain works:</b> GenAuth signed you in with Feishu and issued a valid ID token (issuer %1, RS256 "
                     "signature checked). These are its claims.")
                      .arg(outcome.issuer.toHtmlEscaped()),
                  false);
    } else if (outcome.suspicious) {
        setStatus(tr("<b>The login works</b>, but %n of the fields did not arrive although their permission looks granted.", nullptr,
                     outcome.suspicious),
                  false);
    } else {
        setStatus(tr("<b>The login works.</b> These are the fields GenAuth will receive from Feishu."), false);
    }
}

} // namespace fss
