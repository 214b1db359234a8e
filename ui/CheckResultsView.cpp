#include "CheckResultsView.h"
#include "Tones.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QWizard>

namespace fss {

QString checkStatusText(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pending:
        return QCoreApplication::translate("CheckResultsView", "Checking…");
    case CheckResult::Status::Pass:
        return QCoreApplication::translate("CheckResultsView", "Passed");
    case CheckResult::Status::Fail:
        return QCoreApplication::translate("CheckResultsView", "Failed");
    case CheckResult::Status::Skip:
        return QCoreApplication::translate("CheckResultsView", "Skipped");
    }
    return {};
}

std::optional<Step> stepShowing(const QWidget *widget)
{
    const QWidget *page = nullptr;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QWizardPage *>(w))
            page = w;
        if (auto wizard = qobject_cast<const QWizard *>(w); wizard && page) {
            for (int id : wizard->pageIds()) {
                if (wizard->page(id) == page)
                    return Step(id);
            }
        }
    }
    return std::nullopt;
}

QString checkResultHtml(const CheckResult &r, const QWidget *shownIn)
{
    // On the page that fixes it, neither "fix it in" nor a link says more
    // than the page itself.
    const bool here = shownIn && stepShowing(shownIn) == r.step;
    QString color = toneColor(Tone::Good).name();
    QString verdict = checkStatusText(r.status);
    if (r.waitsForApproval()) {
        // Nothing to fix: an administrator's approval is all it waits for.
        color = toneColor(Tone::Warning).name();
        verdict = here ? QCoreApplication::translate("CheckResultsView", "Waiting for approval")
                       : QCoreApplication::translate("CheckResultsView", "Waiting for approval in %1").arg(stepLabel(r.step));
    } else if (r.status == CheckResult::Status::Fail) {
        color = toneColor(Tone::Problem).name();
        if (!here)
            verdict = QCoreApplication::translate("CheckResultsView", "Failed — fix it in %1").arg(stepLabel(r.step));
    } else if (r.status != CheckResult::Status::Pass) {
        color = toneColor(Tone::Muted).name();
    }
    QString html = QStringLiteral("<span style=\"color:%1\"><b>%2.</b></span> %3")
                       .arg(color, verdict.toHtmlEscaped(), r.message.toHtmlEscaped());
    if (!r.code.isEmpty())
        html += QStringLiteral(" <small>[%1]</small>").arg(r.code.toHtmlEscaped());
    if (!r.fixUrl.isEmpty() && r.status != CheckResult::Status::Pass && !here)
        html += QStringLiteral(" <a href=\"%1\">%2</a>").arg(r.fixUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), QCoreApplication::translate("CheckResultsView", "Open the page that fixes it").toHtmlEscaped());
    if (!r.source.isEmpty())
        html += QStringLiteral(" <small>(%1)</small>").arg(QCoreApplication::translate("CheckResultsView", "from %1").arg(r.source).toHtmlEscaped());
    return html;
}

CheckResultsView::CheckResultsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("Result"), tr("Step"), tr("Check"), tr("Details")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Results of the live checks"));
    connect(this, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        const QUrl url = item->data(3, Qt::UserRole).toUrl();
        if (!url.isEmpty())
            QDesktopServices::openUrl(url);
    });
}

QTreeWidgetItem *CheckResultsView::itemFor(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return topLevelItem(i);
    }
    return nullptr;
}

void CheckResultsView::fill(QTreeWidgetItem *item, const CheckResult &r)
{
    item->setData(0, Qt::UserRole, r.id.toString());
    item->setText(0, checkStatusText(r.status));
    item->setText(1, r.step == Step::Welcome ? tr("Welcome") : QString::number(int(r.step)));
    item->setText(2, r.title);
    QString details = r.message;
    if (!r.code.isEmpty())
        details += QStringLiteral(" [%1]").arg(r.code);
    item->setText(3, details);
    item->setToolTip(3, details);
    item->setData(3, Qt::UserRole, r.status == CheckResult::Status::Pass ? QUrl() : r.fixUrl);
    QColor color;
    switch (r.status) {
    case CheckResult::Status::Pass:
        color = toneColor(Tone::Good, palette());
        break;
    case CheckResult::Status::Fail:
        color = toneColor(Tone::Problem, palette());
        break;
    default:
        color = toneColor(Tone::Muted, palette());
        break;
    }
    item->setForeground(0, color);
}

void CheckResultsView::setResults(const QList<CheckResult> &results)
{
    clear();
    for (const CheckResult &r : results) {
        auto item = new QTreeWidgetItem(this);
        fill(item, r);
    }
    resizeColumnToContents(2);
}

void CheckResultsView::updateResult(const CheckResult &result)
{
    if (QTreeWidgetItem *item = itemFor(result.id.toString()))
        fill(item, result);
}

} // namespace fss
