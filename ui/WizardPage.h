// What every page of the wizard has: widgets built on first need (so that
// the first page shows without waiting for the others), fields named by
// Field rather than by string, and whether it is busy. A busy page (waiting
// for the keychain or the network) holds the resume until it says, by
// completeChanged(), that it is done; any other incomplete page stops it.
#pragma once

#include "core/setup/SetupContracts.h"

#include <QWizardPage>

namespace fss {

class SetupWizard;

class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    void ensureBuilt();
    bool isBuilt() const { return m_built; }
    virtual bool isBusy() const { return false; }

protected:
    // The page's widgets and fields, made once by ensureBuilt().
    virtual void build() {}
    SetupWizard *setupWizard() const;
    // Where build() puts the page's layout: a widget in a scroll area
    // filling the page, so that at a large text size a long page scrolls
    // instead of squeezing its labels.
    QWidget *contentWidget();
    void registerField(Field field, QWidget *widget, const char *property = nullptr, const char *changedSignal = nullptr);
    QVariant fieldValue(Field field) const;

private:
    bool m_built = false;
    QWidget *m_content = nullptr;
};

// Whether `page` has its widgets (and so its fields) yet.
bool isBuilt(QWizardPage *page);

} // namespace fss
