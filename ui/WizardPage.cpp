#include "WizardPage.h"

#include "SetupWizard.h"

namespace fss {

void WizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

SetupWizard *WizardPage::setupWizard() const { return qobject_cast<SetupWizard *>(wizard()); }

void WizardPage::registerField(Field field, QWidget *widget, const char *property, const char *changedSignal)
{
    QWizardPage::registerField(fieldName(field), widget, property, changedSignal);
}

QVariant WizardPage::fieldValue(Field field) const { return QWizardPage::field(fieldName(field)); }

bool isBuilt(QWizardPage *page)
{
    auto p = qobject_cast<WizardPage *>(page);
    return !p || p->isBuilt();
}

} // namespace fss
