// The end-to-end login's OpenID Connect client against an independent,
// OpenID-certified provider: panva's oidc-provider (from the npm registry,
// installed by the test command) on loopback, with a PKCE public client.
// A network client plays the user on the provider's development login and
// consent pages; discovery, PKCE, the code exchange and the ID token's
// RS256 signature are all the provider's own, not the sandbox's.
#include "support/SandboxHelpers.h"

#include "core/login/OidcLogin.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace fss;
using namespace fss::test;

class TestOidcProvider : public QObject
{
    Q_OBJECT

    QProcess m_provider;
    QString m_issuer;
    const QString clientId = QStringLiteral("fss-e2e");
    const QString callback = QStringLiteral("http://127.0.0.1:47821/callback");

    // Follows redirects and submits the provider's forms (login: any name
    // and password; consent: Continue) until the callback comes.
    static QUrl playUser(QNetworkAccessManager &nam, QUrl url, const OidcLogin &login, QString *where)
    {
        static const QRegularExpression form(QStringLiteral("<form[^>]*action=\"([^\"]+)\"[^>]*method=\"post\""));
        static const QRegularExpression hidden(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\""));
        for (int hop = 0; hop < 12; ++hop) {
            if (login.isCallback(url))
                return url;
            PageAnswer a = fetch(nam, QNetworkRequest(url));
            if (a.status == 200) {
                const QString html = QString::fromUtf8(a.body);
                const QRegularExpressionMatch m = form.match(html);
                if (!m.hasMatch()) {
                    *where = html;
                    return {};
                }
                QUrlQuery fields;
                for (auto it = hidden.globalMatch(html); it.hasNext();) {
                    const QRegularExpressionMatch h = it.next();
                    fields.addQueryItem(h.captured(1), h.captured(2));
                }
                if (html.contains(QLatin1String("name=\"login\""))) {
                    fields.addQueryItem(QStringLiteral("login"), QStringLiteral("zhangsan"));
                    fields.addQueryItem(QStringLiteral("password"), QStringLiteral("any"));
                }
                QNetworkRequest post(url.resolved(QUrl(m.captured(1))));
                post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
                a = fetch(nam, post, "POST", fields.query(QUrl::FullyEncoded).toLatin1());
            }
            if (a.status < 300 || a.status >= 400 || !a.location.isValid()) {
                *where = QStringLiteral("HTTP %1 at %2: %3").arg(a.status).arg(url.toString(), QString::fromUtf8(a.body.left(300)));
                return {};
            }
            url = url.resolved(a.location);
        }
        *where = QStringLiteral("too many hops");
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OidcLoginResult>();
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "Node.js is missing: ./scripts/setup.sh test installs it");
        QVERIFY2(QFileInfo::exists(QStringLiteral(FSS_OIDC_PROVIDER_DIR "/node_modules/oidc-provider")),
                 "oidc-provider is not installed: ./scripts/setup.sh test runs npm ci in tests/oidc-provider");
        m_provider.setWorkingDirectory(QStringLiteral(FSS_OIDC_PROVIDER_DIR));
        m_provider.setProcessChannelMode(QProcess::SeparateChannels);
        m_provider.start(node, {QStringLiteral("provider.mjs"), clientId, callback});
        QVERIFY2(m_provider.waitForStarted(), qPrintable(m_provider.errorString()));
        QVERIFY(QTest::qWaitFor([&] { return m_provider.canReadLine() || m_provider.state() == QProcess::NotRunning; }, 30000));
        const QString line = QString::fromUtf8(m_provider.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("issuer http://127.0.0.1:")), qPrintable(line + m_provider.readAllStandardError()));
        m_issuer = line.mid(7);
    }

    void cleanupTestCase()
    {
        m_provider.closeWriteChannel(); // it exits when stdin closes
        if (!m_provider.waitForFinished(5000))
            m_provider.kill();
    }

    void loginWithPkceAndVerifiedIdToken()
    {
        ApiTransport transport;
        QNetworkAccessManager browser;
        OidcLogin login(&transport);
        login.setSettings({m_issuer, clientId, callback, {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")}});
        QSignalSpy ready(&login, &OidcLogin::ready);
        QSignalSpy finished(&login, &OidcLogin::finished);
        login.start();
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !finished.isEmpty(); }, 20000));
        QVERIFY2(!ready.isEmpty(), qPrintable(finished.value(0).value(0).value<OidcLoginResult>().error.message));
        QString where;
        const QUrl back = playUser(browser, ready.first().first().toUrl(), login, &where);
        QVERIFY2(back.isValid(), qPrintable(where));
        // The provider names itself in the response (RFC 9207); the client checks it.
        QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_issuer);
        login.handleCallback(back);
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        const auto r = finished.first().first().value<OidcLoginResult>();
        QVERIFY2(r.ok(), qPrintable(r.error.code + QLatin1Char(' ') + r.error.message + QLatin1Char(' ') + r.error.detail));
        QVERIFY(r.provider.discovered);
        QCOMPARE(r.provider.issuer, m_issuer);
        QCOMPARE(r.claims.value(QLatin1String("sub")).toString(), QStringLiteral("zhangsan"));
        QCOMPARE(r.claims.value(QLatin1String("aud")).toString(), clientId);
        QCOMPARE(r.claims.value(QLatin1String("iss")).toString(), m_issuer);
    }

    void forgedIssuerInTheResponseIsRefused()
    {
        ApiTransport transport;
        QNetworkAccessManager browser;
        OidcLogin login(&transport);
        login.setSettings({m_issuer, clientId, callback, {QStringLiteral("openid")}});
        QSignalSpy ready(&login, &OidcLogin::ready);
        QSignalSpy finished(&login, &OidcLogin::finished);
        login.start();
        QVERIFY(ready.wait(20000));
        QString where;
        QUrl back = playUser(browser, ready.first().first().toUrl(), login, &where);
        QVERIFY2(back.isValid(), qPrintable(where));
        QUrlQuery q(back);
        q.removeAllQueryItems(QStringLiteral("iss"));
        q.addQueryItem(QStringLiteral("iss"), QStringLiteral("https://attacker.example"));
        back.setQuery(q);
        login.handleCallback(back);
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QCOMPARE(finished.first().first().value<OidcLoginResult>().error.code, QStringLiteral("issuer-mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestOidcProvider)
#include "tst_oidcprovider.moc"
