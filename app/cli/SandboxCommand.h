// `feishu-sso-setup sandbox [--port N] [--genauth-port N] [--config FILE]
// [--tls-cert FILE --tls-key FILE] [--delay-ms N]`: serves the imitations of
// Feishu and GenAuth on loopback until interrupted, and prints their test
// values. `--replay TRACE` serves a recorded trace's answers instead. It
// finishes only when it cannot start (2 for a bad file, 1 for a port).
#pragma once

#include "cli/Command.h"

#include <memory>

namespace fss {

class Sandbox;
class SandboxServer;

class SandboxCommand : public Command
{
    Q_OBJECT

public:
    SandboxCommand(CommandLine command, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~SandboxCommand() override;

    void start() override;

private:
    void serve();
    void replay();
    void printValues();

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxServer> m_replay;
};

} // namespace fss
