#include "AppIcon.h"

#include <QDir>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QResource>

namespace fss {

namespace {

// The icon's sizes, each read from its raw pixels only when asked for: the
// window shows before any of them is needed.
class PixelIconEngine : public QIconEngine
{
public:
    PixelIconEngine()
    {
        // One directory per size, "NxN", each holding the icon as RGBA8888
        // premultiplied pixels, stored uncompressed so that they are read in place.
        const QDir dir(QStringLiteral(":/icons"));
        for (const QString &entry : dir.entryList(QDir::Dirs)) {
            const int size = entry.section(QLatin1Char('x'), 0, 0).toInt();
            const QString path = dir.filePath(entry + QStringLiteral("/feishu-sso-setup.rgba"));
            if (size > 0)
                m_files.insert(size, path);
        }
    }

    QIconEngine *clone() const override { return new PixelIconEngine(*this); }
    QString key() const override { return QStringLiteral("fss-pixels"); }

    QList<QSize> availableSizes(QIcon::Mode = QIcon::Normal, QIcon::State = QIcon::Off) override
    {
        QList<QSize> sizes;
        for (int size : m_files.keys())
            sizes.append(QSize(size, size));
        return sizes;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override { return draw(size, 1.0); }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode, QIcon::State, qreal scale) override
    {
        // Qt 6.8 changed the size QIcon::pixmap() hands an engine here to
        // device-independent pixels; before, it was already multiplied by
        // `scale`. Debian 12 has 6.4 and Debian 13 6.8.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        return draw(size * scale, scale);
#else
        return draw(size, scale);
#endif
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, draw(rect.size() * scale, scale));
    }

private:
    // The icon `device` pixels wide, for a screen of this pixel ratio.
    QPixmap draw(const QSize &device, qreal scale) const
    {
        const int wanted = std::min(device.width(), device.height());
        if (wanted <= 0 || m_files.isEmpty())
            return {};
        // The smallest drawn size not below the one wanted, else the largest.
        auto it = m_files.lowerBound(wanted);
        if (it == m_files.end())
            --it;
        QPixmap p = load(it.key(), it.value());
        if (p.width() != wanted)
            p = p.scaled(wanted, wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.setDevicePixelRatio(scale);
        return p;
    }

    static QPixmap load(int size, const QString &path)
    {
        const QResource pixels(path);
        if (pixels.compressionAlgorithm() != QResource::NoCompression || pixels.size() != qint64(size) * size * 4)
            return {};
        return QPixmap::fromImage(QImage(pixels.data(), size, size, size * 4, QImage::Format_RGBA8888_Premultiplied));
    }

    QMap<int, QString> m_files; // size -> resource path
};

} // namespace

QIcon appWindowIcon()
{
    return QIcon(new PixelIconEngine);
}

} // namespace fss
