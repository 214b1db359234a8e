#include "SummaryPage.h"

#include "SetupWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fss {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Your Feishu app is set up as a GenAuth identity source. Keep this profile to check it again later."));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of the setup"));
    m_summary->setObjectName(QStringLiteral("summary"));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void SummaryPage::initializePage()
{
    const auto *w = qobject_cast<SetupWizard *>(wizard());
    const SetupProfile p = w->profile();
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString stored = tr("stored in the keychain");
    const QString notStored = tr("not stored");
    QString cloud;
    switch (p.cloud) {
    case Cloud::GenAuth:
        cloud = QStringLiteral("genauth.ai");
        break;
    case Cloud::Authing:
        cloud = QStringLiteral("authing.cn");
        break;
    case Cloud::Custom:
        cloud = p.customHost;
        break;
    }
    QString html = QStringLiteral("<table cellspacing=6>");
    html += row(tr("Profile"), p.name);
    html += row(tr("Platform"), p.platform == Platform::Lark ? tr("Lark") : tr("Feishu"));
    html += row(tr("GenAuth"), cloud);
    html += row(tr("App ID"), p.appId);
    html += row(tr("App Secret"), p.appSecretStored ? stored : notStored);
    html += row(tr("User pool ID"), p.userPoolId);
    html += row(tr("User pool secret"), p.userPoolSecretStored ? stored : notStored);
    html += row(tr("Connection identifier"), p.identifier);
    html += row(tr("Redirect URL"), redirectUrl(p).toString());
    html += row(tr("Version"), p.version);
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

} // namespace fss
