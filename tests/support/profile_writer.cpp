// Helper of tst_crashsafety: saves one profile over and over, alternating
// between two versions, until it is killed. Prints "writing N" before save
// N and "saved N" after it.
//   profile_writer <folder>
#include "core/setup/ProfileStore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const fss::ProfileStore store(QString::fromLocal8Bit(argv[1]));
    fss::SetupProfile versions[2];
    for (int v = 0; v < 2; ++v) {
        versions[v].name = QStringLiteral("crash");
        versions[v].appId = v ? QStringLiteral("cli_bbbbbbbbbbbbbbbb") : QStringLiteral("cli_aaaaaaaaaaaaaaaa");
        // Big enough that a write takes a while and can be cut in the middle.
        for (int i = 0; i < 20000; ++i)
            versions[v].ticked.insert(QStringLiteral("%1/item-%2").arg(v).arg(i));
    }
    QTextStream out(stdout);
    // Each save is announced before it starts and after it ends, so that
    // whoever kills this process knows whether a save was under way.
    for (quint64 i = 0;; ++i) {
        out << "writing " << i << Qt::endl;
        const QString error = store.save(versions[i % 2]);
        if (!error.isEmpty()) {
            out << error << Qt::endl;
            return 1;
        }
        out << "saved " << i << Qt::endl;
    }
}
