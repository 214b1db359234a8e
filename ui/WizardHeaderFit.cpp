#include "WizardHeaderFit.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QWizard>

namespace fss {

WizardHeaderFit::WizardHeaderFit(QWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    m_settled.setSingleShot(true);
    m_settled.setInterval(0);
    connect(&m_settled, &QTimer::timeout, this, &WizardHeaderFit::fit);
    connect(wizard, &QWizard::currentIdChanged, &m_settled, qOverload<>(&QTimer::start));
    wizard->installEventFilter(this);
}

bool WizardHeaderFit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::LayoutRequest: // QWizard sets the header up again (a page, a font)
    case QEvent::Resize:
    case QEvent::FontChange:
        m_settled.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WizardHeaderFit::fit()
{
    const QWizardPage *page = m_wizard->currentPage();
    if (!page || page->subTitle().isEmpty() || !m_wizard->isVisible())
        return;
    // The header's subtitle: the label outside the pages that shows it.
    for (QLabel *label : m_wizard->findChildren<QLabel *>()) {
        if (label->text() != page->subTitle() || page->isAncestorOf(label) || !label->isVisible())
            continue;
        QWidget *header = label->parentWidget();
        const int needed = label->heightForWidth(label->width());
        if (!header || !header->layout() || needed <= label->height())
            return;
        label->setMinimumHeight(needed);
        header->setMaximumHeight(QWIDGETSIZE_MAX);
        header->setMinimumHeight(header->layout()->totalMinimumSize().height());
        return;
    }
}

} // namespace fss
