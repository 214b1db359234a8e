// The wizard: Welcome → six steps → Summary. It keeps the pages, the
// navigation and the resume; everything the setup holds is its
// SetupSession's, which the pages read and write (their fields are bound to
// it) and which it saves on every page change.
#pragma once

#include "core/setup/ProfileStore.h"
#include "core/setup/SetupContracts.h"

#include <QWizard>

#include <functional>

namespace fss {

class SetupSession;
class StepList;

// What the Welcome page holds, carried over when the wizard opens again in
// another language.
struct WelcomeChoices
{
    bool carried = false; // false: nothing to restore but the profile name
    QString profileName;
    bool lark = false;
    int cloud = 0;
    QString customHost;
    QString feishuApi;
    QStringList trustedCertificates;
};

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(ProfileStore store, const QString &profileName = {}, QWidget *parent = nullptr);

    // The setup: what every page shows and edits.
    SetupSession *session() const { return m_session; }

    // Opens `name` in the session (its file, then its secrets) and continues
    // where the operator left off. `done` gets a translated error, empty on
    // success.
    void openProfile(const QString &name, std::function<void(const QString &error)> done);
    // Saves the session's profile at the page shown now; returns a
    // translated error, empty on success.
    QString saveProgress();

    QVariant fieldValue(Field field) const { return QWizard::field(fieldName(field)); }
    void setFieldValue(Field field, const QVariant &value) { QWizard::setField(fieldName(field), value); }

    // Every step page's live check (after Set it up in Feishu).
    void runLiveChecks();
    // Builds every page that has not been built yet (fields, checklists).
    void ensurePagesBuilt();

    WelcomeChoices welcomeChoices() const;
    void setWelcomeChoices(const WelcomeChoices &choices);

signals:
    // The operator chose this language ("en", "zh_CN") on the Welcome page.
    void languageChosen(const QString &code);
    void progressSaveFailed(const QString &error);

protected:
    void done(int result) override;
    void initializePage(int id) override;
    int nextId() const override;

private:
    template <class Page, class Function>
    void forEachPage(Function f) const
    {
        for (int id : pageIds()) {
            if (auto p = qobject_cast<Page *>(page(id)))
                f(p);
        }
    }
    void showPrefill();
    void continueResume();
    // Straight to the login test (LoginShortcut).
    void goToLoginTest();

    SetupSession *m_session;
    StepList *m_stepList = nullptr; // the side widget
    int m_resumeTarget = -1;
    bool m_skippingToLogin = false; // nextId() leads to the login test
};

} // namespace fss
