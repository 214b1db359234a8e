#include "dialogs/GenAuthAppsDialog.h"

#include "CheckResultsView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fss {

GenAuthAppsDialog::GenAuthAppsDialog(GenAuthClient *client, const QString &identifier, const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
    , m_identifier(identifier)
    , m_initial(chosen)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(tr("Asking GenAuth for the user pool's applications…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("GenAuth applications"));
    setObjectName(QStringLiteral("genAuthApps"));
    resize(720, 460);
    auto intro = new QLabel(tr("GenAuth turns an identity source on per application. Tick every application whose users "
                               "sign in with Feishu; the first ticked one is where the end-to-end login test signs in."),
                            this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("genAuthAppList"));
    m_list->setAccessibleName(tr("Applications of the user pool"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Application"), tr("Application ID"), tr("Feishu connection “%1”").arg(identifier)});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("genAuthAppsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->chosen().isEmpty()); });
    client->listApplications(this, [this](const ApiResult<QList<GenAuthApplication>> &r) { listed(r); });
}

void GenAuthAppsDialog::listed(const ApiResult<QList<GenAuthApplication>> &result)
{
    if (!result.ok()) {
        CheckResult r;
        r.fail(result.error);
        m_status->setText(checkResultHtml(r, this));
        return;
    }
    const QSignalBlocker quiet(m_list);
    int on = 0;
    for (const GenAuthApplication &app : result.value) {
        const bool enabled = std::any_of(app.enabledConnections.cbegin(), app.enabledConnections.cend(),
                                         [this](const EnabledConnection &c) { return c.enabled && c.identifier == m_identifier; });
        on += enabled;
        auto item = new QTreeWidgetItem(m_list, {app.name, app.appId, enabled ? tr("on") : tr("off")});
        item->setData(0, Qt::UserRole, app.appId);
        item->setCheckState(0, m_initial.contains(app.appId) ? Qt::Checked : Qt::Unchecked);
    }
    m_status->setText(tr("%n application(s) in the user pool; the connection is on in %1.", nullptr, int(result.value.size())).arg(on));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
}

QStringList GenAuthAppsDialog::chosen() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            ids.append(item->data(0, Qt::UserRole).toString());
    }
    // The one chosen first before stays first.
    for (const QString &id : m_initial) {
        if (ids.contains(id)) {
            ids.move(ids.indexOf(id), 0);
            break;
        }
    }
    return ids;
}

} // namespace fss
