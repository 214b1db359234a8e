#include "browser/WebEngineLoginBrowser.h"

#include "Tones.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEnginePage>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

namespace fss {

namespace {

// The plugin links no part of the core; its own category, same family.
Q_LOGGING_CATEGORY(lcLogin, "fss.login.browser", QtInfoMsg)

// The main-frame path: a navigation to the callback is refused here.
class CatchingPage : public QWebEnginePage
{
public:
    CatchingPage(QWebEngineProfile *profile, std::function<bool(const QUrl &)> isCallback, std::function<void(const QUrl &)> caught,
                 QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_isCallback(std::move(isCallback))
        , m_caught(std::move(caught))
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (!m_isCallback || !m_isCallback(url))
            return true;
        qCInfo(lcLogin) << "caught the callback navigation, type" << type << "main frame" << isMainFrame;
        const QUrlQuery query(url);
        if (type != NavigationTypeFormSubmitted || query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error"))) {
            m_caught(url);
            return false;
        }
        // A form POSTed to the callback (response_mode=form_post) carries the
        // code in its body, which a navigation request does not show. The
        // refused submission leaves its form in the page: read the fields
        // from there and hand them on as the callback's query.
        const QString target = url.toString(QUrl::FullyEncoded);
        runJavaScript(QStringLiteral("(function(target){for(const f of document.forms){"
                                     "if(f.method==='post'&&f.action===target)"
                                     "return Array.from(new FormData(f).entries(),e=>[e[0],String(e[1])]);}"
                                     "return [];})(%1)")
                          .arg(QString::fromUtf8(QJsonDocument(QJsonArray{target}).toJson(QJsonDocument::Compact)).chopped(1).mid(1)),
                      [this, url](const QVariant &fields) {
                          if (!fields.isValid())
                              return; // the page went away first
                          QUrl withFields = url;
                          QUrlQuery merged(url);
                          for (const QVariant &pair : fields.toList()) {
                              const QVariantList kv = pair.toList();
                              if (kv.size() == 2)
                                  merged.addQueryItem(kv.at(0).toString(), kv.at(1).toString());
                          }
                          withFields.setQuery(merged);
                          m_caught(withFields);
                      });
        return false;
    }

    // Pop-ups have no place in a login test.
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

private:
    std::function<bool(const QUrl &)> m_isCallback;
    std::function<void(const QUrl &)> m_caught;
};

// Every other path (sub-frames, prefetches): nothing for the callback URL
// ever reaches the network.
class CallbackBlocker : public QWebEngineUrlRequestInterceptor
{
public:
    CallbackBlocker(std::function<bool(const QUrl &)> isCallback, std::function<void(const QUrl &)> caught, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_isCallback(std::move(isCallback))
        , m_caught(std::move(caught))
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (m_isCallback && m_isCallback(info.requestUrl())) {
            info.block(true);
            m_caught(info.requestUrl());
        }
    }

private:
    std::function<bool(const QUrl &)> m_isCallback;
    std::function<void(const QUrl &)> m_caught;
};

} // namespace

WebEngineLoginBrowser::WebEngineLoginBrowser(QWidget *parent)
    : QWidget(parent)
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Feishu login page"));
    // Where the password goes, above the page, always.
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("browserAddress"));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAccessibleName(tr("Address of the login page"));
    layout->addWidget(m_address);
    rebuild();
}

WebEngineLoginBrowser::~WebEngineLoginBrowser()
{
    // Deleting a page answers its pending toPlainText() requests with empty
    // text; nobody is listening any more.
    m_onPageText = nullptr;
    m_onCallback = nullptr;
    m_isCallback = nullptr;
    // The page must go before its profile.
    if (m_view)
        delete m_view->page();
    delete m_view;
    delete m_profile;
}

void WebEngineLoginBrowser::caught(const QUrl &url)
{
    // Both the page and the interceptor may see the same navigation.
    if (m_caughtOnce)
        return;
    m_caughtOnce = true;
    QMetaObject::invokeMethod(
        this, [this, url] { if (m_onCallback) m_onCallback(url); }, Qt::QueuedConnection);
}

void WebEngineLoginBrowser::rebuild()
{
    if (m_view) {
        delete m_view->page();
        delete m_view;
        m_view = nullptr;
    }
    delete m_profile;
    m_profile = m_keep ? new QWebEngineProfile(QStringLiteral("login-test"), this) : new QWebEngineProfile(this);
    if (m_keep) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/login-test");
        m_profile->setPersistentStoragePath(dir);
        m_profile->setCachePath(dir + QStringLiteral("/cache"));
    }
    m_profile->setHttpAcceptLanguage(QLocale().uiLanguages().join(QLatin1Char(',')));
    const auto isCallback = [this](const QUrl &url) { return m_isCallback && m_isCallback(url); };
    const auto onCaught = [this](const QUrl &url) { caught(url); };
    m_profile->setUrlRequestInterceptor(new CallbackBlocker(isCallback, onCaught, m_profile));

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("loginView"));
    auto page = new CatchingPage(m_profile, isCallback, onCaught, m_view);
    m_view->setPage(page);
    connect(page, &QWebEnginePage::urlChanged, this, &WebEngineLoginBrowser::showAddress);
    connect(page, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
        // Not accepted: the page stays unloaded, and the address says why.
        m_refusedHost = error.url().host();
        m_refusedWhy = error.description();
        showAddress(error.url());
    });
    connect(page, &QWebEnginePage::loadFinished, this, [this, page](bool) {
        page->toPlainText([this](const QString &text) {
            if (m_onPageText)
                m_onPageText(text);
        });
    });
    layout()->addWidget(m_view);
}

void WebEngineLoginBrowser::showAddress(const QUrl &url)
{
    const QString host = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    const QString shown = QStringLiteral("<b>%1</b>").arg(host.toHtmlEscaped());
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    QString text;
    bool safe = false;
    if (!m_refusedHost.isEmpty() && m_refusedHost == url.host()) {
        text = tr("%1 — certificate refused, the page was not loaded: %2").arg(shown, m_refusedWhy.toHtmlEscaped());
    } else if (url.scheme() == QLatin1String("https")) {
        text = tr("%1 — verified TLS (HTTPS, certificate checked)").arg(shown);
        safe = true;
    } else if (url.scheme() == QLatin1String("http") && loopback) {
        text = tr("%1 — not encrypted, but on this computer only (the sandbox)").arg(shown);
        safe = true;
    } else if (url.scheme() == QLatin1String("http")) {
        text = tr("%1 — NOT encrypted: do not type a password on this page").arg(shown);
    } else {
        text = shown;
        safe = true;
    }
    m_address->setText(text);
    m_address->setStyleSheet(safe ? QString() : toneStyle(Tone::Problem));
}

void WebEngineLoginBrowser::setKeepSession(bool keep)
{
    if (keep == m_keep)
        return;
    m_keep = keep;
    rebuild();
}

void WebEngineLoginBrowser::open(const QUrl &url)
{
    m_caughtOnce = false;
    m_view->load(url);
}

void WebEngineLoginBrowser::clearSession()
{
    if (m_keep) {
        m_profile->cookieStore()->deleteAllCookies();
        m_profile->clearHttpCache();
    } else {
        rebuild(); // a fresh off-the-record profile has nothing
    }
}

} // namespace fss
