// Framebuffer readback.
#include "render/Readback.hpp"

#include <cstring>

#include <epoxy/gl.h>

namespace hipscope {

Image readPixels(int x, int y, int width, int height) {
  Image image{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 4)};
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x, y, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int r = 0; r < height / 2; ++r) {
    std::uint8_t* a = image.rgba.data() + r * row;
    std::uint8_t* b = image.rgba.data() + (height - 1 - r) * row;
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return image;
}

}  // namespace hipscope
