#include "FieldEdit.h"
#include "Tones.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace fss {

FieldEdit::FieldEdit(const QString &accessibleName, Rule rule, QWidget *parent)
    : QWidget(parent)
    , m_rule(std::move(rule))
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    m_edit->setAccessibleName(accessibleName);
    setFocusProxy(m_edit);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("%1: message").arg(accessibleName));
    m_message->hide();

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear and show buttons matter once there is text; their icons
        // load Qt's image plugins, which start-up need not wait for.
        if (!text.isEmpty() && !m_buttonsAdded) {
            m_buttonsAdded = true;
            m_edit->setClearButtonEnabled(true);
            if (m_secret)
                addShowAction();
        }
        showCheck();
        emit valueChanged();
    });
    // A paste often brings a trailing space or newline; drop it once typing is done.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->text() != m_edit->text().trimmed())
            m_edit->setText(m_edit->text().trimmed());
    });
}

QString FieldEdit::value() const { return m_edit->text().trimmed(); }

void FieldEdit::setValue(const QString &value)
{
    if (value != m_edit->text())
        m_edit->setText(value);
}

FieldCheck FieldEdit::check() const { return m_rule(m_edit->text()); }

void FieldEdit::recheck()
{
    showCheck();
    emit valueChanged();
}

void FieldEdit::setRule(Rule rule)
{
    m_rule = std::move(rule);
    recheck();
}

void FieldEdit::setSecret(bool secret)
{
    m_secret = secret;
    m_edit->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    if (secret && m_buttonsAdded)
        addShowAction();
}

void FieldEdit::addShowAction()
{
    auto show = m_edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setText(tr("Show"));
    show->setToolTip(tr("Show or hide the secret"));
    connect(show, &QAction::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void FieldEdit::setPlaceholderText(const QString &text) { m_edit->setPlaceholderText(text); }

void FieldEdit::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }

void FieldEdit::showCheck()
{
    // No message for a field the operator has not started yet.
    const FieldCheck c = check();
    const bool quiet = m_edit->text().isEmpty() || c.severity == FieldCheck::Severity::Ok;
    m_message->setVisible(!quiet);
    m_message->setText(quiet ? QString() : c.message);
    m_message->setStyleSheet(toneStyle(c.severity == FieldCheck::Severity::Error ? Tone::Problem : Tone::Warning));
}

} // namespace fss
