#include "AppIcon.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QResource>

namespace fss {

QIcon appWindowIcon()
{
    QIcon icon;
    // One directory per size, "NxN", each holding the icon as RGBA8888
    // premultiplied pixels, stored uncompressed so that they are read in place.
    const QDir dir(QStringLiteral(":/icons"));
    for (const QString &entry : dir.entryList(QDir::Dirs)) {
        const int size = entry.section(QLatin1Char('x'), 0, 0).toInt();
        const QResource pixels(dir.filePath(entry + QStringLiteral("/feishu-sso-setup.rgba")));
        if (size <= 0 || pixels.compressionAlgorithm() != QResource::NoCompression
            || pixels.size() != qint64(size) * size * 4)
            continue;
        const QImage image(pixels.data(), size, size, size * 4, QImage::Format_RGBA8888_Premultiplied);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace fss
