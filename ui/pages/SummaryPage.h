// Summary: what was set up, the redirect URL, and what each step's checklist says.
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace fss {

class CheckResultsView;
class SetupChecks;

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;

private:
    // Reruns every live check.
    void runChecks();

    QLabel *m_summary;
    CheckResultsView *m_results;
    QPushButton *m_rerun;
    QLabel *m_verdict;
    SetupChecks *m_checks = nullptr;
};

} // namespace fss
