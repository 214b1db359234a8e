// QWizard keeps its header (title and subtitle) two lines high; a longer
// subtitle (Chinese, a large text size) gets the lines it needs. Watches the
// wizard and fits the header once its layout settled.
#pragma once

#include <QObject>
#include <QTimer>

class QWizard;

namespace fss {

class WizardHeaderFit : public QObject
{
public:
    explicit WizardHeaderFit(QWizard *wizard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QWizard *m_wizard;
    QTimer m_settled; // fit() once the wizard's layout settled
};

} // namespace fss
