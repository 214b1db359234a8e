#include "PlanView.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fss {

PlanView::PlanView(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_body(new QPlainTextEdit(this))
{
    m_list->setObjectName(name);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Change"), tr("Request"), tr("When"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Requests that will be sent"));
    m_body->setObjectName(name + QStringLiteral("Body"));
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("Body of the selected request"));
    m_body->setPlaceholderText(tr("Select a request to see what it sends."));
    m_body->setMaximumHeight(130);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_body);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_body->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
}

QString PlanView::statusText(PlannedChange::Status status)
{
    switch (status) {
    case PlannedChange::Status::Planned:
        return tr("to send");
    case PlannedChange::Status::Sent:
        return tr("sent");
    case PlannedChange::Status::Unchanged:
        return tr("nothing to do");
    case PlannedChange::Status::Failed:
        return tr("failed");
    }
    return {};
}

void PlanView::setChanges(const QList<PlannedChange> &changes)
{
    m_list->clear();
    bool titled = false;
    for (const PlannedChange &c : changes) {
        auto item = new QTreeWidgetItem(m_list, {c.title, c.method + QLatin1Char(' ') + c.url, c.message, statusText(c.status)});
        item->setData(0, Qt::UserRole, c.body.isEmpty() ? tr("(no body)") : c.body);
        item->setData(1, Qt::UserRole, PlannedChange::idName(c.id));
        titled = titled || !c.title.isEmpty();
    }
    m_list->setColumnHidden(0, !titled);
}

} // namespace fss
