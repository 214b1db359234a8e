// Which font draws Chinese: a test that measures Chinese text must measure
// it in a real CJK font, not in the boxes drawn when no font has the
// characters. The test command installs Noto Sans CJK (what Debian's Chinese
// desktop installs) and Droid Sans Fallback; ctest runs the clipping and
// translation tests once with each (FONTCONFIG_FILE, tests/fonts), and
// FSS_EXPECT_CJK_FONT names the family expected.
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>

namespace fss::test {

// The family that draws `text` in `font`, or empty when some character is
// drawn with no font that has it.
inline QString familyDrawing(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QString family;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        for (quint32 glyph : run.glyphIndexes()) {
            if (glyph == 0) // .notdef: a box
                return {};
        }
        family = run.rawFont().familyName();
    }
    return family;
}

// Empty when Chinese is drawn in the expected CJK font; otherwise why not.
inline QString chineseFontProblem(const QFont &font)
{
    const QString drawn = familyDrawing(QStringLiteral("飞书单点登录设置"), font);
    const QString expected = qEnvironmentVariable("FSS_EXPECT_CJK_FONT");
    if (drawn.isEmpty())
        return QStringLiteral("Chinese is drawn with no CJK font (install fonts-noto-cjk: ./scripts/setup.sh test)");
    if (!expected.isEmpty() && !drawn.startsWith(expected))
        return QStringLiteral("Chinese is drawn in %1, not in %2 (FONTCONFIG_FILE=%3)").arg(drawn, expected, qEnvironmentVariable("FONTCONFIG_FILE"));
    return {};
}

} // namespace fss::test
