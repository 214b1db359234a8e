// What the operator is told in each keychain situation tests/session.sh can
// make with real parts: a locked keyring that cannot be unlocked here, and a
// session bus without any Secret Service. Run once per situation (ctest
// entries tst_keychainstates and tst_keychainstates_noservice), on QtKeychain 0.13
// (Debian 12) and 0.15 (Debian 13) alike: the same status, the same message,
// and nothing written anywhere else.
#include "support/KeychainCalls.h"
#include "support/TestSession.h"

#include <QDir>
#include <QTest>

using namespace fss;

namespace {

const QString secretValue = QStringLiteral("keychain-state-secret-0000000000");

} // namespace

class TestKeychainStates : public QObject
{
    Q_OBJECT

    static bool locked() { return test::inSession("locked"); }

private slots:
    void initTestCase()
    {
        if (!test::inSession("locked") && !test::inSession("no-service"))
            QFAIL("Run this test through tests/session.sh locked or no-service (ctest does).");
    }

    void writeSaysWhyAndWhatToDo()
    {
        const KeychainResult r = test::writeSecret(QStringLiteral("p"), SecretName::AppSecret, secretValue);
        qInfo() << "QtKeychain said:" << r.detail;
        if (locked()) {
            QCOMPARE(r.status, KeychainResult::Status::Denied);
            QVERIFY2(r.message.contains(QLatin1String("Unlock your login keyring")), qPrintable(r.message));
        } else {
            QCOMPARE(r.status, KeychainResult::Status::NoKeychain);
            QVERIFY2(r.message.contains(QLatin1String("gnome-keyring")), qPrintable(r.message));
        }
        QVERIFY2(!r.detail.isEmpty(), "the platform's own words are kept for the log");
    }

    void readFailsTheSameWay()
    {
        const KeychainResult r = test::readSecret(QStringLiteral("p"), SecretName::AppSecret).first;
        if (locked()) {
            // Nothing could be stored, and a locked collection hides what it
            // holds: either answer keeps the wizard from using a secret.
            QVERIFY2(r.status == KeychainResult::Status::Denied || r.status == KeychainResult::Status::NotFound,
                     qPrintable(r.message));
        } else {
            QCOMPARE(r.status, KeychainResult::Status::NoKeychain);
        }
    }

    void nothingInPlaintext()
    {
        const test::SecretScan scan = test::scanForSecrets(QDir::homePath(), {secretValue});
        QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStates)
#include "tst_keychainstates.moc"
