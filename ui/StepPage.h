// What every one of the six step pages has: the step's instructions, buttons
// that open the exact console page, and a checklist the operator ticks.
// Next is enabled once every item is ticked and the page's own fields are
// acceptable.
#pragma once

#include "WizardPage.h"
#include "core/setup/SetupProfile.h"

#include <QMap>

#include <functional>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace fss {

class StepPage : public WizardPage
{
    Q_OBJECT

public:
    StepPage(Step step, const QString &title, const QString &instructions, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    bool isComplete() const override;

    // Ticked items, as ChecklistId texts ("<step>/<item>"), for the profile.
    QSet<QString> ticked() const;
    void setTicked(const QSet<QString> &ids);

protected:
    // Adds "Open …" which opens whatever url() returns at click time.
    void addConsoleButton(const QString &text, std::function<QUrl()> url);
    // Adds "Open …" for a page of this app in the Feishu (or Lark) console.
    void addFeishuConsoleButton(const QString &text, ConsolePage page, const QStringList &scopes = {});
    // An item of this step's checklist (its step is this page's).
    // Adds "Set it up in Feishu for me…" (steps 3 to 6), which shows the
    // plan first (FeishuSetupDialog).
    void addFeishuSetupButton();
    QCheckBox *addChecklistItem(const ChecklistId &id, const QString &text);
    // A live check's verdict beside a checklist item ("status-<step>-<item>");
    // empty text hides it.
    void setItemStatus(const ChecklistId &id, const QString &text, bool good);
    QCheckBox *item(const ChecklistId &id) const;
    // The area between the instructions and the checklist, for page content.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Extra conditions of a page (fields, a running job).
    virtual bool pageComplete() const { return true; }
    // The step's own widgets and checklist items, added once, on first need,
    // into the frame build() makes.
    virtual void buildStep() {}

private:
    Step m_step;
    QString m_instructions;
    void build() final;

    QSet<QString> m_pendingTicks; // ticks restored before the page was built
    QVBoxLayout *m_buttons = nullptr;
    QVBoxLayout *m_content = nullptr;
    QVBoxLayout *m_checklist = nullptr;
    QMap<QString, QCheckBox *> m_items;
    QMap<QString, QLabel *> m_status;
};

} // namespace fss
