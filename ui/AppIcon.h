#pragma once

#include <QIcon>

namespace fss {

// The window icon, from the pixels rendered at build time (resources/).
// Reading an image file instead (PNG or SVG) makes Qt load every image
// plugin, which was a measurable part of start-up.
QIcon appWindowIcon();

} // namespace fss
