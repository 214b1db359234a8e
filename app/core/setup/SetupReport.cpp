#include "core/setup/SetupReport.h"

#include "core/setup/ProfileMapping.h"

#include <QSaveFile>

namespace fss {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString statusText(CheckResult::Status s)
{
    switch (s) {
    case CheckResult::Status::Pass:
        return SetupReport::tr("passed");
    case CheckResult::Status::Fail:
        return SetupReport::tr("failed");
    case CheckResult::Status::Skip:
        return SetupReport::tr("skipped");
    case CheckResult::Status::Pending:
        break;
    }
    return SetupReport::tr("not run");
}

// Markdown table cells hold no line breaks or pipes, and no markup.
QString cell(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

} // namespace

QList<SetupReport::Row> SetupReport::settings(const SetupProfile &p)
{
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
    const QString stored = tr("stored in the system keychain");
    const QString notStored = tr("not stored");
    QList<Row> rows{
        {tr("Profile"), p.name},
        {tr("Platform"), p.platform == Platform::Lark ? tr("Lark") : tr("Feishu")},
        {tr("GenAuth"), cloud},
        {tr("App ID"), p.appId},
        {tr("App Secret"), p.appSecretStored ? stored : notStored},
        {tr("User pool ID"), p.userPoolId},
        {tr("User pool secret"), p.userPoolSecretStored ? stored : notStored},
        {tr("Connection identifier"), p.identifier},
        {tr("Connection name in GenAuth"), p.effectiveConnectionName()},
        {tr("Redirect URL registered in Feishu"), ProfileMapping::redirectUrl(p).toString()},
        {tr("Version"), p.version},
        {tr("GenAuth applications (the first: the login test's)"), p.genAuthAppIds().join(QStringLiteral(", "))},
        {tr("GenAuth authentication address"), p.genAuthAppHost},
        {tr("Login callback of the end-to-end test"), p.effectiveOidcCallback()},
    };
    if (!p.feishuApi.isEmpty())
        rows.insert(3, {tr("Feishu API address"), p.feishuApi});
    if (!p.trustedCertificates.isEmpty())
        rows.append({tr("Extra trusted certificate authorities"), QString::number(p.trustedCertificates.size())});
    return rows;
}

QString SetupReport::loginLine(bool feishu) const
{
    const QDateTime &at = feishu ? feishuLoginAt : genAuthLoginAt;
    if (feishu ? !feishuLogin : !genAuthLogin)
        return tr("not run");
    return (feishu ? feishuLogin->redactedReport() : genAuthLogin->redactedReport()).trimmed() + QLatin1Char('\n') + tr("(at %1)").arg(when(at));
}

QString SetupReport::toMarkdown() const
{
    QString md = QStringLiteral("# %1\n\n").arg(tr("Feishu SSO setup report: %1").arg(profile.name));
    md += tr("Made %1 by %2. It holds no secret: the App Secret and the user pool secret stay in the system keychain.")
              .arg(when(createdAt), generator)
        + QStringLiteral("\n\n## %1\n\n").arg(tr("Settings"));
    md += QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(tr("Setting"), tr("Value"));
    for (const Row &r : settings(profile))
        md += QStringLiteral("| %1 | %2 |\n").arg(cell(r.name), cell(r.value));
    if (const QString caveat = platformCaveat(profile.platform); !caveat.isEmpty())
        md += QStringLiteral("\n> %1\n").arg(caveat);
    md += QStringLiteral("\n## %1\n\n").arg(tr("Checks"));
    if (checks.isEmpty()) {
        md += tr("The checks were not run.") + QStringLiteral("\n");
    } else {
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                  .arg(tr("Result"), tr("Step"), tr("Check"), tr("Details"), tr("Time"));
        for (const CheckResult &c : checks) {
            QString details = c.message;
            if (!c.code.isEmpty())
                details += QStringLiteral(" [%1]").arg(c.code);
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(statusText(c.status), cell(stepLabel(c.step)), cell(c.title), cell(details), when(c.checkedAt));
        }
    }
    md += QStringLiteral("\n## %1\n\n```\n%2\n```\n\n## %3\n\n```\n%4\n```\n")
              .arg(tr("Login test, Feishu only"), loginLine(true), tr("Login test through GenAuth"), loginLine(false));
    return md;
}

QString SetupReport::toHtml() const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}"
                                  ".fail{color:#c62828}.pass{color:#2e7d32}</style></head><body>\n")
                       .arg(esc(tr("Feishu SSO setup report: %1").arg(profile.name)));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(esc(tr("Feishu SSO setup report: %1").arg(profile.name)),
                                                         esc(tr("Made %1 by %2. It holds no secret: the App Secret and the user pool "
                                                                "secret stay in the system keychain.")
                                                                 .arg(when(createdAt), generator)));
    html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Settings")));
    for (const Row &r : settings(profile))
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(r.name), esc(r.value));
    html += QStringLiteral("</table>\n");
    if (const QString caveat = platformCaveat(profile.platform); !caveat.isEmpty())
        html += QStringLiteral("<p class=\"fail\">%1</p>\n").arg(esc(caveat));
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Checks")));
    if (checks.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The checks were not run.")));
    } else {
        html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                    .arg(esc(tr("Result")), esc(tr("Step")), esc(tr("Check")), esc(tr("Details")), esc(tr("Time")));
        for (const CheckResult &c : checks) {
            QString details = esc(c.message);
            if (!c.code.isEmpty())
                details += QStringLiteral(" <code>%1</code>").arg(esc(c.code));
            if (!c.fixUrl.isEmpty() && c.status == CheckResult::Status::Fail)
                details += QStringLiteral(" <a href=\"%1\">%2</a>").arg(esc(c.fixUrl.toString()), esc(tr("Fix it here")));
            html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                        .arg(CheckResult::statusName(c.status), esc(statusText(c.status)), esc(stepLabel(c.step)), esc(c.title), details,
                             esc(when(c.checkedAt)));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n<h2>%3</h2>\n<pre>%4</pre>\n</body></html>\n")
                .arg(esc(tr("Login test, Feishu only")), esc(loginLine(true)), esc(tr("Login test through GenAuth")), esc(loginLine(false)));
    return html;
}

QString SetupReport::save(const QString &path) const
{
    const QString lower = path.toLower();
    const bool html = lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"));
    if (!html && !lower.endsWith(QLatin1String(".md")))
        return tr("Name the report *.md (Markdown) or *.html.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write((html ? toHtml() : toMarkdown()).toUtf8());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace fss
