// Summary: what was set up, the redirect URL, and what each step's checklist says.
#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;

namespace fss {

class CheckResultsView;
class SetupChecks;

class SummaryPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;

    // Writes the report (Markdown for *.md, HTML for *.html); a translated
    // error, empty on success. The button asks where first.
    QString exportReport(const QString &path);

private:
    void build() override;
    void chooseReportFile();
    void removeTestCallback();
    void rotateSecret();
    // Reruns every live check.
    void runChecks();

    QLabel *m_summary = nullptr;
    CheckResultsView *m_results = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_removeCallback = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_verdict = nullptr;
    SetupChecks *m_checks = nullptr;
};

} // namespace fss
