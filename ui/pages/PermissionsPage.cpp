#include "PermissionsPage.h"

#include "FieldEdit.h"
#include "SetupWizard.h"
#include "core/RequiredPermissions.h"

#include <QFormLayout>
#include <QLabel>

namespace fss {

PermissionsPage::PermissionsPage(QWidget *parent)
    : StepPage(Step::Permissions, tr("Grant permissions and create a version"),
               tr("<ol><li>Open <b>Permissions &amp; Scopes</b>; the button below filters it to the seven permissions "
                  "GenAuth needs. Enable each one.</li>"
                  "<li>Open <b>Version Management &amp; Release</b>, click <b>Create a version</b>, enter a version "
                  "number and save. Permissions take effect only with a released version.</li></ol>"),
               parent)
    , m_version(new FieldEdit(tr("Version number"), FieldRules::version, this))
{
    addFeishuConsoleButton(tr("Open Permissions && Scopes in Feishu"), ConsolePage::Permissions, requiredScopes());

    for (const RequiredPermission &permission : requiredPermissions()) {
        addChecklistItem(permission.id, tr("%1 (%2)").arg(permission.displayName(), permission.scopes.join(tr(" or "))));
    }

    m_version->setObjectName(QStringLiteral("version"));
    m_version->setPlaceholderText(QStringLiteral("1.0.0"));
    auto form = new QFormLayout;
    auto label = new QLabel(tr("&Version you created:"), this);
    label->setBuddy(m_version);
    form->addRow(label, m_version);
    contentLayout()->addLayout(form);
    registerField(QStringLiteral("version"), m_version, "value", SIGNAL(valueChanged()));
    connect(m_version, &FieldEdit::valueChanged, this, &QWizardPage::completeChanged);
}

bool PermissionsPage::pageComplete() const { return m_version->isAcceptable(); }

} // namespace fss
