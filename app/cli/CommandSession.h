// What the headless commands (`check`, `apply`) share before they do their
// work: the profile (or the command line's values alone), the overrides of
// the command line, a certificate authority to trust, and the secrets from
// the environment (for CI) or the keychain, made into a SetupSession.
#pragma once

#include "cli/CommandLine.h"
#include "core/setup/ProfileStore.h"

#include <QObject>

namespace fss {

class SetupSession;

// ready()'s argument is a QObject: Qt's meta-type of a pointer asks whether
// the class is complete, so moc's output must see it (GCC 16 warns when a
// class is completed after such a question: -Wsfinae-incomplete).
Q_MOC_INCLUDE("core/setup/SetupSession.h")

class CommandSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int exitFailed = 1;
    static constexpr int exitBadInput = 2;

    CommandSession(CommandLine command, ProfileStore store, QObject *parent = nullptr);

    // Starts; ready() or failed() follows, never both.
    void start();

signals:
    void ready(SetupSession *session);
    // A translated reason and the exit code (2: bad input).
    void failed(int exitCode, const QString &error);

private:
    // The user pool secret, from FSS_USERPOOL_SECRET or the keychain; none
    // is fine (the GenAuth side is then skipped).
    void readPoolSecretThen(const QString &appSecret);
    void makeSession(const QString &appSecret, const QString &poolSecret);
    void stop(const QString &error, int exitCode = exitBadInput);

    CommandLine m_command;
    ProfileStore m_store;
    SetupProfile m_profile;
    SetupSession *m_session = nullptr;
};

} // namespace fss
