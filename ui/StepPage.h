// What every one of the six step pages has: the step's instructions, buttons
// that open the exact console page, and a checklist the operator ticks.
// Next is enabled once every item is ticked and the page's own fields are
// acceptable.
#pragma once

#include "core/setup/SetupProfile.h"

#include <QMap>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace fss {

class SetupWizard;

// A page that builds its widgets when first needed, so that the wizard's
// first page shows without waiting for the others.
class LazyPage
{
public:
    virtual ~LazyPage() = default;
    virtual void ensureBuilt() = 0;
};

// Whether `page` has its widgets (and so its fields) yet.
bool isBuilt(QWizardPage *page);

class StepPage : public QWizardPage, public LazyPage
{
    Q_OBJECT

public:
    StepPage(Step step, const QString &title, const QString &instructions, QWidget *parent = nullptr);

    void ensureBuilt() override;
    bool isBuilt() const { return m_built; }

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
    // The page's own widgets, added once, on first need.
    virtual void build() {}

private:
    Step m_step;
    QString m_instructions;
    bool m_built = false;
    QSet<QString> m_pendingTicks; // ticks restored before the page was built
    QVBoxLayout *m_buttons = nullptr;
    QVBoxLayout *m_content = nullptr;
    QVBoxLayout *m_checklist = nullptr;
    QMap<QString, QCheckBox *> m_items;
    QMap<QString, QLabel *> m_status;
};

} // namespace fss
