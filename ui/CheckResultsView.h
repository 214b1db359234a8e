// How a live check's result reads on a page: one line for a label, or a
// table of every check for the Summary.
#pragma once

#include "core/setup/SetupChecks.h"

#include <QTreeWidget>

#include <optional>

namespace fss {

// Rich text: verdict, message, raw code, the step that fixes it and a link
// to the console page that fixes it; both left out when `shownIn` is on
// that step's page (or a dialog over it). Escaped; safe for a QLabel.
QString checkResultHtml(const CheckResult &result, const QWidget *shownIn = nullptr);
// The wizard page (as its step) that `widget` is on, or a dialog over it.
std::optional<Step> stepShowing(const QWidget *widget);
// The short verdict: "Passed", "Failed", "Skipped", "Checking…".
QString checkStatusText(CheckResult::Status status);

class CheckResultsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CheckResultsView(QWidget *parent = nullptr);

    void setResults(const QList<CheckResult> &results);
    void updateResult(const CheckResult &result);

private:
    QTreeWidgetItem *itemFor(const QString &id) const;
    void fill(QTreeWidgetItem *item, const CheckResult &result);
};

} // namespace fss
