#include "Tones.h"

#include <QGuiApplication>

#include <cmath>

namespace fss {

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2a, 0x72, 0x30);
    case Tone::Problem:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Muted:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneColor(Tone tone)
{
    return toneColor(tone, QGuiApplication::palette());
}

QString toneStyle(Tone tone)
{
    return QStringLiteral("color: %1;").arg(toneColor(tone).name());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace fss
