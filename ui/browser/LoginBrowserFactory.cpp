#include "browser/LoginBrowserFactory.h"

#include "core/transport/Logging.h"
#include "core/transport/NetworkPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace fss {

LoginBrowserFactory *loginBrowserFactory(QString *error)
{
    static LoginBrowserFactory *factory = nullptr;
    if (factory)
        return factory;
    // Next to the executable, where it is installed, or in the build tree.
    QString why;
    for (const QString &dir : NetworkPlugin::searchPath()) {
        const QString path = QDir(dir).filePath(QStringLiteral("fss_loginbrowser"));
        QPluginLoader loader(path);
        if (QObject *instance = loader.instance()) {
            factory = qobject_cast<LoginBrowserFactory *>(instance);
            if (factory) {
                qCInfo(lcLogin) << "embedded browser loaded from" << loader.fileName();
                return factory;
            }
        }
        if (why.isEmpty() && QFileInfo::exists(loader.fileName()))
            why = loader.errorString();
    }
    if (error)
        *error = why.isEmpty() ? QCoreApplication::translate("LoginBrowserFactory", "The embedded browser (fss_loginbrowser) is not installed.")
                               : why;
    return nullptr;
}

} // namespace fss
