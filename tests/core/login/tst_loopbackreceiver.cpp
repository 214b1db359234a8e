// The loopback listener of builds without WebEngine, hit by a real client:
// wrong path, wrong state, the right one, then nothing more.
#include "core/login/LoopbackReceiver.h"

#include "support/SandboxHelpers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    PageAnswer get(const QString &url) { return fetch(m_nam, QNetworkRequest(QUrl(url))); }

private slots:
    void oneCallbackThenClosed()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.start());
        receiver.setExpectedState(QStringLiteral("s3cret-state"));
        QVERIFY(receiver.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(receiver.redirectUri().endsWith(QLatin1String("/callback")));
        QVERIFY(receiver.isListening());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(receiver.port());
        QSignalSpy received(&receiver, &LoopbackReceiver::callbackReceived);

        QCOMPARE(get(base + QStringLiteral("/")).status, 404);
        QCOMPARE(get(base + QStringLiteral("/callback?code=c&state=wrong")).status, 400);
        QVERIFY(received.isEmpty());
        QVERIFY(receiver.isListening());

        const PageAnswer ok = get(base + QStringLiteral("/callback?code=c0de&state=s3cret-state"));
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("return to Feishu SSO Setup"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(QUrlQuery(received.first().first().toUrl()).queryItemValue(QStringLiteral("code")), QStringLiteral("c0de"));

        // Closed after the one callback: the port takes no connection.
        QTRY_VERIFY(!receiver.isListening());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(!probe.waitForConnected(2000));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
        QCOMPARE(received.size(), 1);
    }

    void listensOnLoopbackOnly()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.start());
        for (const QTcpServer *s : receiver.servers())
            QCOMPARE(s->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
