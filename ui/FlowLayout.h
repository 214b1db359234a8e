// A row of widgets that wraps onto further lines when the width runs out,
// as a paragraph's words do: for rows of buttons and radio buttons that
// must not push the page wider than the window at a large text size. Qt has
// none of its own (only the flow layout example, which this follows).
// A word-wrapping item (a label) takes the rest of its line, and starts a
// line of its own when too little is left. Hidden widgets take no room.
#pragma once

#include <QLayout>
#include <QList>

namespace fss {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void addLayout(QLayout *layout); // kept together on one line
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override; // everything on one line
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures unless `apply`); returns
    // the height used.
    int arrange(const QRect &rect, bool apply) const;
    int spacingOf(bool horizontal) const;

    QList<QLayoutItem *> m_items;
};

} // namespace fss
