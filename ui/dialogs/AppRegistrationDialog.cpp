#include "dialogs/AppRegistrationDialog.h"

#include "CheckResultsView.h"
#include "core/setup/SetupSession.h"
#include "Tones.h"
#include "core/feishu/QrCode.h"
#include "core/setup/SetupSession.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace fss {

QPixmap qrPixmap(const QrCode &code, int minimumSide, qreal devicePixelRatio)
{
    constexpr int quiet = 4;      // modules of light margin, as the QR standard asks
    constexpr int leastScale = 4; // device pixels per module
    const int modules = code.size() + 2 * quiet;
    const int wanted = int(std::ceil(minimumSide * devicePixelRatio / modules));
    const int scale = std::max(leastScale, wanted);
    QImage image(modules * scale, modules * scale, QImage::Format_Mono);
    image.fill(1); // light
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.dark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + quiet) * scale + dx, (y + quiet) * scale + dy, 0);
            }
        }
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

AppRegistrationDialog::AppRegistrationDialog(SetupSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_registration(session->newAppRegistration(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_qr(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(tr("&Show the code"), this))
    , m_open(new QPushButton(tr("&Open in the browser"), this))
    , m_continue(new QPushButton(tr("Set it up in Feishu for &me…"), this))
{
    setWindowTitle(tr("Create the app by one scan"));
    setObjectName(QStringLiteral("appRegistration"));
    auto intro = new QLabel(tr("<p>Feishu creates a new enterprise self-built app when you, or whoever will own it, scan the code "
                               "with the Feishu app (or open the link) and confirm. Its App ID and App Secret come straight to the "
                               "wizard: the secret goes into the keychain and is never shown.</p>"
                               "<p><b>What it creates:</b> an app made from Feishu's agent template, with the bot ability. Feishu may "
                               "not let the wizard configure an app made this way: then you do the web app, the redirect URL, the "
                               "permissions and the release in the developer console, with the wizard's links and checks. An app you "
                               "create in the console is the one the wizard can set up for you; to make one, close this and follow "
                               "the steps on the page.</p>"),
                            this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("registrationIntro"));
    m_name->setObjectName(QStringLiteral("registrationName"));
    m_name->setText(AppRegistration::defaultName(session->profile().name));
    m_name->setMaxLength(64);
    m_description->setObjectName(QStringLiteral("registrationDescription"));
    // Empty unless typed: the link, and so the code, stays as small as it
    // can (Feishu's page asks for the description anyway).
    m_description->setPlaceholderText(tr("optional, e.g. %1").arg(AppRegistration::defaultDescription()));
    auto userHint = new QLabel(tr("Feishu replaces {user} with the name of the person who confirms. Both can still be changed on "
                                  "Feishu's page."),
                               this);
    userHint->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("registrationQr"));
    m_qr->setAccessibleName(tr("QR code of the link that creates the app"));
    m_qr->setAlignment(Qt::AlignCenter);
    // The code at full size, scrolled rather than shrunk on a small screen.
    m_qrArea = new QScrollArea(this);
    m_qrArea->setObjectName(QStringLiteral("registrationQrArea"));
    m_qrArea->setWidget(m_qr);
    m_qrArea->setAlignment(Qt::AlignCenter);
    m_qrArea->setFrameShape(QFrame::NoFrame);
    m_qrArea->setWidgetResizable(true);
    m_qr->setMinimumSize(kQrSide, kQrSide);
    m_timeLeft->setObjectName(QStringLiteral("registrationTimeLeft"));
    m_status->setObjectName(QStringLiteral("registrationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_start->setObjectName(QStringLiteral("startRegistration"));
    m_start->setDefault(true);
    m_open->setObjectName(QStringLiteral("openRegistrationLink"));
    m_open->setEnabled(false);
    m_continue->setObjectName(QStringLiteral("continueInFeishu"));

    auto form = new QFormLayout;
    form->addRow(tr("App &name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), userHint);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    m_continue->hide(); // until the app exists (adding it to the box showed it)
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_qrArea, 1);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &AppRegistrationDialog::start);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_link.url); });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        accept();
        if (m_access && !m_access->byApi())
            emit continueInConsole();
        else
            emit continueInFeishu();
    });
    connect(this, &QDialog::rejected, m_registration, &AppRegistration::cancel);
    connect(m_registration, &AppRegistration::linkReady, this, &AppRegistrationDialog::showLink);
    connect(m_registration, &AppRegistration::finished, this, &AppRegistrationDialog::finished);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &AppRegistrationDialog::tick);
}

void AppRegistrationDialog::start()
{
    m_start->setEnabled(false);
    m_name->setReadOnly(true);
    m_description->setReadOnly(true);
    m_status->setStyleSheet({});
    m_status->setText(tr("Asking Feishu for a link…"));
    m_registration->setApp(m_name->text(), m_description->text());
    m_registration->start();
}

void AppRegistrationDialog::showLink(const RegistrationLink &link)
{
    m_link = link;
    if (const auto code = QrCode::encode(link.url.toEncoded())) {
        const QPixmap pixmap = qrPixmap(*code, kQrSide, devicePixelRatioF());
        m_qr->setPixmap(pixmap);
        const QSize side = pixmap.deviceIndependentSize().toSize();
        m_qr->setMinimumSize(side);
        // As large as the code, unless the screen is smaller: then it scrolls.
        const QSize room = screen() ? screen()->availableSize() * 0.6 : side;
        m_qrArea->setMinimumSize(side.boundedTo(room));
        if (isVisible())
            resize(size().expandedTo(sizeHint()).boundedTo(screen() ? screen()->availableSize() : sizeHint()));
    }
    m_qr->setToolTip(link.url.toString());
    m_open->setEnabled(true);
    m_status->setText(tr("Scan the code with the Feishu app, or open the link, and confirm there. Waiting…"));
    m_clock.start();
    tick();
}

void AppRegistrationDialog::tick()
{
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_link.expiresAt));
    m_timeLeft->setText(tr("The link works for %1:%2 more.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void AppRegistrationDialog::finished(const RegistrationOutcome &outcome)
{
    m_clock.stop();
    m_open->setEnabled(false);
    if (!outcome.created()) {
        m_qr->clear();
        m_timeLeft->clear();
        CheckResult r;
        r.fail(outcome.error);
        m_status->setText(checkResultHtml(r, this));
        m_start->setText(tr("&Try again"));
        m_start->setEnabled(true);
        m_name->setReadOnly(false);
        m_description->setReadOnly(false);
        return;
    }
    m_qr->clear();
    m_timeLeft->clear();
    m_status->setText(tr("Created app %1. Putting its App Secret into the keychain…").arg(outcome.app.appId.toHtmlEscaped()));
    m_session->adoptRegisteredApp(outcome.app, this, [this, appId = outcome.app.appId](const KeychainResult &r) {
        if (!r.ok()) {
            m_status->setStyleSheet(toneStyle(Tone::Problem));
            m_status->setText(tr("App %1 was created, but the keychain did not take its App Secret: %2. Copy the App Secret from the "
                                 "app's Credentials page in the developer console into Step 2.")
                                  .arg(appId.toHtmlEscaped(), r.message.toHtmlEscaped()));
            return;
        }
        m_appId = appId;
        m_status->setText(tr("Created app %1; its App Secret is in the keychain. Reading which permissions it holds…").arg(appId.toHtmlEscaped()));
        FeishuClient *client = m_session->feishu();
        client->scopes(this, [this](const ApiResult<QList<ScopeGrant>> &scopes) {
            if (!scopes.ok()) {
                CheckResult c;
                c.fail(scopes.error);
                m_arrivedText = tr("Created app %1; its App Secret is in the keychain. Which permissions arrived could not be read:")
                                    .arg(m_appId.toHtmlEscaped())
                                + QLatin1Char(' ') + checkResultHtml(c, this);
                m_status->setText(m_arrivedText);
            } else {
                showArrived(ArrivedScopes::of(RegistrationAddons::forSso(), scopes.value));
            }
            // Which path steps 3 to 6 take, before the wizard promises one.
            FeishuAppSetup::probeAccess(m_session->feishu(), this, [this](const ConfigureAccess &a) { showPath(a); });
        });
    });
}

void AppRegistrationDialog::showArrived(const ArrivedScopes &arrived)
{
    const auto list = [](const QStringList &scopes) { return scopes.join(QStringLiteral(", ")).toHtmlEscaped(); };
    QString text = tr("<b>Created app %1</b>; its App Secret is in the keychain and Step 2 is filled in.").arg(m_appId.toHtmlEscaped());
    if (!arrived.granted.isEmpty())
        text += QStringLiteral("<br>") + tr("Permissions it holds: %1.").arg(list(arrived.granted));
    if (!arrived.waiting.isEmpty())
        text += QStringLiteral("<br>") + tr("Asked for, waiting for an administrator: %1.").arg(list(arrived.waiting));
    if (!arrived.missing.isEmpty())
        text += QStringLiteral("<br>") + tr("Not there (Feishu did not take them from the link): %1.").arg(list(arrived.missing));
    m_arrivedText = text;
    m_status->setText(text + QStringLiteral("<br>")
                      + tr("Asking Feishu whether the wizard may configure it, with a change that changes nothing: %1")
                            .arg(FeishuAppSetup::probeShown(m_session->feishu()).toHtmlEscaped()));
}

void AppRegistrationDialog::showPath(const ConfigureAccess &access)
{
    m_access = access;
    QString path;
    if (access.byApi()) {
        path = tr("Next: Set it up in Feishu for me adds the web app, the redirect URL and the permissions, and submits a release.");
        m_continue->setText(tr("Set it up in Feishu for &me…"));
    } else {
        path = tr("<b>Feishu does not let the wizard configure this app</b>: %1 Do steps 3 to 6 in the developer console (web app, "
                  "redirect URL, permissions, release); each page links to the place and checks it with Feishu.")
                   .arg(access.reason.toHtmlEscaped());
        m_continue->setText(tr("&Continue with the steps in the console"));
    }
    m_status->setText(m_arrivedText + QStringLiteral("<br>") + path);
    m_continue->show();
    m_continue->setDefault(true);
}

} // namespace fss
