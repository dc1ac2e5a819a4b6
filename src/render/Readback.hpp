// Pixels off the GPU: the bound framebuffer read back into an Image.
#pragma once
#include "base/Image.hpp"

namespace hipscope {

// Reads the currently bound read framebuffer's region (flips to top-row-first).
Image readPixels(int x, int y, int width, int height);

}  // namespace hipscope
