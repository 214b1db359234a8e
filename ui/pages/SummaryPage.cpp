#include "SummaryPage.h"

#include "CheckResultsView.h"
#include "FlowLayout.h"
#include "SetupWizard.h"
#include "core/FieldRules.h"
#include "core/genauth/GenAuthIdentitySource.h"
#include "core/transport/HarTrace.h"
#include "dialogs/RotateSecretDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fss {

SummaryPage::SummaryPage(QWidget *parent)
    : WizardPage(parent)
{
    setTitle(stepTitle(Step::Summary));
    setSubTitle(tr("Your Feishu app is set up as a GenAuth identity source. Keep this profile to check it again later."));
    setFinalPage(true);
}

void SummaryPage::build()
{
    m_summary = new QLabel(this);
    m_results = new CheckResultsView(this);
    m_rerun = new QPushButton(tr("&Run the checks again"), this);
    m_export = new QPushButton(tr("E&xport report…"), this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setToolTip(tr("Saves the settings, every check's result with its time and the login tests' results as Markdown or "
                            "HTML, for hand-over and audit. No secret is in it."));
    m_removeCallback = new QPushButton(tr("Remove the &test callback"), this);
    m_removeCallback->setObjectName(QStringLiteral("removeTestCallback"));
    m_rotate = new QPushButton(tr("Rotate the App &Secret…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateAppSecret"));
    m_rotate->setToolTip(tr("After a leak or by policy: prepares while the old App Secret works, then gives GenAuth the new "
                            "one as soon as you paste it, so that logins through GenAuth fail for as short a time as possible."));
    m_verdict = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of the setup"));
    m_summary->setObjectName(QStringLiteral("summary"));
    auto layout = new QVBoxLayout(contentWidget());
    layout->addWidget(m_summary);
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_rerun->setObjectName(QStringLiteral("rerunChecks"));
    m_verdict->setObjectName(QStringLiteral("checksVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_verdict);
    auto row = new FlowLayout; // wraps rather than widen the page at a large text size
    row->addWidget(m_rerun);
    row->addWidget(m_export);
    row->addWidget(m_removeCallback);
    row->addWidget(m_rotate);
    layout->addLayout(row);
    layout->addWidget(m_results, 1);
    connect(m_rerun, &QPushButton::clicked, this, &SummaryPage::runChecks);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::chooseReportFile);
    connect(m_removeCallback, &QPushButton::clicked, this, &SummaryPage::removeTestCallback);
    connect(m_rotate, &QPushButton::clicked, this, &SummaryPage::rotateSecret);
}

void SummaryPage::rotateSecret()
{
    auto dialog = new RotateSecretDialog(session()->newSecretRotation(nullptr), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateSecretDialog::rotated, this, &SummaryPage::runChecks);
    dialog->open();
}

QString SummaryPage::exportReport(const QString &path)
{
    return session()->report(m_checks ? m_checks->results() : QList<CheckResult>{}).save(path);
}

void SummaryPage::chooseReportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto dialog = new QFileDialog(this, tr("Export the setup report"), folder + QLatin1Char('/') + session()->profile().name
                                                                           + QStringLiteral("-setup-report.md"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Markdown (*.md)"), tr("HTML (*.html)")});
    dialog->setDefaultSuffix(QStringLiteral("md"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("html")) ? QStringLiteral("html") : QStringLiteral("md"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error = exportReport(path);
        QString saved = tr("Report saved to %1.").arg(QDir::toNativeSeparators(path));
        // Beside it, the trace of what the platforms answered, secrets
        // redacted: what a first real run shows the developers.
        if (const HarTrace *trace = HarTrace::active(); error.isEmpty() && trace && trace->size() > 0) {
            const QFileInfo report(path);
            const QString har = report.dir().filePath(report.completeBaseName() + QStringLiteral(".har"));
            error = trace->saveTo(har);
            saved += QLatin1Char(' ') + tr("The trace of what Feishu and GenAuth answered (%n exchanges, secrets redacted) is in %1.", nullptr,
                                           trace->size())
                                            .arg(QDir::toNativeSeparators(har));
        }
        m_verdict->setText(error.isEmpty() ? saved : error);
    });
    dialog->open();
}

// The end-to-end login test's callback is a loopback URL that Create it for
// me added to the GenAuth application; a production application should not
// keep it, so the operator can take it off here when done.
void SummaryPage::removeTestCallback()
{
    m_removeCallback->setEnabled(false);
    auto source = session()->newIdentitySourceRun(this, false);
    connect(source, &GenAuthIdentitySource::progress, m_verdict, &QLabel::setText);
    connect(source, &GenAuthIdentitySource::applied, this, [this, source](const ApplyResult &result) {
        source->deleteLater();
        if (result.ok()) {
            m_verdict->setText(result.done.join(QLatin1Char(' ')));
        } else {
            CheckResult r;
            r.fail(result.error);
            m_verdict->setText(checkResultHtml(r, this));
            m_removeCallback->setEnabled(true);
        }
    });
    source->removeLoginCallback();
}

void SummaryPage::initializePage()
{
    const SetupProfile p = session()->profile();
    const QString callback = p.effectiveOidcCallback();
    m_removeCallback->setVisible(!fieldValue(Field::UserPoolSecret).toString().trimmed().isEmpty()
                                 && !p.genAuthAppId.isEmpty() && FieldRules::isLoopbackHost(QUrl(callback).host()));
    m_removeCallback->setEnabled(true);
    // Rotating writes to GenAuth and the keychain: it needs the pool's
    // secret and a profile this wizard may write.
    m_rotate->setVisible(session()->hasUserPoolSecret() && !p.identifier.isEmpty());
    m_rotate->setEnabled(!session()->isReadOnly());
    m_removeCallback->setToolTip(tr("Takes %1 off the GenAuth application's Login Callback URLs, where Create it for me put it "
                                    "for the end-to-end login test. The application's other URLs stay.")
                                     .arg(callback));
    // The same rows as the exported report.
    QString html = QStringLiteral("<table cellspacing=6 width=\"100%\">");
    for (const SetupReport::Row &r : SetupReport::settings(p)) {
        // A value with a long word that cannot wrap (an address, an ID)
        // goes under its name, on the whole width, so that at a large text
        // size the page still fits its window.
        static const QRegularExpression longWord(QStringLiteral("\\S{16,}"));
        const QString row = r.value.contains(longWord) ? QStringLiteral("<tr><td colspan=2><b>%1</b><br>%2</td></tr>")
                                                       : QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>");
        html += row.arg(r.name.toHtmlEscaped(), r.value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    runChecks();
}

void SummaryPage::runChecks()
{
    delete m_checks;
    m_checks = session()->newChecks(this);
    m_rerun->setEnabled(false);
    m_verdict->setText(tr("Checking every step with Feishu and GenAuth…"));
    m_results->setResults(SetupChecks::planned(SetupChecks::allGroups()));
    connect(m_checks, &SetupChecks::resultChanged, m_results, &CheckResultsView::updateResult);
    connect(m_checks, &SetupChecks::finished, this, [this] {
        m_rerun->setEnabled(true);
        const int failed = m_checks->count(CheckResult::Status::Fail);
        const int skipped = m_checks->count(CheckResult::Status::Skip);
        if (failed > 0)
            m_verdict->setText(tr("%1 of the checks failed. Each row names the step that fixes it; double-click it to open that page.").arg(failed));
        else if (skipped > 0)
            m_verdict->setText(tr("Everything checked passed; %1 of the checks could not be run (see the rows).").arg(skipped));
        else
            m_verdict->setText(tr("Every check passed."));
    });
    m_checks->run(SetupChecks::allGroups());
}

} // namespace fss
