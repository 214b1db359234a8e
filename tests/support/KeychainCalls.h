// One keychain write, read or removal, waited for: the tests of SecretStore against a
// real Secret Service (tests/session.sh).
#pragma once

#include "core/setup/SecretStore.h"

#include <QTest>

#include <optional>
#include <utility>

namespace fss::test {

inline KeychainResult writeSecret(const QString &profile, SecretName name, const QString &value)
{
    std::optional<KeychainResult> result;
    QObject context;
    SecretStore::write(profile, name, value, &context, [&](const KeychainResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {KeychainResult::Status::Failed, QStringLiteral("test timed out"), {}};
    return *result;
}

inline KeychainResult removeSecret(const QString &profile, SecretName name)
{
    std::optional<KeychainResult> result;
    QObject context;
    SecretStore::remove(profile, name, &context, [&](const KeychainResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {KeychainResult::Status::Failed, QStringLiteral("test timed out"), {}};
    return *result;
}

inline std::pair<KeychainResult, QString> readSecret(const QString &profile, SecretName name)
{
    std::optional<std::pair<KeychainResult, QString>> result;
    QObject context;
    SecretStore::read(profile, name, &context, [&](const KeychainResult &r, const QString &v) { result = {r, v}; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {{KeychainResult::Status::Failed, QStringLiteral("test timed out"), {}}, {}};
    return *result;
}

} // namespace fss::test
