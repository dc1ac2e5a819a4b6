// RGBA8 images in memory: written to PNG atomically, read from PNG (render/Readback.hpp reads them off the GPU).
#pragma once
#include <cstdint>
#include <filesystem>
#include <vector>

namespace hipscope {

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  // top row first
};

// Premultiplied colour (what blending leaves over a transparent clear) -> straight alpha, as PNG wants.
void unpremultiply(Image& image);

// Writes via a temporary file beside `path` and a rename, so a failure never leaves a partial PNG.
// Throws UserError naming the file on failure.
void writePng(const Image& image, const std::filesystem::path& path);
// Throws UserError if the file is missing or not a PNG.
Image readPng(const std::filesystem::path& path);

}  // namespace hipscope
