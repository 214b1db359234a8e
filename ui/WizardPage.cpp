#include "WizardPage.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include "SetupWizard.h"

namespace fss {

void WizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

QWidget *WizardPage::contentWidget()
{
    if (!m_content) {
        auto outer = new QVBoxLayout(this);
        outer->setContentsMargins(0, 0, 0, 0);
        auto scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("pageScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_content = new QWidget;
        m_content->setObjectName(QStringLiteral("pageContent"));
        scroll->setWidget(m_content);
        outer->addWidget(scroll);
    }
    return m_content;
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
