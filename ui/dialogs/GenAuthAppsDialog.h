// Step 2's choice of GenAuth applications: the pool's applications (GenAuth's
// application list, every page), each with whether the Feishu connection is
// on in it, ticked for those the profile names. GenAuth switches a
// connection per application, so Create it for me, `apply` and the
// genauth-enabled check then cover each ticked one.
#pragma once

#include "core/genauth/GenAuthClient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace fss {

class GenAuthAppsDialog : public QDialog
{
    Q_OBJECT

public:
    // `client` carries the pool's ID and secret; `identifier` is the
    // connection's; `chosen` the applications ticked at first.
    GenAuthAppsDialog(GenAuthClient *client, const QString &identifier, const QStringList &chosen, QWidget *parent = nullptr);

    // The ticked applications, in the list's order but the first chosen
    // one first.
    QStringList chosen() const;

private:
    void listed(const ApiResult<QList<GenAuthApplication>> &result);

    QString m_identifier;
    QStringList m_initial;
    QTreeWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace fss
