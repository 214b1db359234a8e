// A line edit that checks its text with a FieldRules rule as the operator
// types and shows the rule's message right under it.
#pragma once

#include "core/FieldRules.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace fss {

class FieldEdit : public QWidget
{
    Q_OBJECT
    // Trimmed text; register this property as the wizard field.
    Q_PROPERTY(QString value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    using Rule = std::function<FieldCheck(const QString &)>;

    FieldEdit(const QString &accessibleName, Rule rule, QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &value);
    FieldCheck check() const;
    bool isAcceptable() const { return check().acceptable(); }

    void setRule(Rule rule);
    void setSecret(bool secret); // password echo with a Show toggle
    void setPlaceholderText(const QString &text);
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit() const { return m_edit; }

public slots:
    void recheck(); // when the rule depends on another field

signals:
    void valueChanged();

private:
    void showCheck();
    void addShowAction();

    Rule m_rule;
    QLineEdit *m_edit;
    QLabel *m_message;
    bool m_secret = false;
    bool m_buttonsAdded = false;
};

} // namespace fss
