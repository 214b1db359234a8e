// What every one of the six step pages has: the step's instructions, buttons
// that open the exact console page, and a checklist the operator ticks.
// Next is enabled once every item is ticked and the page's own fields are
// acceptable.
#pragma once

#include "WizardPage.h"
#include "core/setup/SetupChecks.h"
#include "core/setup/SetupProfile.h"

#include <QMap>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fss {

class StepPage : public WizardPage
{
    Q_OBJECT

public:
    // Titled "Step N of 6 — <stepTitle(step)>", the step list's words.
    // The instructions are the step's (StepInstructions).
    StepPage(Step step, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    bool isComplete() const override;
    // Every item of the checklist is ticked (verified or by hand).
    bool allTicked() const;

    // Opens Set it up in Feishu for me (FeishuSetupDialog) for the app of
    // Step 2, and takes in what it did.
    void openFeishuSetup();

    // Runs the page's live check (addLiveCheck); nothing when it has none.
    virtual void runLiveCheck();

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
    // Adds "Check with Feishu" ("checkStep<N>"), which runs these checks;
    // their verdicts tick or clear the items whose fact they verify
    // (checklistItemsVerifiedBy), and the page says where each fact came
    // from. It runs again by itself after Set it up in Feishu.
    void addLiveCheck(SetupChecks::Groups groups);
    // A verdict on this page's items: a pass ticks them and keeps them ticked
    // (the operator cannot untick a verified fact); a failure clears those it
    // refutes; a check that could not see the fact leaves them to the operator.
    void applyVerdict(const CheckResult &result);
    // Called after every live check of the page finished.
    virtual void liveCheckFinished(const SetupChecks &) {}
    // A live check's verdict beside a checklist item ("status-<step>-<item>");
    // empty text hides it.
    void setItemStatus(const ChecklistId &id, const QString &text, bool good);
    QCheckBox *item(const ChecklistId &id) const;
    // Replaces an item's text (its label and its box's accessible name).
    void setItemText(const ChecklistId &id, const QString &text);
    // The area between the instructions and the checklist, for page content.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Extra conditions of a page (fields, a running job).
    virtual bool pageComplete() const { return true; }
    // The step's own widgets and checklist items, added once, on first need,
    // into the frame build() makes.
    virtual void buildStep() {}

private:
    void build() final;
    void showTicks(); // the session's ticks on this page's items

    Step m_step;
    QVBoxLayout *m_buttons = nullptr;
    QVBoxLayout *m_content = nullptr;
    QVBoxLayout *m_checklist = nullptr;
    QMap<QString, QCheckBox *> m_items;
    QMap<QString, QLabel *> m_status;
    QMap<QString, QLabel *> m_labels; // each item's text, beside its box
    SetupChecks::Groups m_liveGroups;
    QPushButton *m_liveCheck = nullptr;
    QLabel *m_liveResult = nullptr;
    SetupChecks *m_checks = nullptr;
};

} // namespace fss
