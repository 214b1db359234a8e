// A QR code of a text, from Debian's libqrencode: the modules only, so that
// the wizard draws them as a crisp image at any pixel density and the
// command line as UTF-8 half blocks (no Widgets here).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace fss {

class QrCode
{
public:
    // Byte mode, error correction M; nullopt when the text does not fit.
    static std::optional<QrCode> encode(const QByteArray &text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(qsizetype(y) * m_size + x) != 0; }

    // For a terminal, as `qrencode -t UTF8` draws it: each character is two
    // modules stacked (▀ ▄ █ or a space), light ones drawn, dark ones blank,
    // with a quiet zone of `quiet` modules; lines end with '\n'.
    QString halfBlocks(int quiet = 2) const;

private:
    int m_size = 0;
    QByteArray m_modules; // one byte per module, 1 dark
};

} // namespace fss
