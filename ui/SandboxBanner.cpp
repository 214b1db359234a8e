#include "SandboxBanner.h"

namespace fss {

SandboxBanner::SandboxBanner(const SetupPrefill &prefill, QWidget *parent)
    : QLabel(parent)
{
    QString text = tr("<b>Sandbox</b><br>Nothing leaves this computer: Feishu is imitated at %1.")
                       .arg(prefill.endpoints.openApi.toString().toHtmlEscaped());
    if (prefill.genAuth.isValid())
        text += QLatin1Char(' ') + tr("GenAuth is imitated at %1, as a private host.").arg(prefill.genAuth.toString().toHtmlEscaped());
    text += QStringLiteral("<br><br>") + tr("Step 2 is filled in with the test app (App ID %1); every live check runs against the "
                                            "imitation.")
                                             .arg(prefill.appId.toHtmlEscaped());
    setText(text);
    setObjectName(QStringLiteral("sandboxBanner"));
    setWordWrap(true);
    setMaximumWidth(200);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Sandbox mode"));
    setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #3b2f00; padding: 8px; border: 1px solid #e0c050; }"));
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
}

} // namespace fss
