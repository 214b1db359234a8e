// GenAuth's answers: the envelope's verdict for every call, and the parsers
// of identity sources, connections and applications, on any JSON.
#include "FuzzMain.h"

#include "core/genauth/GenAuthClient.h"
#include "core/genauth/GenAuthErrors.h"

#include <QJsonDocument>

void fss::fuzz::one(const QByteArray &input)
{
    const QJsonObject answer = QJsonDocument::fromJson(input).object();
    for (int call = 0; call <= int(GenAuthCall::UpdateApplication); ++call) {
        const ApiError e = GenAuthErrors::fromAnswer(answer, {GenAuthCall(call), QUrl(QStringLiteral("https://console.genauth.ai")),
                                                              QStringLiteral("65a1b2c3d4e5f60718293a4b"), QStringLiteral("feishu"),
                                                              QStringLiteral("65b2c3d4e5f60718293a4b5c")});
        if (!e.ok() && e.message.isEmpty())
            __builtin_trap();
    }
    const QJsonValue data = answer.value(QLatin1String("data"));
    GenAuthClient::parseExtIdpList(data);
    GenAuthClient::parseExtIdp(data.toObject());
    GenAuthClient::parseApplication(data.toObject());
    GenAuthClient::connectionFromJson(data.toObject());
}
