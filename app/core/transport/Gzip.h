// gzip (RFC 1952) through zlib, which Debian ships: Feishu's registration
// link carries its addons gzipped (docs/platforms.md A §2). Not Qt's
// qCompress, whose format (a length prefix and a zlib stream) differs.
#pragma once

#include <QByteArray>

#include <optional>

namespace fss {

QByteArray gzipCompress(const QByteArray &data);
// nullopt when `data` is not a complete gzip stream, or would inflate past
// `maxSize` (a guard against a compression bomb).
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize = 1024 * 1024);

} // namespace fss
