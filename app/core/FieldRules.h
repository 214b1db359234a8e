// Rules for what the operator types, checked as they type. Each rule trims
// white space picked up from a paste and says precisely what is wrong.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace fss {

struct FieldCheck
{
    Q_GADGET

public:
    enum class Severity { Ok, Warning, Error };
    Q_ENUM(Severity)

    Severity severity = Severity::Ok;
    QString message; // translated, for the field; empty when Ok
    QString value;   // the input with surrounding white space removed

    bool acceptable() const { return severity != Severity::Error; }

    static FieldCheck ok(const QString &value) { return {Severity::Ok, {}, value}; }
    static FieldCheck warning(const QString &value, const QString &why) { return {Severity::Warning, why, value}; }
    static FieldCheck error(const QString &value, const QString &why) { return {Severity::Error, why, value}; }
};

class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    // cli_ + 16 hex digits is what real App IDs look like, but Feishu's own
    // docs show ids that break the pattern, so only the prefix is enforced.
    static FieldCheck appId(const QString &input);
    // Feishu publishes no format; real secrets are 32 letters and digits.
    static FieldCheck appSecret(const QString &input, const QString &appId = {});
    // GenAuth ids look like MongoDB ObjectIds (24 hex) — inferred, so a warning.
    static FieldCheck userPoolId(const QString &input);
    // Optional: only needed when the wizard talks to the GenAuth management API.
    static FieldCheck userPoolSecret(const QString &input);
    // "lowercase letters, digits and -, less than 32", immutable in GenAuth.
    static FieldCheck identifier(const QString &input);
    static FieldCheck version(const QString &input);
    // localhost or a loopback address: plain http is allowed there, and a
    // callback there is the login test's own.
    static bool isLoopbackHost(const QString &host);
    // An address of this computer written as one (127.0.0.0/8, ::1, in any
    // form QUrl reads: 127.1, 0x7f.0.0.1, [::1], ::ffff:127.0.0.1).
    static bool isLoopbackAddress(const QString &host);
    static FieldCheck profileName(const QString &input);
    // Optional: the Open API origin of a private Feishu deployment (or the
    // sandbox); empty means the platform's own hosts.
    static FieldCheck feishuApi(const QString &input);
    // A private GenAuth deployment: host[:port] or an https origin; value is
    // the normalised origin ("https://host[:port]").
    static FieldCheck customHost(const QString &input);
    // Optional: the GenAuth application the connection is enabled on (an
    // ObjectId like the pool's, so 24 hex is a warning only).
    static FieldCheck genAuthAppId(const QString &input);
    // Optional: the application's Authentication address (its own domain,
    // or the pool's domain with /APP_ID on unified-domain pools, §1);
    // value is the normalised URL without a trailing slash.
    static FieldCheck authAddress(const QString &input);
    // The login callback registered in the GenAuth application for the
    // end-to-end test: https, or http on this computer.
    static FieldCheck callbackUrl(const QString &input);
};

} // namespace fss
