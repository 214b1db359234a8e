// What every one of the six step pages has: the step's instructions, buttons
// that open the exact console page, and a checklist the operator ticks.
// Next is enabled once every item is ticked and the page's own fields are
// acceptable.
#pragma once

#include "core/SetupProfile.h"

#include <QMap>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace fss {

class SetupWizard;

class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(Step step, const QString &title, const QString &instructions, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    bool isComplete() const override;

    // Ticked items, as "<step>/<item>" ids, for the profile.
    QSet<QString> ticked() const;
    void setTicked(const QSet<QString> &ids);

protected:
    SetupWizard *setupWizard() const;
    // Adds "Open …" which opens whatever url() returns at click time.
    void addConsoleButton(const QString &text, std::function<QUrl()> url);
    // Adds "Open …" for a page of this app in the Feishu (or Lark) console.
    void addFeishuConsoleButton(const QString &text, ConsolePage page, const QStringList &scopes = {});
    QCheckBox *addChecklistItem(const QString &id, const QString &text);
    // A live check's verdict beside a checklist item ("status-<step>-<id>");
    // empty text hides it.
    void setItemStatus(const QString &id, const QString &text, bool good);
    QCheckBox *item(const QString &id) const;
    // The area between the instructions and the checklist, for page content.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Extra conditions of a page (fields, a running job).
    virtual bool pageComplete() const { return true; }

private:
    Step m_step;
    QVBoxLayout *m_buttons;
    QVBoxLayout *m_content;
    QVBoxLayout *m_checklist;
    QMap<QString, QCheckBox *> m_items;
    QMap<QString, QLabel *> m_status;
};

} // namespace fss
