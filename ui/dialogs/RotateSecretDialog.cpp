#include "dialogs/RotateSecretDialog.h"

#include "CheckResultsView.h"
#include "PlanView.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fss {

RotateSecretDialog::RotateSecretDialog(SecretRotation *rotation, QWidget *parent)
    : QDialog(parent)
    , m_rotation(rotation)
    , m_steps(new QLabel(this))
    , m_openConsole(new QPushButton(tr("&Open Credentials && Basic Info in Feishu"), this))
    , m_secret(new QLineEdit(this))
    , m_rotate(new QPushButton(tr("&Rotate"), this))
    , m_retry(new QPushButton(tr("R&etry"), this))
    , m_plan(new PlanView(QStringLiteral("rotationPlan"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Rotate the App Secret"));
    setObjectName(QStringLiteral("rotateSecret"));
    resize(860, 600);
    m_rotation->setParent(this);

    m_steps->setWordWrap(true);
    m_steps->setText(tr("<ol><li>The wizard prepares everything while the old App Secret still works (below).</li>"
                        "<li>Open <b>Credentials &amp; Basic Info</b> in Feishu, click <b>Reset</b> next to the App Secret and copy "
                        "the new one. From then on, logins through GenAuth fail until GenAuth holds it.</li>"
                        "<li>Paste it here at once and click <b>Rotate</b>: Feishu must take it first; then GenAuth gets it, and "
                        "the keychain keeps it last.</li></ol>"));
    m_openConsole->setObjectName(QStringLiteral("openResetPage"));
    m_openConsole->setToolTip(m_rotation->resetPage().toString());
    m_secret->setObjectName(QStringLiteral("newAppSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("New App Secret"));
    m_secret->setPlaceholderText(tr("Paste the new App Secret"));
    m_secret->setEnabled(false);
    m_rotate->setObjectName(QStringLiteral("rotateNow"));
    m_rotate->setEnabled(false);
    m_rotate->setDefault(true);
    m_retry->setObjectName(QStringLiteral("retryRotation"));
    m_retry->hide();
    m_status->setObjectName(QStringLiteral("rotationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Result"));

    auto pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_secret, 1);
    pasteRow->addWidget(m_rotate);
    pasteRow->addWidget(m_retry);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_openConsole, 0, Qt::AlignLeft);
    layout->addLayout(pasteRow);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openConsole, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_rotation->resetPage()); });
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) { m_rotate->setEnabled(m_ready && !text.trimmed().isEmpty()); });
    connect(m_secret, &QLineEdit::returnPressed, this, [this] {
        if (m_rotate->isEnabled())
            rotate();
    });
    connect(m_rotate, &QPushButton::clicked, this, &RotateSecretDialog::rotate);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->setEnabled(false);
        m_rotation->retry();
    });
    connect(m_rotation, &SecretRotation::progress, m_status, &QLabel::setText);
    connect(m_rotation, &SecretRotation::prepared, this, &RotateSecretDialog::prepared);
    connect(m_rotation, &SecretRotation::finished, this, &RotateSecretDialog::finished);
    m_rotation->prepare();
}

void RotateSecretDialog::showFailure(const ApiError &error)
{
    CheckResult r;
    r.fail(error);
    QString html = checkResultHtml(r, this);
    for (const QString &line : m_rotation->result().sides())
        html += QStringLiteral("<br>• ") + line.toHtmlEscaped();
    m_status->setText(html);
}

void RotateSecretDialog::prepared(const SecretRotationResult &result)
{
    m_plan->setChanges(result.changes);
    if (!result.prepared()) {
        // The user pool secret refused: ask for it in Step 2, nothing else.
        showFailure(result.error);
        if (result.poolSecretRefused)
            m_status->setText(m_status->text() + QStringLiteral("<br>")
                              + tr("GenAuth refused the user pool secret (rotated in GenAuth?). Enter the new one in Step 2, then "
                                   "rotate again. Nothing was changed."));
        m_retry->setVisible(true);
        return;
    }
    m_ready = true;
    m_retry->hide();
    m_secret->setEnabled(true);
    m_secret->setFocus();
    m_status->setText(tr("Ready: GenAuth's connection was found; the new secret goes under its field %1. Reset the secret in "
                         "Feishu now and paste the new one.")
                          .arg(result.secretKeys.join(QStringLiteral(", "))));
}

void RotateSecretDialog::rotate()
{
    m_rotate->setEnabled(false);
    m_secret->setReadOnly(true);
    m_rotation->rotate(m_secret->text());
}

void RotateSecretDialog::finished(const SecretRotationResult &result)
{
    m_plan->setChanges(result.changes);
    m_retry->setEnabled(true);
    if (!result.ok()) {
        showFailure(result.error);
        // A refused paste may be corrected; anything after Feishu took it
        // goes on with the same secret.
        const bool pasteAgain = result.stage == SecretRotationResult::Stage::Verify;
        m_secret->setReadOnly(!pasteAgain);
        m_rotate->setEnabled(pasteAgain);
        m_retry->setVisible(!pasteAgain);
        return;
    }
    m_retry->hide();
    m_secret->clear();
    QString html;
    for (const QString &line : result.sides())
        html += QStringLiteral("✓ %1<br>").arg(line.toHtmlEscaped());
    html += result.alreadyInUse
        ? tr("<b>Nothing to do:</b> this App Secret is already in use everywhere. Reset it in Feishu first to rotate it.")
        : tr("<b>Rotated.</b> GenAuth had the new App Secret %1 s after you pasted it. Every check runs again with it; prove a "
             "login with the end-to-end login test.")
              .arg(double(result.outageMs) / 1000.0, 0, 'f', 1);
    m_status->setText(html);
    emit rotated();
}

} // namespace fss
