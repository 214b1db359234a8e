#include "core/feishu/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace fss {

std::optional<QrCode> QrCode::encode(const QByteArray &text)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = char(code->data[i] & 1); // bit 0: dark
    return qr;
}

QString QrCode::halfBlocks(int quiet) const
{
    const int side = m_size + 2 * quiet;
    const auto darkAt = [&](int x, int y) {
        x -= quiet;
        y -= quiet;
        return x >= 0 && y >= 0 && x < m_size && y < m_size && dark(x, y);
    };
    QString out;
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool upperLight = !darkAt(x, y);
            const bool lowerLight = y + 1 < side ? !darkAt(x, y + 1) : true;
            out += upperLight && lowerLight ? QChar(0x2588) // █
                 : upperLight              ? QChar(0x2580) // ▀
                 : lowerLight              ? QChar(0x2584) // ▄
                                           : QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace fss
