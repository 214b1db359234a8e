#include "PermissionsPage.h"

#include "CheckResultsView.h"
#include "FieldEdit.h"
#include "SetupWizard.h"
#include "core/feishu/RequiredPermissions.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fss {

PermissionsPage::PermissionsPage(QWidget *parent)
    : StepPage(Step::Permissions, parent)
{
}

void PermissionsPage::buildStep()
{
    addFeishuSetupButton();
    m_version = new FieldEdit(tr("Version number"), FieldRules::version, this);
    m_check = new QPushButton(tr("&Check the permissions with Feishu"), this);
    m_addMissing = new QPushButton(tr("&Add the missing ones in Feishu"), this);
    m_result = new QLabel(this);
    addFeishuConsoleButton(tr("Open Permissions && Scopes in Feishu"), ConsolePage::Permissions, requiredScopes());

    for (const RequiredPermission &permission : requiredPermissions()) {
        addChecklistItem(ChecklistId::permission(permission.id), tr("%1 (%2)").arg(permission.displayName(), permission.scopes.join(tr(" or "))));
    }

    m_version->setObjectName(QStringLiteral("version"));
    m_version->setPlaceholderText(QStringLiteral("1.0.0"));
    auto form = new QFormLayout;
    auto label = new QLabel(tr("&Version you created:"), this);
    label->setBuddy(m_version);
    form->addRow(label, m_version);
    contentLayout()->addLayout(form);
    registerField(Field::Version, m_version, "value", SIGNAL(valueChanged()));

    m_check->setObjectName(QStringLiteral("checkPermissions"));
    m_addMissing->setObjectName(QStringLiteral("addMissingPermissions"));
    m_addMissing->hide();
    m_result->setObjectName(QStringLiteral("permissionsResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Result of the permission check"));
    m_result->setOpenExternalLinks(true);
    auto row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_addMissing);
    row->addStretch();
    contentLayout()->addLayout(row);
    contentLayout()->addWidget(m_result);
    connect(m_check, &QPushButton::clicked, this, &PermissionsPage::checkPermissions);
    connect(m_addMissing, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(feishuConsole(session()->profile().platform, ConsolePage::Permissions,
                                                session()->profile().appId, m_missing));
    });
    connect(m_version, &FieldEdit::valueChanged, this, &QWizardPage::completeChanged);
}

bool PermissionsPage::pageComplete() const { return m_version->isAcceptable(); }

void PermissionsPage::checkPermissions()
{
    delete m_checks;
    m_checks = session()->newChecks(this);
    m_missing.clear();
    m_addMissing->hide();
    m_check->setEnabled(false);
    m_result->setText(tr("Asking Feishu…"));
    for (const RequiredPermission &p : requiredPermissions())
        setItemStatus(ChecklistId::permission(p.id), tr("checking…"), true);

    connect(m_checks, &SetupChecks::resultChanged, this, [this](const CheckResult &r) {
        if (r.id.kind != CheckId::Kind::Permission)
            return;
        const ChecklistId id = ChecklistId::permission(r.id.permission);
        applyVerdict(r); // ticks what is verified, with its source
        if (r.status == CheckResult::Status::Pass) {
            setItemStatus(id, tr("granted"), true);
        } else if (r.status == CheckResult::Status::Fail && !r.missingScopes.isEmpty()) {
            setItemStatus(id, tr("missing"), false);
            for (const QString &scope : r.missingScopes) {
                if (!m_missing.contains(scope))
                    m_missing.append(scope);
            }
        } else if (r.status == CheckResult::Status::Fail) {
            setItemStatus(id, tr("not yet"), false);
        }
    });
    connect(m_checks, &SetupChecks::finished, this, [this] {
        m_check->setEnabled(true);
        m_addMissing->setVisible(!m_missing.isEmpty());
        QStringList problems;
        for (const CheckResult &r : m_checks->results()) {
            if (r.status == CheckResult::Status::Fail && r.missingScopes.isEmpty())
                problems.append(checkResultHtml(r, this));
        }
        problems.removeDuplicates();
        if (m_checks->allPassed()) {
            m_result->setText(tr("All seven permissions are granted."));
        } else if (!problems.isEmpty()) {
            m_result->setText(problems.first());
        } else {
            m_result->setText(tr("Missing: %1. Add them in Feishu, then create and release a new version.")
                                  .arg(m_missing.join(QStringLiteral(", "))));
        }
    });
    m_checks->run(SetupChecks::Group::Permissions);
}

} // namespace fss
