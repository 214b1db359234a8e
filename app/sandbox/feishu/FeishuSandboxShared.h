// What the three parts of the Feishu imitation share (its config, its Open
// API and its login pages); for app/sandbox/feishu only.
#pragma once

#include "sandbox/SandboxServer.h"
#include "sandbox/feishu/FeishuSandboxConfig.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace fss::feishusandbox {

// The scope that lets an app read itself (docs/platforms.md A §7).
inline const QString selfManageScope = QStringLiteral("application:application:self_manage");

// The strings of a JSON array (anything else gives none).
QStringList stringList(const QJsonValue &value);
// A log id as Feishu prints it on errors and pages.
QString logId();
// {"code": N, "msg": "…", "data": {}} — Feishu's envelope for errors (§2.3).
SandboxResponse platformError(int code, const QString &msg, int status = 200);
// 99991672 with permission_violations and the console link (§6.2).
SandboxResponse missingScope(const QStringList &scopes, const QString &appId);
// That 99991672 for `app`, unless it holds one of `anyOf`.
std::optional<SandboxResponse> requireScope(const SandboxApp &app, const QStringList &anyOf);
// "oav_…", the same for the same app and version.
QString versionId(const QString &appId, const QString &version);

} // namespace fss::feishusandbox
