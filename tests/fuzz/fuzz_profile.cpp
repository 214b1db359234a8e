// Profiles as read from disk: any JSON becomes a profile, and a profile
// written and read again is the same profile; the file reader refuses
// what it cannot use instead of guessing.
#include "FuzzMain.h"

#include "core/FieldRules.h"
#include "core/setup/ProfileMapping.h"
#include "core/setup/ProfileStore.h"
#include "core/setup/SetupProfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

void fss::fuzz::one(const QByteArray &input)
{
    const SetupProfile p = SetupProfile::fromJson(QJsonDocument::fromJson(input).object());
    SetupProfile again = SetupProfile::fromJson(p.toJson());
    again.name = p.name; // the name is the file's, not in the JSON
    if (!(again == p))
        __builtin_trap();
    ProfileMapping::redirectUrl(p);
    FieldRules::appId(p.appId);
    FieldRules::userPoolId(p.userPoolId);
    FieldRules::identifier(p.identifier);
    FieldRules::customHost(p.customHost);
    FieldRules::authAddress(p.genAuthAppHost);
    FieldRules::callbackUrl(p.oidcCallback);

    static QTemporaryDir dir;
    static const ProfileStore store(dir.path());
    QFile file(store.filePath(QStringLiteral("fuzz")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(input);
        file.close();
        store.load(QStringLiteral("fuzz"));
    }
}
