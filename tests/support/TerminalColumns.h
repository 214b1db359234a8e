// How many terminal columns a line of output takes, for tests that check a
// table or --help lines up in Chinese. Deliberately simpler than the
// program's own rule (CheckCommand.cpp), so the two check each other: every
// character from U+2E80 on (CJK and full-width forms, all our output has of
// them) takes two columns, every other one.
#pragma once

#include <QStringView>

namespace fss::test {

inline int terminalColumns(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.unicode() >= 0x2e80 ? 2 : 1;
    return n;
}

} // namespace fss::test
