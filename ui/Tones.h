// The colours that carry meaning (passed, failed, warning, not checked),
// chosen for the palette in use: darker shades on light windows, lighter
// ones on dark windows, each readable on its window (WCAG contrast 4.5:1).
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace fss {

enum class Tone { Good, Problem, Warning, Muted };

QColor toneColor(Tone tone, const QPalette &palette);
QColor toneColor(Tone tone); // for the application's palette
// "color: #rrggbb;" for a widget's style sheet.
QString toneStyle(Tone tone);
// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace fss
