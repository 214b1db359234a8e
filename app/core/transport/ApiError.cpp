#include "core/transport/ApiError.h"

namespace fss {

bool ApiError::transient() const
{
    if (kind == Kind::Closed)
        return true;
    if (kind == Kind::Http || kind == Kind::NotJson)
        return httpStatus == 429 || httpStatus >= 500;
    return false;
}

QString stepTitle(Step step)
{
    switch (step) {
    case Step::Welcome:
        return QCoreApplication::translate("fss", "Welcome");
    case Step::CreateApp:
        return QCoreApplication::translate("fss", "Create the app");
    case Step::Credentials:
        return QCoreApplication::translate("fss", "Credentials");
    case Step::WebPage:
        return QCoreApplication::translate("fss", "Web page capability");
    case Step::RedirectUrl:
        return QCoreApplication::translate("fss", "Redirect URL");
    case Step::Permissions:
        return QCoreApplication::translate("fss", "Permissions and version");
    case Step::Publish:
        return QCoreApplication::translate("fss", "Publish and approval");
    case Step::TestLogin:
        return QCoreApplication::translate("fss", "Login test");
    case Step::Summary:
        return QCoreApplication::translate("fss", "Summary");
    }
    return {};
}

bool isNumberedStep(Step step)
{
    return step != Step::Welcome && step != Step::TestLogin && step != Step::Summary;
}

QString stepLabel(Step step)
{
    if (!isNumberedStep(step))
        return stepTitle(step);
    return QCoreApplication::translate("fss", "Step %1 (%2)").arg(int(step)).arg(stepTitle(step));
}

} // namespace fss
