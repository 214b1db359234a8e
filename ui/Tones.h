// The colours that carry meaning (passed, failed, warning, not checked),
// chosen for the palette in use: darker shades on light windows, lighter
// ones on dark windows, each readable on its window (WCAG contrast 4.5:1).
// Header-only, so that the login browser plugin, which links no part of the
// wizard, speaks in the same tones.
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fss {

enum class Tone { Good, Problem, Warning, Muted };

inline QColor toneColor(Tone tone, const QPalette &palette)
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

// For the application's palette.
inline QColor toneColor(Tone tone)
{
    return toneColor(tone, QGuiApplication::palette());
}

// "color: #rrggbb;" for a widget's style sheet.
inline QString toneStyle(Tone tone)
{
    return QStringLiteral("color: %1;").arg(toneColor(tone).name());
}

// Colours a widget's text in `tone`, or gives it back the palette's colour
// (nullopt). Through the palette: a style sheet would make Qt build a style
// sheet style for the widget, which costs milliseconds before the first
// page shows.
inline void setTone(QWidget *widget, std::optional<Tone> tone)
{
    QPalette palette = widget->palette();
    const QPalette base = widget->parentWidget() ? widget->parentWidget()->palette() : QGuiApplication::palette();
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text}) {
        palette.setColor(QPalette::Active, role, tone ? toneColor(*tone, base) : base.color(QPalette::Active, role));
        palette.setColor(QPalette::Inactive, role, tone ? toneColor(*tone, base) : base.color(QPalette::Inactive, role));
    }
    widget->setPalette(palette);
}

// WCAG 2 contrast ratio of two colours (1 to 21).
inline double contrastRatio(const QColor &a, const QColor &b)
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
