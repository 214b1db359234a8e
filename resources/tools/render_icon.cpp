// Build-time tool: renders the scalable app icon at one size, as a PNG (for
// the hicolor icon theme) or as raw RGBA8888 premultiplied pixels (for the
// window icon: reading any image file at run time makes Qt load every image
// plugin, which costs start-up time).
//
// render_icon <icon.svg> <size> <out.png|out.rgba>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 4) {
        err << "usage: render_icon <icon.svg> <size> <out.png|out.rgba>" << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int size = QByteArray(argv[2]).toInt(&ok);
    if (!ok || size < 1 || size > 1024) {
        err << "render_icon: bad size " << argv[2] << Qt::endl;
        return 2;
    }
    QImageReader reader(QString::fromLocal8Bit(argv[1]));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << "render_icon: cannot read " << argv[1] << ": " << reader.errorString() << Qt::endl;
        return 1;
    }
    const QString out = QString::fromLocal8Bit(argv[3]);
    if (out.endsWith(QLatin1String(".rgba"))) {
        // Byte order fixed by the format, so the data does not depend on the
        // build machine's endianness; no padding (a line is size * 4 bytes).
        const QImage pixels = image.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char *>(pixels.constBits()), pixels.sizeInBytes()) != pixels.sizeInBytes()) {
            err << "render_icon: cannot write " << argv[3] << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (!image.save(out, "PNG")) {
        err << "render_icon: cannot write " << argv[3] << Qt::endl;
        return 1;
    }
    return 0;
}
