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

QString stepLabel(Step step)
{
    switch (step) {
    case Step::Welcome:
        return QCoreApplication::translate("fss", "Welcome (platform and addresses)");
    case Step::CreateApp:
        return QCoreApplication::translate("fss", "Step 1 (Create the app)");
    case Step::Credentials:
        return QCoreApplication::translate("fss", "Step 2 (Credentials)");
    case Step::WebPage:
        return QCoreApplication::translate("fss", "Step 3 (Web page capability)");
    case Step::RedirectUrl:
        return QCoreApplication::translate("fss", "Step 4 (Redirect URL)");
    case Step::Permissions:
        return QCoreApplication::translate("fss", "Step 5 (Permissions and version)");
    case Step::Publish:
        return QCoreApplication::translate("fss", "Step 6 (Publish and approval)");
    case Step::TestLogin:
        return QCoreApplication::translate("fss", "the login test");
    case Step::Summary:
        return QCoreApplication::translate("fss", "Summary");
    }
    return {};
}

} // namespace fss
