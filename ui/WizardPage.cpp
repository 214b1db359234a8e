#include "WizardPage.h"

#include "SetupWizard.h"
#include "core/setup/SetupSession.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace fss {

void WizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

QWidget *WizardPage::contentWidget()
{
    if (!m_content) {
        auto outer = new QVBoxLayout(this);
        outer->setContentsMargins(0, 0, 0, 0);
        auto scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("pageScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_content = new QWidget;
        m_content->setObjectName(QStringLiteral("pageContent"));
        scroll->setWidget(m_content);
        outer->addWidget(scroll);
    }
    return m_content;
}

SetupWizard *WizardPage::setupWizard() const { return qobject_cast<SetupWizard *>(wizard()); }

SetupSession *WizardPage::session() const
{
    const SetupWizard *w = setupWizard();
    return w ? w->session() : nullptr;
}

namespace {

// One field's two directions between its widget and the session.
class FieldBinding : public QObject
{
    Q_OBJECT

public:
    FieldBinding(Field field, QWidget *widget, const char *property, SetupSession *session)
        : QObject(widget)
        , m_field(field)
        , m_widget(widget)
        , m_property(property)
        , m_session(session)
    {
        connect(session, &SetupSession::fieldChanged, this, &FieldBinding::sessionChanged);
    }

public slots:
    void widgetChanged() { m_session->setField(m_field, m_widget->property(m_property)); }

private:
    void sessionChanged(Field field, const QVariant &value)
    {
        if (field == m_field && m_widget->property(m_property) != value)
            m_widget->setProperty(m_property, value);
    }

    Field m_field;
    QWidget *m_widget;
    const char *m_property;
    SetupSession *m_session;
};

} // namespace

void WizardPage::registerField(Field field, QWidget *widget, const char *property, const char *changedSignal)
{
    QWizardPage::registerField(fieldName(field), widget, property, changedSignal);
    const Registration r{field, widget, property, changedSignal};
    if (session())
        bind(r);
    else
        m_unbound.append(r);
}

void WizardPage::bindFields()
{
    if (!session())
        return;
    for (const Registration &r : std::exchange(m_unbound, {}))
        bind(r);
}

void WizardPage::bind(const Registration &r)
{
    SetupSession *s = session();
    if (const QVariant value = s->field(r.field); value != SetupSession::blankField(r.field))
        r.widget->setProperty(r.property, value);
    else
        s->setField(r.field, r.widget->property(r.property));
    auto binding = new FieldBinding(r.field, r.widget, r.property, s);
    connect(r.widget, r.changedSignal, binding, SLOT(widgetChanged()));
}

QVariant WizardPage::fieldValue(Field field) const { return QWizardPage::field(fieldName(field)); }

bool isBuilt(QWizardPage *page)
{
    auto p = qobject_cast<WizardPage *>(page);
    return !p || p->isBuilt();
}

} // namespace fss

#include "WizardPage.moc"
