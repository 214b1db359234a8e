#include "core/setup/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fss;

class TestProfileStore : public QObject
{
    Q_OBJECT

    static SetupProfile sample(const QString &name)
    {
        SetupProfile p;
        p.name = name;
        p.appId = QStringLiteral("cli_a75884b6c733900b");
        p.userPoolId = QStringLiteral("60b49eb83fd80adb96f26e68");
        p.identifier = QStringLiteral("feishu");
        p.ticked = {QStringLiteral("1/created")};
        p.lastStep = Step::RedirectUrl;
        p.genAuthAppId = QStringLiteral("65b2c3d4e5f60718293a4b5c");
        p.genAuthAppHost = QStringLiteral("https://acme.genauth.ai");
        p.oidcCallback = QStringLiteral("http://127.0.0.1:9000/callback");
        p.connectionName = QStringLiteral("Feishu (Acme)");
        p.appSecretFieldKey = QStringLiteral("app_secret");
        return p;
    }

private slots:
    void saveLoadAndList()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path() + QStringLiteral("/profiles")); // created on first save
        QVERIFY(store.names().isEmpty());
        QCOMPARE(store.save(sample(QStringLiteral("prod"))), QString());
        QCOMPARE(store.save(sample(QStringLiteral("staging"))), QString());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("prod"), QStringLiteral("staging")}));
        QVERIFY(store.contains(QStringLiteral("prod")));
        QVERIFY(!store.contains(QStringLiteral("other")));

        const ProfileStore::Loaded loaded = store.load(QStringLiteral("prod"));
        QVERIFY2(loaded.profile, qPrintable(loaded.error));
        QCOMPARE(*loaded.profile, sample(QStringLiteral("prod")));
    }

    void fileIsPrivateAndHasNoSecretKeys()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        QCOMPARE(store.save(sample(QStringLiteral("prod"))), QString());
        QFile file(store.filePath(QStringLiteral("prod")));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        // Only whether a secret is stored, and the name GenAuth gives the
        // App Secret's field (appSecretFieldKey), may mention a secret.
        for (const QString &key : o.keys())
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive) || key.endsWith(QLatin1String("Stored"))
                         || key == QLatin1String("appSecretFieldKey"),
                     qPrintable(key));
    }

    void overwriteReplacesWholeFile()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        SetupProfile p = sample(QStringLiteral("prod"));
        p.appId = QStringLiteral("cli_") + QString(200, QLatin1Char('a')); // a longer first version
        QCOMPARE(store.save(p), QString());
        p = sample(QStringLiteral("prod"));
        QCOMPARE(store.save(p), QString());
        QCOMPARE(*store.load(QStringLiteral("prod")).profile, p);
        // QSaveFile leaves no temporary files behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("prod.json")});
    }

    void damagedFileIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        QFile file(store.filePath(QStringLiteral("broken")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"appId\": \"cli_");
        file.close();
        const ProfileStore::Loaded loaded = store.load(QStringLiteral("broken"));
        QVERIFY(!loaded.profile);
        QVERIFY2(loaded.error.contains(QLatin1String("damaged")), qPrintable(loaded.error));
        QVERIFY(loaded.error.contains(file.fileName()));
        QVERIFY(QFile::exists(file.fileName()));
    }

    void badNamesNeverTouchTheDisk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("traversal") << "../outside";
        QTest::newRow("slash") << "a/b";
        QTest::newRow("empty") << "";
    }

    void badNamesNeverTouchTheDisk()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const ProfileStore store(dir.path() + QStringLiteral("/profiles"));
        SetupProfile p = sample(name);
        QVERIFY(!store.save(p).isEmpty());
        QVERIFY(!store.load(name).profile);
        QVERIFY(!store.remove(name).isEmpty());
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/outside.json")));
        QVERIFY(!QDir(dir.path() + QStringLiteral("/profiles")).exists());
    }

    void missingProfile()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        const ProfileStore::Loaded loaded = store.load(QStringLiteral("nope"));
        QVERIFY(!loaded.profile);
        QVERIFY(loaded.error.contains(QLatin1String("no profile named")));
        QCOMPARE(store.remove(QStringLiteral("nope")), QString()); // nothing to delete is fine
    }

    void unusableFolderIsAnError()
    {
        // A file where the profile folder should be: fails for root as well.
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/profiles"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ProfileStore store(blocker.fileName());
        const QString error = store.save(sample(QStringLiteral("prod")));
        QVERIFY2(error.contains(QLatin1String("Cannot create the profile folder")), qPrintable(error));
        QVERIFY(error.contains(blocker.fileName()));
        QVERIFY(!store.load(QStringLiteral("prod")).profile);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
