// Helpers for tests that run inside tests/session.sh.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace fss::test {

// The session the test was started in ("keyring" or "no-bus"), or a failure
// message when the test was started without tests/session.sh.
inline bool inSession(const char *expected)
{
    return qgetenv("FSS_TEST_SESSION") == expected;
}

struct SecretScan
{
    int filesScanned = 0;
    QStringList hits; // "file: which secret"
};

// Reads every file under `root` and reports those that contain any of the
// secrets, in UTF-8 or UTF-16 (QString's own encoding, as a memory dump or
// QDataStream would write it).
inline SecretScan scanForSecrets(const QString &root, const QStringList &secrets)
{
    SecretScan scan;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++scan.filesScanned;
        for (const QString &secret : secrets) {
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            if (bytes.contains(secret.toUtf8()) || bytes.contains(utf16))
                scan.hits.append(path);
        }
    }
    return scan;
}

} // namespace fss::test

#define FSS_REQUIRE_SESSION(mode)                                                                                       \
    do {                                                                                                                \
        if (!fss::test::inSession(mode))                                                                                \
            QFAIL("Run this test through tests/session.sh " mode " (ctest does).");                                     \
    } while (false)
