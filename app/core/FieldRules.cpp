#include "core/FieldRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace fss {

namespace {

// Compiled once per pattern: the rules run on every keystroke.
const QRegularExpression &compiled(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return *it;
}

bool matches(const QString &pattern, const QString &value)
{
    return compiled(pattern).match(value).hasMatch();
}

// First character outside the allowed set, quoted for a message.
QString firstBadCharacter(const QString &value, const QString &allowedPattern)
{
    const QRegularExpression &allowed = compiled(allowedPattern);
    for (const QChar c : value) {
        if (!allowed.match(QString(c)).hasMatch())
            return c.isSpace() ? FieldRules::tr("a space") : QStringLiteral("“%1”").arg(c);
    }
    return {};
}

bool containsSpace(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

bool FieldRules::isLoopbackHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || isLoopbackAddress(host);
}

bool FieldRules::isLoopbackAddress(const QString &host)
{
    // QUrl writes an IP address in one form: IPv4 as four decimal numbers,
    // IPv6 compressed, an IPv4-mapped one as ::ffff:a.b.c.d.
    QUrl url;
    url.setHost(host.trimmed());
    if (!url.isValid())
        return false;
    QString h = url.host();
    if (h == QLatin1String("::1"))
        return true;
    if (h.startsWith(QLatin1String("::ffff:")))
        h = h.mid(7);
    const QStringList parts = h.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        bool ok = false;
        const int n = part.toInt(&ok);
        return ok && n >= 0 && n <= 255 && matches(QStringLiteral("[0-9]{1,3}"), part);
    });
}

FieldCheck FieldRules::appId(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Enter the App ID shown under Credentials & Basic Info; it starts with “cli_”."));
    if (!v.startsWith(QLatin1String("cli_")))
        return FieldCheck::error(v, tr("An App ID starts with “cli_” (for example cli_a1b2c3d4e5f60718). Did you copy the App Secret or the app name?"));
    const QString rest = v.mid(4);
    if (rest.isEmpty())
        return FieldCheck::error(v, tr("The App ID is incomplete: characters are missing after “cli_”."));
    if (!matches(QStringLiteral("[A-Za-z0-9]+"), rest))
        return FieldCheck::error(v, tr("An App ID contains only letters and digits after “cli_”; found %1.")
                                        .arg(firstBadCharacter(rest, QStringLiteral("[A-Za-z0-9]"))));
    if (!matches(QStringLiteral("[0-9a-f]{16}"), rest))
        return FieldCheck::warning(v, tr("App IDs are usually “cli_” and 16 lowercase hex digits; this one has %1 characters after “cli_”. Check that nothing was lost when copying.").arg(rest.size()));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::appSecret(const QString &input, const QString &appId)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Enter the App Secret shown under Credentials & Basic Info (click the eye icon to reveal it)."));
    if (containsSpace(v))
        return FieldCheck::error(v, tr("The App Secret contains a space; copy it again with the copy button next to it."));
    if (!appId.trimmed().isEmpty() && v == appId.trimmed())
        return FieldCheck::error(v, tr("This is the App ID, not the App Secret."));
    if (v.startsWith(QLatin1String("cli_")))
        return FieldCheck::error(v, tr("This looks like an App ID; the App Secret is the hidden value below it."));
    if (!matches(QStringLiteral("[A-Za-z0-9]{32}"), v))
        return FieldCheck::warning(v, tr("App Secrets are usually 32 letters and digits; this one has %1 characters. If verification fails, copy it again.").arg(v.size()));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::userPoolId(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Enter the user pool ID from the GenAuth console (Settings → Basic information)."));
    if (containsSpace(v))
        return FieldCheck::error(v, tr("The user pool ID contains a space."));
    if (!matches(QStringLiteral("[0-9a-f]{24}"), v))
        return FieldCheck::warning(v, tr("User pool IDs are usually 24 lowercase hex digits; this one differs. Check that it is the user pool ID, not an application ID or the secret."));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::userPoolSecret(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::ok(v);
    if (containsSpace(v))
        return FieldCheck::error(v, tr("The user pool secret contains a space; copy it again."));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::identifier(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Choose a connection identifier, for example “feishu”. It becomes part of the redirect URL and cannot be changed later in GenAuth."));
    if (v.size() > 31)
        return FieldCheck::error(v, tr("The identifier must be shorter than 32 characters; it has %1.").arg(v.size()));
    if (v != v.toLower() && matches(QStringLiteral("[A-Za-z0-9-]+"), v))
        return FieldCheck::error(v, tr("Use lowercase letters only: “%1”.").arg(v.toLower()));
    if (!matches(QStringLiteral("[a-z0-9-]+"), v))
        return FieldCheck::error(v, tr("Only lowercase letters, digits and “-” are allowed; found %1.")
                                        .arg(firstBadCharacter(v, QStringLiteral("[a-z0-9-]"))));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::version(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Enter the version number you created, for example 1.0.0."));
    if (!matches(QStringLiteral("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}"), v))
        return FieldCheck::error(v, tr("A version is three numbers separated by dots, for example 1.0.0."));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::profileName(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Name this setup, for example “production”."));
    if (v.size() > 64)
        return FieldCheck::error(v, tr("A profile name has at most 64 characters."));
    if (!v.front().isLetterOrNumber() || v.front().unicode() > 127)
        return FieldCheck::error(v, tr("A profile name starts with a letter or digit."));
    if (!matches(QStringLiteral("[A-Za-z0-9._-]+"), v))
        return FieldCheck::error(v, tr("Use only letters, digits, “.”, “_” and “-”; found %1.")
                                        .arg(firstBadCharacter(v, QStringLiteral("[A-Za-z0-9._-]"))));
    return FieldCheck::ok(v);
}

FieldCheck FieldRules::customHost(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Enter the host of your GenAuth deployment, for example auth.example.com."));
    const QUrl url = QUrl::fromUserInput(v.contains(QLatin1String("://")) ? v : QStringLiteral("https://") + v);
    if (!url.isValid() || url.host().isEmpty())
        return FieldCheck::error(v, tr("“%1” is not a host name or https address.").arg(v));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return FieldCheck::error(v, tr("Use an https:// address."));
    if (url.scheme() == QLatin1String("http") && !FieldRules::isLoopbackHost(url.host()))
        return FieldCheck::error(v, tr("Plain http:// is only allowed for this computer (localhost); use https://."));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return FieldCheck::error(v, tr("Enter only the host, without a path (“%1”).").arg(url.path()));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return FieldCheck::error(v, tr("Enter only the host, without “?”, “#” or a user name."));
    const QString origin = url.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded);
    return FieldCheck::ok(origin);
}

FieldCheck FieldRules::feishuApi(const QString &input)
{
    if (input.trimmed().isEmpty())
        return FieldCheck::ok({});
    FieldCheck c = customHost(input);
    if (!c.acceptable())
        c.message = tr("Feishu Open API address: %1").arg(c.message);
    return c;
}

FieldCheck FieldRules::genAuthAppId(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::ok(v);
    if (containsSpace(v))
        return FieldCheck::error(v, tr("The application ID contains a space."));
    if (!matches(QStringLiteral("[0-9a-f]{24}"), v))
        return FieldCheck::warning(v, tr("GenAuth application IDs are usually 24 lowercase hex digits; this one differs. Copy the App "
                                         "ID from the application's page in the GenAuth console."));
    return FieldCheck::ok(v);
}

namespace {

// An http(s) URL as typed: https anywhere, http only on this computer.
std::optional<QUrl> webUrl(const QString &v, QString *why)
{
    const QUrl url = QUrl::fromUserInput(v.contains(QLatin1String("://")) ? v : QStringLiteral("https://") + v);
    if (!url.isValid() || url.host().isEmpty()) {
        *why = FieldRules::tr("“%1” is not a web address.").arg(v);
        return std::nullopt;
    }
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        *why = FieldRules::tr("Use an https:// address.");
        return std::nullopt;
    }
    if (url.scheme() == QLatin1String("http") && !FieldRules::isLoopbackHost(url.host())) {
        *why = FieldRules::tr("Plain http:// is only allowed for this computer (localhost, 127.0.0.1); use https://.");
        return std::nullopt;
    }
    if (url.hasFragment() || !url.userInfo().isEmpty()) {
        *why = FieldRules::tr("Remove the “#…” part or the user name from the address.");
        return std::nullopt;
    }
    return url;
}

} // namespace

FieldCheck FieldRules::authAddress(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::ok(v);
    QString why;
    const auto url = webUrl(v, &why);
    if (!url)
        return FieldCheck::error(v, why);
    if (url->hasQuery())
        return FieldCheck::error(v, tr("Enter the Authentication address without “?…”."));
    QString value = url->toString(QUrl::FullyEncoded);
    while (value.endsWith(QLatin1Char('/')))
        value.chop(1);
    if (value.endsWith(QLatin1String("/oidc")))
        return FieldCheck::warning(value, tr("Enter the Authentication address itself, without “/oidc”; the wizard adds the paths."));
    return FieldCheck::ok(value);
}

FieldCheck FieldRules::callbackUrl(const QString &input)
{
    const QString v = input.trimmed();
    if (v.isEmpty())
        return FieldCheck::error(v, tr("Enter the login callback URL registered in the GenAuth application."));
    QString why;
    const auto url = webUrl(v, &why);
    if (!url)
        return FieldCheck::error(v, why);
    return FieldCheck::ok(url->toString(QUrl::FullyEncoded));
}

} // namespace fss
