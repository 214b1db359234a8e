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

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels already (QIcon::pixmap multiplies it by `scale`).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode, QIcon::State, qreal scale) override
    {
        const int wanted = std::min(size.width(), size.height());
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

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

private:
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
