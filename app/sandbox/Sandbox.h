// The whole sandbox on one loopback port: the HTTP server and the platform
// imitations on it. Used in-process by the tests and `--sandbox`, and in
// the foreground by `feishu-sso-setup sandbox`.
#pragma once

#include "FeishuSandbox.h"
#include "SandboxServer.h"

#include <QObject>
#include <QTextStream>

namespace fss {

struct CommandLine;

class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(FeishuSandboxConfig feishu = FeishuSandboxConfig::defaults(), QObject *parent = nullptr);

    bool start(quint16 port = 0) { return m_server.start(port); }
    QString errorString() const { return m_server.errorString(); }
    QUrl url() const { return m_server.url(); }

    SandboxServer &server() { return m_server; }
    FeishuSandbox &feishu() { return m_feishu; }

    // Reads a --config file: {"feishu": {"apps": [...], ...}}.
    static std::optional<FeishuSandboxConfig> loadConfig(const QString &path, QString *error);

private:
    SandboxServer m_server;
    FeishuSandbox m_feishu;
};

// `feishu-sso-setup sandbox`: serves until interrupted. Returns the exit
// code when it cannot start; otherwise runs the event loop.
int runSandboxCommand(const CommandLine &command, QTextStream &out, QTextStream &err);

} // namespace fss
