// Runs the real executable (FSS_EXECUTABLE) as an operator or a script
// does, while the test process keeps serving the sandbox: the secrets only
// from the environment given, no logging rules, optionally another language.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

namespace fss::test {

struct CommandRun
{
    int exitCode = -1; // -1: did not finish within a minute
    QByteArray out;
    QByteArray err;
    QJsonObject json; // stdout, when it is one JSON object
};

// `input`: typed on standard input, which is then closed.
inline CommandRun runCommand(const QStringList &arguments, const QString &secret, const QString &poolSecret = {},
                             const QString &lang = {}, const QList<std::pair<QString, QString>> &extraEnvironment = {},
                             const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!lang.isEmpty()) {
        env.insert(QStringLiteral("LANG"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
    }
    env.remove(QStringLiteral("FSS_APP_SECRET"));
    env.remove(QStringLiteral("FSS_USERPOOL_SECRET"));
    env.remove(QStringLiteral("FSS_NEW_APP_SECRET"));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("FSS_APP_SECRET"), secret);
    if (!poolSecret.isEmpty())
        env.insert(QStringLiteral("FSS_USERPOOL_SECRET"), poolSecret);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    for (const auto &[name, value] : extraEnvironment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FSS_EXECUTABLE), arguments);
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    QSignalSpy finished(&p, &QProcess::finished);
    CommandRun r;
    if (!finished.wait(60000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

} // namespace fss::test
