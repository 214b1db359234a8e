// What every fuzz target shares: libFuzzer's entry point, and Qt's string
// of the input (outside data arrives as bytes; the parsers see UTF-8).
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace fss::fuzz {
void one(const QByteArray &input);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fss::fuzz::one(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
