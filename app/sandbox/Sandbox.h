// The whole sandbox: Feishu on one loopback port and GenAuth on another,
// each an HTTP server with its platform's imitation on it. Used in-process
// by the tests and `--sandbox`, and in the foreground by
// `feishu-sso-setup sandbox`.
#pragma once

#include "sandbox/feishu/FeishuSandbox.h"
#include "sandbox/genauth/GenAuthSandbox.h"
#include "sandbox/SandboxServer.h"
#include "core/setup/SetupPrefill.h"

#include <QObject>

namespace fss {

struct SandboxConfig
{
    FeishuSandboxConfig feishu = FeishuSandboxConfig::defaults();
    GenAuthSandboxConfig genAuth = GenAuthSandboxConfig::defaults();
};

class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(FeishuSandboxConfig feishu = FeishuSandboxConfig::defaults(), QObject *parent = nullptr);
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);

    // Starts the servers (port 0: any free one; Lark's accounts host always
    // on a free one). The GenAuth imitation
    // stands in for core.genauth.ai: every Feishu app that has a
    // core.genauth.ai callback registered gets the same path on it too.
    bool start(quint16 port = 0, quint16 genAuthPort = 0);
    QString errorString() const;
    QUrl url() const { return m_server.url(); }             // Feishu
    QUrl genAuthUrl() const { return m_genAuthServer.url(); } // GenAuth: API, core host and app host
    QUrl larkAccountsUrl() const { return m_larkServer.url(); } // Lark's accounts host, for the app registration
    QUrl larkApiUrl() const { return m_larkServer.url(); }      // and Lark's Open API, for the brand check

    SandboxServer &server() { return m_server; }
    SandboxServer &genAuthServer() { return m_genAuthServer; }
    SandboxServer &larkAccountsServer() { return m_larkServer; }
    FeishuSandbox &feishu() { return m_feishu; }
    GenAuthSandbox &genAuth() { return m_genAuth; }

    // What `--sandbox` hands the session once started: the hosts, the first
    // app's credentials, the default user pool, and `identifier` (the
    // default one when empty) as the connection's.
    SetupPrefill prefill(const QString &identifier = {});

    // Reads a --config file: {"feishu": {"apps": [...], ...}, "genauth": {...}}.
    static std::optional<SandboxConfig> loadConfig(const QString &path, QString *error);

private:
    SandboxServer m_server;
    SandboxServer m_genAuthServer;
    SandboxServer m_larkServer;
    FeishuSandbox m_feishu;
    GenAuthSandbox m_genAuth;
};

} // namespace fss
