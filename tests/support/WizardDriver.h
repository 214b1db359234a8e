// Drives the real SetupWizard the way an operator does: typing into fields
// found by object name and clicking the wizard's own buttons.
#pragma once

#include "FieldEdit.h"
#include "SetupWizard.h"
#include "StepPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace fss::test {

struct Operator
{
    QString profile = QStringLiteral("acme");
    QString appId = QStringLiteral("cli_a75884b6c733900b");
    QString appSecret = QStringLiteral("baBqE5um9LbFGDy3X7LcfxQX1sqpXlwy");
    QString userPoolId = QStringLiteral("60b49eb83fd80adb96f26e68");
    QString identifier = QStringLiteral("feishu-acme");
    QString userPoolSecret = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    QString version = QStringLiteral("1.0.0");
};

class WizardDriver
{
public:
    explicit WizardDriver(SetupWizard &wizard)
        : w(wizard)
    {
    }

    QAbstractButton *next() const { return w.button(QWizard::NextButton); }
    QAbstractButton *back() const { return w.button(QWizard::BackButton); }
    QAbstractButton *finish() const { return w.button(QWizard::FinishButton); }

    FieldEdit *field(const char *name) const { return w.currentPage()->findChild<FieldEdit *>(QLatin1String(name)); }

    // Replaces a field's text by typing, as a paste would.
    void type(const char *fieldName, const QString &text) const
    {
        FieldEdit *edit = field(fieldName);
        QVERIFY2(edit, fieldName);
        edit->lineEdit()->clear();
        QTest::keyClicks(edit->lineEdit(), text);
    }

    void typeCredentials(const Operator &op) const
    {
        type("appId", op.appId);
        type("appSecret", op.appSecret);
        type("userPoolId", op.userPoolId);
        type("identifier", op.identifier);
        type("userPoolSecret", op.userPoolSecret);
    }

    void typeProfile(const QString &name) const
    {
        auto combo = w.currentPage()->findChild<QComboBox *>(QStringLiteral("profileName"));
        QVERIFY(combo);
        combo->lineEdit()->selectAll();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Delete);
        QTest::keyClicks(combo->lineEdit(), name);
    }

    void tickAll() const
    {
        for (QCheckBox *box : w.currentPage()->findChildren<QCheckBox *>()) {
            if (!box->isChecked())
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        }
    }

    // Step 1's unasked check has stored the secrets and had its answer:
    // step 2's buttons take a click again.
    bool credentialsSettled() const
    {
        auto page = qobject_cast<WizardPage *>(w.page(int(Step::Credentials)));
        auto verify = page ? page->findChild<QAbstractButton *>(QStringLiteral("verifyCredentials")) : nullptr;
        return verify && QTest::qWaitFor([&] { return !page->isBusy() && verify->isEnabled(); }, 20000);
    }

    QList<QCheckBox *> checklist() const { return w.currentPage()->findChildren<QCheckBox *>(); }

    // Clicks Next and waits for the page to change (some pages wait for the
    // keychain). Next may be off a moment first: step 2 stores the secrets
    // while step 1's unasked check runs.
    bool clickNextAndWait(int expectedId) const
    {
        if (!QTest::qWaitFor([&] { return next()->isEnabled(); }, 5000))
            return false;
        QTest::mouseClick(next(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return w.currentId() == expectedId; }, 20000))
            return false;
        if (expectedId == int(Step::Credentials))
            return credentialsSettled();
        return true;
    }

    // From the current page on to `to`: ticks every checklist, types a
    // version on step 5, clicks Next.
    void walkOn(Step to, const QString &version = QStringLiteral("1.0.0")) const
    {
        while (w.currentId() < int(to)) {
            const int id = w.currentId();
            if (id == int(Step::Permissions))
                type("version", version);
            tickAll();
            QVERIFY2(clickNextAndWait(id + 1), qPrintable(QStringLiteral("stuck on page %1").arg(id)));
        }
    }

    SetupWizard &w;
};

} // namespace fss::test
