#include "FlowLayout.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace fss {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    if (!parent)
        setContentsMargins(0, 0, 0, 0); // nested, like a box layout in a form
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::spacingOf(bool horizontal) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    const QStyle *style = w ? w->style() : QApplication::style();
    const int s = style->pixelMetric(horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing, nullptr, w);
    if (s >= 0)
        return s;
    // Styles that space by control type (Fusion among them), as box layouts ask.
    return std::max(0, style->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton,
                                            horizontal ? Qt::Horizontal : Qt::Vertical, nullptr, w));
}

int FlowLayout::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return arrange(QRect(0, 0, width - m.left() - m.right(), 0), false) + m.top() + m.bottom();
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    width += std::max(0, shown - 1) * spacingOf(true);
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect.marginsRemoved(contentsMargins()), true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const int hs = spacingOf(true);
    const int vs = spacingOf(false);
    const int available = std::max(1, rect.width());

    struct Placed
    {
        QLayoutItem *item;
        int x;
        int width;
        int height;
    };
    QList<QList<Placed>> lines(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int minimum = std::min(item->minimumSize().width(), available);
        int width = std::clamp(hint.width(), minimum, available);
        const int left = available - x;
        if (item->hasHeightForWidth()) {
            // Text that wraps takes the rest of the line, when that leaves
            // it a reasonable width.
            if (x > 0 && left < std::min(width, available / 3)) {
                lines.append(QList<Placed>());
                x = 0;
            }
            width = available - x;
        } else if (x > 0 && width > left) {
            lines.append(QList<Placed>());
            x = 0;
        }
        const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : hint.height();
        lines.last().append(Placed{item, x, width, height});
        x += width + hs;
    }

    int y = rect.y();
    for (const QList<Placed> &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int lineHeight = 0;
        for (const Placed &p : line)
            lineHeight = std::max(lineHeight, p.height);
        if (apply) {
            for (const Placed &p : line) // centred on the line, as a box layout does
                p.item->setGeometry(QRect(rect.x() + p.x, y + (lineHeight - p.height) / 2, p.width, p.height));
        }
        y += lineHeight + vs;
    }
    return std::max(0, y - vs - rect.y());
}

} // namespace fss
