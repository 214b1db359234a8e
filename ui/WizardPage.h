// What every page of the wizard has: widgets built on first need (so that
// the first page shows without waiting for the others), fields named by
// Field rather than by string and bound to the setup's session (what the
// operator types goes into it; what the session changes itself shows), and
// whether it is busy. A busy page (waiting
// for the keychain or the network) holds the resume until it says, by
// completeChanged(), that it is done; any other incomplete page stops it.
#pragma once

#include "core/setup/SetupContracts.h"
#include "core/setup/SetupSession.h"

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
    // Binds the fields registered before the page was in a wizard (the
    // first page registers its own at once); SetupWizard calls it.
    void bindFields();

protected:
    // The page's widgets and fields, made once by ensureBuilt().
    virtual void build() {}
    SetupWizard *setupWizard() const;
    // The setup the page shows and edits; nullptr outside a wizard.
    SetupSession *session() const;
    // Where build() puts the page's layout: a widget in a scroll area
    // filling the page, so that at a large text size a long page scrolls
    // instead of squeezing its labels.
    QWidget *contentWidget();
    // Registers `field` with QWizard and binds it to the session: the widget
    // starts from the session's value (or gives the session its own when
    // the session has none), and each change goes into the session.
    void registerField(Field field, QWidget *widget, const char *property, const char *changedSignal);
    QVariant fieldValue(Field field) const;

private:
    struct Registration
    {
        Field field;
        QWidget *widget;
        const char *property;
        const char *changedSignal;
    };
    void bind(const Registration &r);

    QList<Registration> m_unbound; // registered outside a wizard
    bool m_built = false;
    QWidget *m_content = nullptr;
};

// Whether `page` has its widgets (and so its fields) yet.
bool isBuilt(QWizardPage *page);

} // namespace fss
