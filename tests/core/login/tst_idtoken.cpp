// ID-token validation: only a token signed by the provider's published RS256
// key, for this client, unexpired and carrying this login's nonce, passes.
// Tokens are signed here with the sandbox's key.
#include "core/login/IdToken.h"
#include "sandbox/RsaSigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fss;

class TestIdToken : public QObject
{
    Q_OBJECT

    const QString issuer = QStringLiteral("https://acme.genauth.ai/oidc");
    const QString audience = QStringLiteral("65b2c3d4e5f60718293a4b5c");
    const QString nonce = QStringLiteral("n-0S6_WzA2Mj");
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    Jwks keys() { return *Jwks::fromJson({{QStringLiteral("keys"), QJsonArray{RsaSigner::shared().publicJwk()}}}); }
    IdTokenExpectations expected() { return {issuer, audience, nonce, now, 60}; }

    QJsonObject claims()
    {
        return {{QStringLiteral("iss"), issuer},   {QStringLiteral("sub"), QStringLiteral("6500000000000000000000aa")},
                {QStringLiteral("aud"), audience}, {QStringLiteral("iat"), now},
                {QStringLiteral("exp"), now + 3600}, {QStringLiteral("nonce"), nonce},
                {QStringLiteral("name"), QStringLiteral("Zhang San")}};
    }

    static QByteArray b64(const QByteArray &data)
    {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    // A token with any header, signed (or not) as given.
    static QString unsignedToken(const QJsonObject &header, const QJsonObject &claims, const QByteArray &signature = {})
    {
        return QString::fromLatin1(b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                   + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64(signature));
    }

    QString refusal(const QString &token)
    {
        const IdTokenResult r = IdToken::validate(token, keys(), expected());
        if (r.ok())
            return QStringLiteral("accepted");
        if (!r.claims.isEmpty())
            return QStringLiteral("refused, but claims handed out");
        return r.error.code;
    }

private slots:
    void validTokenPasses()
    {
        const IdTokenResult r = IdToken::validate(RsaSigner::shared().signJwt(claims()), keys(), expected());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.claims.value(QLatin1String("name")).toString(), QStringLiteral("Zhang San"));
        QCOMPARE(r.header.value(QLatin1String("kid")).toString(), RsaSigner::shared().kid());
    }

    void audienceListWithAuthorizedParty()
    {
        QJsonObject c = claims();
        c.insert(QStringLiteral("aud"), QJsonArray{audience, QStringLiteral("other")});
        QCOMPARE(refusal(RsaSigner::shared().signJwt(c)), QStringLiteral("id-token-audience"));
        c.insert(QStringLiteral("azp"), audience);
        QCOMPARE(refusal(RsaSigner::shared().signJwt(c)), QStringLiteral("accepted"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong audience") << "aud" << QJsonValue(QStringLiteral("5f0000000000000000000000")) << "id-token-audience";
        QTest::newRow("wrong issuer") << "iss" << QJsonValue(QStringLiteral("https://evil.example/oidc")) << "id-token-issuer";
        QTest::newRow("expired") << "exp" << QJsonValue(double(QDateTime::currentSecsSinceEpoch() - 3600)) << "id-token-expired";
        QTest::newRow("no expiry") << "exp" << QJsonValue() << "id-token-expired";
        QTest::newRow("expiry no clock can hold") << "exp" << QJsonValue(7.3e88) << "id-token-expired";
        QTest::newRow("issue time no clock can hold") << "iat" << QJsonValue(-1e300) << "id-token-future";
        QTest::newRow("issued in the future") << "iat" << QJsonValue(double(QDateTime::currentSecsSinceEpoch() + 3600)) << "id-token-future";
        QTest::newRow("nonce mismatch") << "nonce" << QJsonValue(QStringLiteral("another-login")) << "id-token-nonce";
        QTest::newRow("no nonce") << "nonce" << QJsonValue() << "id-token-nonce";
    }

    void refusals()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject c = claims();
        if (value.isNull())
            c.remove(claim);
        else
            c.insert(claim, value);
        QCOMPARE(refusal(RsaSigner::shared().signJwt(c)), code);
    }

    void expiryWithinLeewayPasses()
    {
        QJsonObject c = claims();
        c.insert(QStringLiteral("exp"), double(now - 30)); // 30 s ago, 60 s leeway
        QCOMPARE(refusal(RsaSigner::shared().signJwt(c)), QStringLiteral("accepted"));
    }

    void badSignatures()
    {
        const QString good = RsaSigner::shared().signJwt(claims());
        const qsizetype dot = good.lastIndexOf(QLatin1Char('.'));
        // Claims changed after signing.
        QJsonObject forged = claims();
        forged.insert(QStringLiteral("sub"), QStringLiteral("admin"));
        const QString swapped = good.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')
            + QString::fromLatin1(b64(QJsonDocument(forged).toJson(QJsonDocument::Compact))) + good.mid(dot);
        QCOMPARE(refusal(swapped), QStringLiteral("id-token-signature"));
        // A signature over something else, and a truncated one.
        QCOMPARE(refusal(good.left(dot + 1) + QString::fromLatin1(b64(RsaSigner::shared().sign("other")))), QStringLiteral("id-token-signature"));
        QCOMPARE(refusal(good.left(good.size() - 8)), QStringLiteral("id-token-signature"));
    }

    void algorithmsOtherThanRs256AreRefused()
    {
        QCOMPARE(refusal(unsignedToken({{QStringLiteral("alg"), QStringLiteral("none")}}, claims())), QStringLiteral("id-token-alg"));
        // HS256 "signed" with the public key: the classic confusion attack.
        QCOMPARE(refusal(unsignedToken({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), RsaSigner::shared().kid()}},
                                       claims(), QByteArray(32, 'x'))),
                 QStringLiteral("id-token-alg"));
    }

    void unknownKeyAndMalformed()
    {
        QCOMPARE(refusal(unsignedToken({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), QStringLiteral("rotated")}},
                                       claims(), QByteArray(256, 'x'))),
                 QStringLiteral("id-token-key"));
        QCOMPARE(refusal(QStringLiteral("not-a-jwt")), QStringLiteral("id-token-malformed"));
        QCOMPARE(refusal(QStringLiteral("a.b.c")), QStringLiteral("id-token-malformed"));
        QCOMPARE(refusal(QString()), QStringLiteral("id-token-missing"));
    }

    void keySetParsing()
    {
        QString error;
        QVERIFY(!Jwks::fromJson({{QStringLiteral("nokeys"), 1}}, &error));
        QVERIFY(!error.isEmpty());
        // Keys that cannot sign RS256 are skipped, not trusted.
        const auto set = Jwks::fromJson({{QStringLiteral("keys"),
                                          QJsonArray{QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("kid"), QStringLiteral("ec")}},
                                                     QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("use"), QStringLiteral("enc")},
                                                                 {QStringLiteral("n"), QStringLiteral("AQAB")}, {QStringLiteral("e"), QStringLiteral("AQAB")}},
                                                     RsaSigner::shared().publicJwk()}}});
        QVERIFY(set);
        QCOMPARE(set->keys.size(), 1);
        // Found by fuzzing: keys no RSA signature can have (tiny, even,
        // exponent 1) are refused, instead of reaching libgcrypt, which
        // aborts on some of them.
        const QJsonObject good = RsaSigner::shared().publicJwk();
        const auto withN = [&](const char *n, const char *e) {
            QJsonObject k = good;
            k.insert(QStringLiteral("n"), QLatin1String(n));
            k.insert(QStringLiteral("e"), QLatin1String(e));
            return k;
        };
        const auto degenerate = Jwks::fromJson({{QStringLiteral("keys"),
                                                 QJsonArray{withN("AB", "AB"), withN("UUUUUUUUUUUUUUUUUUUUAB", "AB"), withN("AQAB", "AQ")}}});
        QVERIFY(degenerate);
        QCOMPARE(degenerate->keys.size(), 0);
        QVERIFY(!Rs256::verify("\x10", "\x10", "message", "\x01"));
        QVERIFY(set->find(QString())); // the only key
        QVERIFY(!set->find(QStringLiteral("ec")));
    }
};

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"
