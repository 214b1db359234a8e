#include "StepPage.h"
#include "Tones.h"

#include "CheckResultsView.h"
#include "StepInstructions.h"
#include "SetupWizard.h"
#include "core/setup/ProfileMapping.h"
#include "dialogs/FeishuSetupDialog.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>

namespace fss {

namespace {

// A checklist item's text: a click on it is a click on its box.
class ClickableLabel : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (rect().contains(event->position().toPoint()))
            emit clicked();
    }
};

} // namespace

StepPage::StepPage(Step step, QWidget *parent)
    : WizardPage(parent)
    , m_step(step)
{
    setTitle(tr("Step %1 of 6 — %2").arg(int(step)).arg(stepTitle(step)));
}

void StepPage::build()
{
    m_buttons = new QVBoxLayout;
    m_content = new QVBoxLayout;
    m_checklist = new QVBoxLayout;
    const Step step = m_step;
    auto text = new QLabel(StepInstructions::of(step), this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(tr("Instructions for step %1").arg(int(step)));

    auto checklistBox = new QGroupBox(tr("Checklist"), this);
    checklistBox->setLayout(m_checklist);

    auto layout = new QVBoxLayout(contentWidget());
    layout->addWidget(text);
    layout->addLayout(m_buttons);
    layout->addLayout(m_content);
    layout->addWidget(checklistBox);
    layout->addStretch();

    buildStep();
    // The ticks are the session's: shown from it, written to it.
    if (SetupSession *s = session()) {
        showTicks();
        connect(s, &SetupSession::tickedChanged, this, &StepPage::showTicks);
        // Every check's verdicts, wherever it ran: a passing credentials
        // check in step 2 ticks step 1's items too.
        connect(s, &SetupSession::checkResult, this, &StepPage::applyVerdict);
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            connect(it.value(), &QCheckBox::toggled, s, [s, id = it.key()](bool on) { s->setTicked(id, on); });
        }
    }
}

void StepPage::addConsoleButton(const QString &text, std::function<QUrl()> url)
{
    auto button = new QPushButton(text, this);
    button->setAccessibleName(text);
    button->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    connect(button, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url()); });
    auto row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch();
    m_buttons->addLayout(row);
}

void StepPage::addFeishuConsoleButton(const QString &text, ConsolePage page, const QStringList &scopes)
{
    addConsoleButton(text, [this, page, scopes] {
        const SetupProfile p = session()->profile();
        return feishuConsole(p.platform, page, p.appId, scopes);
    });
}

void StepPage::addFeishuSetupButton()
{
    auto button = new QPushButton(tr("Set it up in Feishu for &me…"), this);
    button->setObjectName(QStringLiteral("setUpInFeishu"));
    button->setToolTip(tr("Adds the redirect URL, asks for the permissions, turns on the web app and submits a release, "
                          "through Feishu's configuration API; shows every request first."));
    connect(button, &QPushButton::clicked, this, &StepPage::openFeishuSetup);
    auto row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch();
    m_buttons->addLayout(row);
}

void StepPage::openFeishuSetup()
{
    const SetupSession *s = session();
    auto dialog = new FeishuSetupDialog(s->feishu(), ProfileMapping::feishuAppSpec(s->profile()), s->profile().platform, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const FeishuSetupResult &r = dialog->result();
        session()->adoptFeishuRun(r);
        const AvailabilityIntent &chosen = dialog->availability();
        if (chosen.toAll != session()->availability().toAll || chosen.departments != session()->availability().departments)
            session()->setAvailability(chosen);
        // What was set up ticks itself, on every step.
        if (r.ok() && !r.changes.isEmpty())
            setupWizard()->runLiveChecks();
    });
    dialog->open();
}

QCheckBox *StepPage::addChecklistItem(const ChecklistId &checklistId, const QString &text)
{
    Q_ASSERT(checklistId.step == m_step);
    const QString &id = checklistId.item;
    // QCheckBox does not wrap its text: the text is a wrapping label beside
    // an unlabelled box, and a click on it ticks the box, as on the text.
    auto box = new QCheckBox(this);
    box->setAccessibleName(text);
    box->setObjectName(QStringLiteral("check-%1-%2").arg(int(m_step)).arg(id));
    auto label = new ClickableLabel(text, this);
    label->setObjectName(QStringLiteral("label-%1-%2").arg(int(m_step)).arg(id));
    label->setWordWrap(true);
    label->setBuddy(box);
    m_labels.insert(checklistId.toString(), label);
    connect(label, &ClickableLabel::clicked, box, [box] {
        if (box->isEnabled())
            box->toggle();
    });
    m_items.insert(checklistId.toString(), box);
    auto status = new QLabel(this);
    status->setObjectName(QStringLiteral("status-%1-%2").arg(int(m_step)).arg(id));
    status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    status->hide();
    m_status.insert(id, status);
    auto row = new QHBoxLayout;
    row->addWidget(box, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    row->addWidget(status, 0, Qt::AlignTop);
    m_checklist->addLayout(row);
    connect(box, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    return box;
}

void StepPage::setItemText(const ChecklistId &id, const QString &text)
{
    if (QLabel *label = m_labels.value(id.toString()))
        label->setText(text);
    if (QCheckBox *box = item(id))
        box->setAccessibleName(text);
}

void StepPage::addLiveCheck(SetupChecks::Groups groups)
{
    m_liveGroups = groups;
    m_liveCheck = new QPushButton(tr("Check &with Feishu"), this);
    m_liveCheck->setObjectName(QStringLiteral("checkStep%1").arg(int(m_step)));
    m_liveCheck->setToolTip(tr("Reads the app from Feishu and ticks what is in place."));
    m_liveResult = new QLabel(this);
    m_liveResult->setObjectName(QStringLiteral("liveCheckResult%1").arg(int(m_step)));
    m_liveResult->setWordWrap(true);
    m_liveResult->setOpenExternalLinks(true);
    m_liveResult->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_liveResult->setAccessibleName(tr("Result of the check with Feishu"));
    m_liveResult->hide();
    connect(m_liveCheck, &QPushButton::clicked, this, &StepPage::runLiveCheck);
    auto row = new QHBoxLayout;
    row->addWidget(m_liveCheck);
    row->addStretch();
    m_checklist->addLayout(row);
    m_checklist->addWidget(m_liveResult);
}

void StepPage::runLiveCheck()
{
    if (!m_liveCheck)
        return;
    delete m_checks;
    m_checks = session()->newChecks(this);
    m_liveCheck->setEnabled(false);
    m_liveResult->show();
    m_liveResult->setStyleSheet({});
    m_liveResult->setText(tr("Asking Feishu…"));
    for (const CheckResult &r : SetupChecks::planned(m_liveGroups))
        applyVerdict(r);
    connect(m_checks, &SetupChecks::finished, this, [this] {
        m_liveCheck->setEnabled(true);
        // The verdicts of this step, each with where its fact came from.
        QStringList lines;
        for (const CheckResult &r : m_checks->results()) {
            for (const VerifiedItem &v : checklistItemsVerifiedBy(r.id)) {
                if (v.item.step == m_step) {
                    lines.append(checkResultHtml(r, this));
                    break;
                }
            }
        }
        lines.removeDuplicates();
        m_liveResult->setText(lines.join(QStringLiteral("<br>")));
        liveCheckFinished(*m_checks);
    });
    m_checks->run(m_liveGroups);
}

void StepPage::applyVerdict(const CheckResult &r)
{
    for (const VerifiedItem &v : checklistItemsVerifiedBy(r.id)) {
        QCheckBox *box = item(v.item);
        if (!box)
            continue;
        const QString source = r.source.isEmpty() ? QString() : tr("Source: %1").arg(r.source);
        box->setToolTip(source.isEmpty() ? r.message : r.message + QLatin1Char('\n') + source);
        switch (r.status) {
        case CheckResult::Status::Pass:
            box->setChecked(true);
            box->setEnabled(false); // verified, so not the operator's to untick
            setItemStatus(v.item, tr("verified"), true);
            break;
        case CheckResult::Status::Fail:
            box->setEnabled(true);
            if (int(r.step) > int(m_step) && v.refutedByFailure) {
                // This step's part is done; a later step finishes it (a
                // version waiting for approval in step 6).
                box->setChecked(true);
                setItemStatus(v.item, tr("waiting for step %1").arg(int(r.step)), true);
            } else if (v.refutedByFailure && r.step == m_step) {
                box->setChecked(false);
                setItemStatus(v.item, tr("not yet"), false);
            } else if (r.step != m_step) {
                // Another step's failure (Feishu unreachable, the secret
                // refused): nothing was learnt of this item.
                setItemStatus(v.item, tr("not verified"), false);
            }
            break;
        case CheckResult::Status::Skip:
            box->setEnabled(true);
            setItemStatus(v.item, tr("not verified"), false);
            break;
        case CheckResult::Status::Pending:
            setItemStatus(v.item, tr("checking…"), true);
            break;
        }
        if (QLabel *status = m_status.value(v.item.item)) {
            status->setToolTip(source);
            status->setAccessibleDescription(source);
        }
    }
}

QCheckBox *StepPage::item(const ChecklistId &id) const
{
    return m_items.value(id.toString());
}

void StepPage::setItemStatus(const ChecklistId &id, const QString &text, bool good)
{
    QLabel *status = m_status.value(id.item);
    if (!status)
        return;
    status->setText(text);
    status->setAccessibleName(text);
    status->setStyleSheet(toneStyle(good ? Tone::Good : Tone::Problem));
    status->setVisible(!text.isEmpty());
}

bool StepPage::allTicked() const
{
    if (!isBuilt() || m_items.isEmpty())
        return false;
    for (const QCheckBox *box : m_items) {
        if (!box->isChecked())
            return false;
    }
    return true;
}

bool StepPage::isComplete() const
{
    return isBuilt() && (m_items.isEmpty() || allTicked()) && pageComplete();
}

void StepPage::showTicks()
{
    const QSet<QString> &ticked = session()->profile().ticked;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setChecked(ticked.contains(it.key()));
}

} // namespace fss

#include "StepPage.moc"
