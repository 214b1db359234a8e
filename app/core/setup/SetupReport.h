// The setup report for hand-over and audit: the profile's non-secret
// settings, the redirect URL, every check's verdict with its time, and the
// login tests' results, as Markdown or HTML. It is built from the profile
// (which holds no secret) and from results whose values are masked, so no
// secret can reach it; the Summary page exports it, tests prove it.
#pragma once

#include "core/login/LoginProbe.h"
#include "core/login/OidcLogin.h"
#include "core/setup/SetupChecks.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace fss {

struct SetupReport
{
    Q_DECLARE_TR_FUNCTIONS(SetupReport)

public:
    SetupProfile profile;
    QList<CheckResult> checks;
    std::optional<LoginResult> feishuLogin;
    QDateTime feishuLoginAt;
    std::optional<OidcLoginResult> genAuthLogin;
    QDateTime genAuthLoginAt;
    QDateTime createdAt = QDateTime::currentDateTimeUtc();
    QString generator; // "feishu-sso-setup 0.1.0"

    QString toMarkdown() const;
    QString toHtml() const;
    // Writes Markdown for *.md, HTML for *.html/*.htm, atomically; returns
    // a translated error, empty on success.
    QString save(const QString &path) const;

    // The profile's non-secret settings as the report and the Summary show them.
    struct Row
    {
        QString name;
        QString value;
    };
    static QList<Row> settings(const SetupProfile &profile);

private:
    QString loginLine(bool feishu) const;
};

} // namespace fss
