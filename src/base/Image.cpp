// PNG output written here over zlib (fast: a screenshot or a handout frame is written in a few
// milliseconds), PNG input through Debian's stb library.
#include "base/Image.hpp"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include <stb_image.h>
#include <zlib.h>

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

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}

void chunk(std::vector<std::uint8_t>& out, const char type[4], const std::uint8_t* data, std::size_t size) {
  put32(out, static_cast<std::uint32_t>(size));
  const std::size_t start = out.size();
  out.insert(out.end(), type, type + 4);
  if (size) out.insert(out.end(), data, data + size);
  put32(out, static_cast<std::uint32_t>(crc32(0L, out.data() + start, static_cast<uInt>(out.size() - start))));
}

// An 8-bit RGBA PNG. Each row filtered "Sub" (the difference from the pixel to its left: the
// backdrop's gradients and the flat panel become runs of near-zeros), deflated at zlib's fastest
// level: about a tenth of the time of a thorough encoder, for files a third larger.
bool encodePng(const Image& image, std::vector<std::uint8_t>& out) {
  const std::size_t stride = static_cast<std::size_t>(image.width) * 4;
  std::vector<std::uint8_t> filtered((stride + 1) * static_cast<std::size_t>(image.height));
  for (int y = 0; y < image.height; ++y) {
    const std::uint8_t* row = image.rgba.data() + stride * static_cast<std::size_t>(y);
    std::uint8_t* to = filtered.data() + (stride + 1) * static_cast<std::size_t>(y);
    to[0] = 1;  // Sub
    for (std::size_t i = 0; i < stride; ++i) to[1 + i] = static_cast<std::uint8_t>(row[i] - (i >= 4 ? row[i - 4] : 0));
  }
  uLongf packedSize = compressBound(static_cast<uLong>(filtered.size()));
  std::vector<std::uint8_t> packed(packedSize);
  if (compress2(packed.data(), &packedSize, filtered.data(), static_cast<uLong>(filtered.size()), Z_BEST_SPEED) != Z_OK)
    return false;
  static constexpr std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  out.assign(kSignature, kSignature + 8);
  std::vector<std::uint8_t> header;
  put32(header, static_cast<std::uint32_t>(image.width));
  put32(header, static_cast<std::uint32_t>(image.height));
  header.insert(header.end(), {8, 6, 0, 0, 0});  // 8 bits, RGBA, deflate, adaptive filters, no interlace
  chunk(out, "IHDR", header.data(), header.size());
  chunk(out, "IDAT", packed.data(), packedSize);
  chunk(out, "IEND", nullptr, 0);
  return true;
}

}  // namespace

void writePng(const Image& image, const std::filesystem::path& path) {
  std::vector<std::uint8_t> bytes;
  if (image.width <= 0 || image.height <= 0 || !encodePng(image, bytes))
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
