#include "WelcomePage.h"
#include "Tones.h"

#include "FieldEdit.h"
#include "FlowLayout.h"
#include "SetupWizard.h"
#include "core/transport/ApiError.h"
#include "core/transport/ApiTransport.h"
#include "core/transport/CertificateFile.h"
#include "core/setup/Language.h"
#include "core/setup/SecretStore.h"
#include "core/setup/SetupChecks.h"
#include "dialogs/RemoveDialog.h"
#include "dialogs/RotateSecretDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fss {

WelcomePage::WelcomePage(const QString &profileName, QWidget *parent)
    : WizardPage(parent)
    , m_feishu(new QRadioButton(tr("&Feishu (open.feishu.cn)"), this))
    , m_lark(new QRadioButton(tr("&Lark (open.larksuite.com)"), this))
    , m_cloud(new QComboBox(this))
    , m_customHost(new FieldEdit(tr("GenAuth host"), FieldRules::customHost, this))
    , m_feishuApi(new FieldEdit(tr("Feishu Open API address"), FieldRules::feishuApi, this))
    , m_profile(new QComboBox(this))
    , m_profileMessage(new QLabel(this))
    , m_delete(new QPushButton(tr("&Delete profile…"), this))
    , m_rotate(new QPushButton(tr("Rotate its App &Secret…"), this))
    , m_takeDown(new QPushButton(tr("&Take it down…"), this))
    , m_status(new QLabel(this))
    , m_language(new QToolButton(this))
    , m_initialProfile(profileName)
{
    setTitle(stepTitle(Step::Welcome));
    m_language->setText(tr("Language"));
    // Kept short: the header's subtitle is laid out several times before the
    // window first shows, and start-up time counts (tests/bench).
    setSubTitle(tr("Connect Feishu to GenAuth: six checked steps make your Feishu self-built app a GenAuth login source. "
                   "Secrets stay in your system keychain."));

    auto platforms = new QButtonGroup(this);
    platforms->addButton(m_feishu);
    platforms->addButton(m_lark);
    m_feishu->setChecked(true);
    m_feishu->setAccessibleName(tr("Feishu"));
    m_lark->setAccessibleName(tr("Lark"));

    m_cloud->addItem(tr("GenAuth — genauth.ai"));
    m_cloud->addItem(tr("Authing — authing.cn"));
    m_cloud->addItem(tr("Private deployment (your own host)"));
    m_cloud->setAccessibleName(tr("GenAuth cloud"));
    m_customHost->setPlaceholderText(QStringLiteral("auth.example.com"));
    m_customHost->setVisible(false);
    m_feishuApi->setObjectName(QStringLiteral("feishuApi"));
    m_feishuApi->setPlaceholderText(tr("optional: only for a private Feishu deployment"));

    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->setAccessibleName(tr("Profile name"));
    m_profile->setObjectName(QStringLiteral("profileName"));
    m_profile->lineEdit()->setPlaceholderText(QStringLiteral("production"));
    m_profileMessage->setWordWrap(true);
    setTone(m_profileMessage, Tone::Problem);
    m_profileMessage->hide();
    m_delete->setAccessibleName(tr("Delete profile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_rotate->setObjectName(QStringLiteral("rotateAppSecret"));
    m_rotate->setAccessibleName(tr("Rotate the profile's App Secret"));
    m_takeDown->setObjectName(QStringLiteral("takeDownSetup"));
    m_takeDown->setToolTip(tr("Switches the connection off and deletes it in GenAuth, takes the redirect URL off the Feishu app, then "
                              "forgets this profile and its secrets. The plan comes first."));

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Profile status"));

    auto layout = new QVBoxLayout(contentWidget());
    layout->addLayout(buildLanguageRow());
    layout->addLayout(buildForm());
    layout->addWidget(m_status);
    layout->addStretch();

    registerField(Field::Lark, m_lark, "checked", SIGNAL(toggled(bool)));
    registerField(Field::Cloud, m_cloud, "currentIndex", SIGNAL(currentIndexChanged(int)));
    registerField(Field::CustomHost, m_customHost, "value", SIGNAL(valueChanged()));
    registerField(Field::FeishuApi, m_feishuApi, "value", SIGNAL(valueChanged()));
    registerField(Field::ProfileName, m_profile, "currentText", SIGNAL(currentTextChanged(QString)));
    registerField(Field::TrustedCertificates, this, "trustedCertificates", SIGNAL(trustedCertificatesChanged()));

    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_customHost->setVisible(index == int(Cloud::Custom));
        updateTrustRow();
        emit completeChanged();
    });
    connect(m_customHost, &FieldEdit::valueChanged, this, &QWizardPage::completeChanged);
    connect(m_feishuApi, &FieldEdit::valueChanged, this, &QWizardPage::completeChanged);
    connect(m_feishuApi, &FieldEdit::valueChanged, this, &WelcomePage::updateTrustRow);
    connect(m_profile, &QComboBox::currentTextChanged, this, &WelcomePage::profileChosen);
    connect(m_delete, &QPushButton::clicked, this, &WelcomePage::deleteProfile);
    connect(m_rotate, &QPushButton::clicked, this, &WelcomePage::rotateSecret);
    connect(m_takeDown, &QPushButton::clicked, this, &WelcomePage::takeDown);
}

QFormLayout *WelcomePage::buildForm()
{
    auto platformRow = new FlowLayout;
    platformRow->addWidget(m_feishu);
    platformRow->addWidget(m_lark);
    // The name, and under it what can be done with a saved profile: the
    // buttons wrap rather than widen the page at a large text size.
    auto profileActions = new FlowLayout;
    profileActions->addWidget(m_delete);
    profileActions->addWidget(m_rotate);
    profileActions->addWidget(m_takeDown);
    auto profileRow = new QVBoxLayout;
    profileRow->addWidget(m_profile);
    profileRow->addLayout(profileActions);
    auto form = new QFormLayout;
    // At a large text size a field too wide beside its label goes under it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto platformLabel = new QLabel(tr("Platform:"), this);
    form->addRow(platformLabel, platformRow);
    auto larkCaveat = new QLabel(platformCaveat(Platform::Lark), this);
    larkCaveat->setObjectName(QStringLiteral("larkCaveat"));
    larkCaveat->setWordWrap(true);
    setTone(larkCaveat, Tone::Problem);
    larkCaveat->setVisible(false);
    form->addRow(QString(), larkCaveat);
    connect(m_lark, &QRadioButton::toggled, larkCaveat, &QLabel::setVisible);
    auto cloudLabel = new QLabel(tr("GenAuth &cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    form->addRow(cloudLabel, m_cloud);
    form->addRow(QString(), m_customHost);
    auto feishuApiLabel = new QLabel(tr("Feishu &API address:"), this);
    feishuApiLabel->setBuddy(m_feishuApi);
    form->addRow(feishuApiLabel, m_feishuApi);
    m_trustRow = new FlowLayout;
    form->addRow(QString(), m_trustRow);
    auto profileLabel = new QLabel(tr("P&rofile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, profileRow);
    form->addRow(QString(), m_profileMessage);

    return form;
}

QLayout *WelcomePage::buildLanguageRow()
{
    // The languages, each named in itself; choosing one opens the wizard
    // again in it. The menu is made when opened: its Chinese name would make
    // an English first page load a CJK font before it shows.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("Show the wizard in another language."));
    m_language->setPopupMode(QToolButton::InstantPopup);
    m_language->setAutoRaise(true);
    auto menu = new QMenu(m_language);
    menu->setObjectName(QStringLiteral("languageMenu"));
    m_language->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        if (!menu->isEmpty())
            return;
        for (const auto &[code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                         std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}}) {
            QAction *action = menu->addAction(name);
            action->setObjectName(QStringLiteral("language-") + code);
            action->setCheckable(true);
            action->setChecked((code == QLatin1String("zh_CN")) == Language::isChinese());
            connect(action, &QAction::triggered, this, [this, code = code] {
                if ((code == QLatin1String("zh_CN")) != Language::isChinese())
                    emit setupWizard()->languageChosen(code);
            });
        }
    });
    auto languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(m_language);

    return languageRow;
}

void WelcomePage::initializePage()
{
    const QString current = m_initialProfile.isEmpty() ? m_profile->currentText() : m_initialProfile;
    refreshProfiles();
    m_profile->setCurrentText(current.isEmpty() ? (m_profile->count() ? m_profile->itemText(0) : QStringLiteral("default"))
                                                : current);
    m_initialProfile.clear();
    profileChosen(m_profile->currentText());
}

void WelcomePage::refreshProfiles()
{
    const QString current = m_profile->currentText();
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItems(session()->store().names());
    m_profile->setCurrentText(current);
}

void WelcomePage::profileChosen(const QString &text)
{
    const FieldCheck name = FieldRules::profileName(text);
    m_profileMessage->setVisible(!name.acceptable() && !text.isEmpty());
    m_profileMessage->setText(name.message);

    const SetupSession *s = session();
    const bool exists = s && name.acceptable() && s->store().contains(name.value);
    m_delete->setEnabled(exists && !m_busy);
    m_rotate->setEnabled(exists && !m_busy);
    m_takeDown->setEnabled(exists && !m_busy);
    if (!s || !name.acceptable()) {
        showStatus({}, false);
    } else if (!exists) {
        showStatus(tr("A new profile “%1” will be created.").arg(name.value), false);
    } else {
        const ProfileStore::Loaded loaded = s->store().load(name.value);
        if (!loaded.profile) {
            showStatus(loaded.error, true);
        } else {
            const SetupProfile &p = *loaded.profile;
            (p.platform == Platform::Lark ? m_lark : m_feishu)->setChecked(true);
            m_cloud->setCurrentIndex(int(p.cloud));
            m_customHost->setValue(p.customHost);
            m_feishuApi->setValue(p.feishuApi);
            setTrustedCertificates(p.trustedCertificates);
            showStatus(p.lastStep > Step::Welcome
                           ? tr("Saved profile “%1”: Next continues at %2.").arg(name.value, stepLabel(p.lastStep))
                           : tr("Saved profile “%1”.").arg(name.value),
                       false);
        }
    }
    emit completeChanged();
}

void WelcomePage::setTrustedCertificates(const QStringList &pems)
{
    if (pems == m_trusted)
        return;
    m_trusted = pems;
    updateTrustRow();
    emit trustedCertificatesChanged();
}

void WelcomePage::updateTrustRow()
{
    const bool privateHost = m_cloud->currentIndex() == int(Cloud::Custom) || !m_feishuApi->value().isEmpty() || !m_trusted.isEmpty();
    if (!privateHost && !m_trust)
        return;
    if (!m_trust) {
        m_trust = new QPushButton(tr("&Trust a certificate authority…"), this);
        m_trust->setObjectName(QStringLiteral("trustCertificate"));
        m_trust->setToolTip(tr("For a private deployment whose certificates come from your organisation's own authority. "
                               "Certificates are always checked; this adds one authority for this profile."));
        m_forget = new QPushButton(tr("Forget them"), this);
        m_forget->setObjectName(QStringLiteral("forgetCertificates"));
        m_trustInfo = new QLabel(this);
        m_trustInfo->setObjectName(QStringLiteral("trustedCertificatesInfo"));
        m_trustInfo->setWordWrap(true);
        m_trustRow->addWidget(m_trust);
        m_trustRow->addWidget(m_forget);
        m_trustRow->addWidget(m_trustInfo); // the rest of the line, or one of its own
        connect(m_trust, &QPushButton::clicked, this, &WelcomePage::trustCertificate);
        connect(m_forget, &QPushButton::clicked, this, [this] { setTrustedCertificates({}); });
    }
    m_trust->setVisible(privateHost);
    m_forget->setVisible(!m_trusted.isEmpty());
    QStringList names;
    for (const QString &pem : std::as_const(m_trusted)) {
        for (const Certificate &c : ApiTransport::certificatesFromPem(pem.toLatin1()))
            names.append(c.subject);
    }
    m_trustInfo->setVisible(privateHost);
    m_trustInfo->setText(names.isEmpty() ? tr("Only the system's certificate authorities are trusted.")
                                         : tr("Also trusted: %1").arg(names.join(QStringLiteral(", "))));
}

void WelcomePage::trustCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authority to trust"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    const CertificateFile file = CertificateFile::read(path);
    if (!file.ok()) {
        QMessageBox::warning(this, tr("Not a certificate"), tr("%1: %2").arg(path, file.error));
        return;
    }
    const Certificate &c = file.certificates.first();
    const QString fingerprint = QString::fromLatin1(c.sha256.toHex(':').toUpper());
    if (QMessageBox::question(this, tr("Trust this certificate authority?"),
                              tr("Trust “%1” for this profile's hosts?\n\nSHA-256 fingerprint:\n%2\n\nCompare it with the one your "
                                 "administrator gives you before you say yes.")
                                  .arg(c.subject, fingerprint))
        != QMessageBox::Yes)
        return;
    setTrustedCertificates(QStringList(m_trusted) << QString::fromLatin1(file.pem));
}

void WelcomePage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    setTone(m_status, problem ? std::optional(Tone::Problem) : std::nullopt);
    // A problem can be selected and copied; the usual status line need not
    // pay for a text editor behind the label.
    m_status->setTextInteractionFlags(problem ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::NoTextInteraction);
    m_problem = problem;
}

void WelcomePage::setBusy(bool busy)
{
    m_busy = busy;
}

bool WelcomePage::isComplete() const
{
    if (m_busy || !FieldRules::profileName(m_profile->currentText()).acceptable())
        return false;
    if (m_problem)
        return false;
    if (!m_feishuApi->isAcceptable())
        return false;
    return m_cloud->currentIndex() != int(Cloud::Custom) || m_customHost->isAcceptable();
}

bool WelcomePage::validatePage()
{
    const QString name = FieldRules::profileName(m_profile->currentText()).value;
    if (name == m_openedProfile)
        return true;
    if (m_busy)
        return false;

    // Opening reads the keychain, which answers asynchronously: stay on the
    // page and go on once the profile is open. (validatePage runs again then.)
    setBusy(true); // the resume started by openProfile waits on it
    showStatus(tr("Opening profile “%1”…").arg(name), false);
    emit completeChanged();
    setupWizard()->openProfile(name, [this, name](const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            showStatus(error, true);
            emit completeChanged();
            return;
        }
        m_openedProfile = name;
        showReadOnly();
        emit completeChanged();
        wizard()->next();
    });
    return false;
}

void WelcomePage::showReadOnly()
{
    const QString suffix = tr(" — read-only");
    QString title = wizard()->windowTitle();
    if (title.endsWith(suffix))
        title.chop(suffix.size());
    wizard()->setWindowTitle(session()->isReadOnly() ? title + suffix : title);
    if (!session()->isReadOnly())
        return;
    auto box = new QMessageBox(QMessageBox::Information, tr("Profile open read-only"), session()->readOnlyReason(),
                               QMessageBox::Ok, wizard());
    box->setObjectName(QStringLiteral("readOnlyProfile"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WelcomePage::withOpenProfile(std::function<void(const QString &name)> then)
{
    const QString name = FieldRules::profileName(m_profile->currentText()).value;
    if (name == m_openedProfile)
        return session()->isReadOnly() ? showReadOnly() : then(name);
    setBusy(true);
    showStatus(tr("Opening profile “%1”…").arg(name), false);
    emit completeChanged();
    setupWizard()->openProfile(name, [this, name, then = std::move(then)](const QString &error) {
        setBusy(false);
        emit completeChanged();
        if (!error.isEmpty())
            return showStatus(error, true);
        m_openedProfile = name;
        showStatus(tr("Saved profile “%1”.").arg(name), false);
        if (session()->isReadOnly())
            return showReadOnly();
        then(name);
    });
}

void WelcomePage::rotateSecret()
{
    withOpenProfile([this](const QString &name) {
        if (!session()->hasUserPoolSecret())
            return showStatus(tr("Rotating needs profile “%1”'s user pool secret, to give GenAuth the new App Secret: enter it in "
                                 "Step 2 first.")
                                  .arg(name),
                              false);
        auto dialog = new RotateSecretDialog(session()->newSecretRotation(nullptr), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Then every check, with the new secret, as the proof.
        connect(dialog, &RotateSecretDialog::rotated, this, [this] {
            SetupChecks *checks = session()->newChecks(this);
            showStatus(tr("Running every check with the new App Secret…"), false);
            connect(checks, &SetupChecks::finished, this, [this, checks] {
                checks->deleteLater();
                const auto failed = std::count_if(checks->results().cbegin(), checks->results().cend(),
                                                  [](const CheckResult &r) { return r.status == CheckResult::Status::Fail; });
                showStatus(failed == 0 ? tr("Every check passes with the new App Secret. Prove a login with the end-to-end login test.")
                                       : tr("%n check(s) fail with the new App Secret: Next goes through the steps, and the Summary "
                                            "lists them.",
                                            nullptr, int(failed)),
                           false);
            });
            checks->run();
        });
        dialog->open();
    });
}

void WelcomePage::takeDown()
{
    withOpenProfile([this](const QString &name) {
        auto dialog = new RemoveDialog(session()->newRemoval(nullptr), session()->store(), name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RemoveDialog::forgotten, this, [this, name] {
            session()->close(); // nothing of it is saved again
            m_openedProfile.clear();
            refreshProfiles();
            profileChosen(m_profile->currentText());
            showStatus(tr("Profile “%1” was taken down and forgotten.").arg(name), false);
        });
        dialog->open();
    });
}

void WelcomePage::deleteProfile()
{
    const QString name = FieldRules::profileName(m_profile->currentText()).value;
    auto box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                               tr("Delete profile “%1” and its secrets in the keychain? The apps in Feishu and GenAuth "
                                  "are not changed.")
                                   .arg(name),
                               QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmDelete"));
    connect(box, &QMessageBox::finished, this, [this, name](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        setBusy(true);
        m_delete->setEnabled(false);
        emit completeChanged();
        removeProfile(session()->store(), name, this, [this, name](const QString &error) {
            setBusy(false);
            if (name == m_openedProfile) {
                m_openedProfile.clear();
                if (error.isEmpty())
                    session()->close(); // nothing of it is saved again
            }
            refreshProfiles();
            profileChosen(m_profile->currentText());
            if (!error.isEmpty())
                showStatus(error, true);
            else
                showStatus(tr("Profile “%1” and its secrets were deleted.").arg(name), false);
        });
    });
    box->open();
}

} // namespace fss
