// What the three parts of the GenAuth imitation share (its config, its
// management API and its OpenID provider); for app/sandbox/genauth only.
#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QString>

namespace fss::genauthsandbox {

// GenAuth's ids look like MongoDB ObjectIds: 24 lowercase hex digits (§6).
QString objectId();
QString str(const QJsonObject &o, const char *key);
// GenAuth answers HTTP 200 and tells success by statusCode (§2.3).
SandboxResponse ok(const QJsonValue &data);

} // namespace fss::genauthsandbox
