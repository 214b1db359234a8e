// Summary: what was set up, the redirect URL, and what each step's checklist says.
#pragma once

#include <QWizardPage>

class QLabel;

namespace fss {

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;

private:
    QLabel *m_summary;
};

} // namespace fss
