// PNG input and output through Debian's stb library.
#include "base/Image.hpp"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include <stb_image.h>
#include <stb_image_write.h>

#include "base/Error.hpp"

namespace hipscope {

void unpremultiply(Image& image) {
  for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
    const int a = image.rgba[i + 3];
    if (a == 0 || a == 255) continue;
    for (int c = 0; c < 3; ++c)
      image.rgba[i + c] = static_cast<std::uint8_t>(std::min(255, (image.rgba[i + c] * 255 + a / 2) / a));
  }
}

namespace {

void appendToVector(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}

}  // namespace

void writePng(const Image& image, const std::filesystem::path& path) {
  std::vector<std::uint8_t> bytes;
  if (!stbi_write_png_to_func(appendToVector, &bytes, image.width, image.height, 4, image.rgba.data(), image.width * 4))
    throw UserError("could not write " + path.string() + ": PNG encoding failed");

  std::filesystem::path tmp = path;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (out) out.flush();
    if (!out) {
      const int err = errno;
      std::error_code ignored;
      std::filesystem::remove(tmp, ignored);
      throw UserError("could not write " + path.string() + ": " + std::strerror(err ? err : EIO));
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    throw UserError("could not write " + path.string() + ": " + ec.message());
  }
}

Image readPng(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw UserError("could not read " + name + ": no such file");
  if (std::filesystem::is_directory(path, ec))
    throw UserError("could not read " + name + ": it is a folder, not a PNG file");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file)
    throw UserError("could not read " + name + ": " + (errno == EACCES ? "permission denied" : std::strerror(errno)));
  unsigned char magic[8] = {};
  const std::size_t got = std::fread(magic, 1, sizeof magic, file);
  static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (got != sizeof magic || std::memcmp(magic, kPng, sizeof kPng) != 0) {
    std::fclose(file);
    throw UserError("could not read " + name + ": not a PNG file");
  }
  std::rewind(file);
  int w = 0, h = 0, channels = 0;
  unsigned char* data = stbi_load_from_file(file, &w, &h, &channels, 4);
  std::fclose(file);
  if (!data) throw UserError("could not read " + name + ": a damaged or truncated PNG file");
  Image image{w, h, std::vector<std::uint8_t>(data, data + static_cast<std::size_t>(w) * h * 4)};
  stbi_image_free(data);
  return image;
}

}  // namespace hipscope
