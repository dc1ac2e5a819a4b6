// Checks of a model file's own header before Assimp reads it.
#include "scene/ModelFileChecks.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include "base/Error.hpp"

namespace hipscope {

namespace fs = std::filesystem;

void checkReadable(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw UserError("could not load " + path.string() + ": no such file");
  if (fs::is_directory(status))
    throw UserError("could not load " + path.string() + ": it is a directory, not a model file");
  std::ifstream probe(path, std::ios::binary);
  if (!probe) throw UserError("could not load " + path.string() + ": permission denied");
  if (fs::file_size(path, ec) == 0 && !ec) throw UserError("could not load " + path.string() + ": the file is empty");
}

void checkGlbHeader(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char h[20] = {};
  if (!in.read(reinterpret_cast<char*>(h), sizeof h) || std::string(reinterpret_cast<char*>(h), 4) != "glTF") return;
  auto u32 = [&](int at) {
    return std::uint32_t(h[at]) | std::uint32_t(h[at + 1]) << 8 | std::uint32_t(h[at + 2]) << 16 |
           std::uint32_t(h[at + 3]) << 24;
  };
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  const std::uint64_t total = u32(8), chunk = std::uint64_t(u32(12)) + 20;
  if (ec) return;
  if (total > size || chunk > size)
    throw UserError("could not load " + path.string() + ": a damaged binary glTF file (it says it holds " +
                    std::to_string(std::max(total, chunk)) + " bytes; the file has " + std::to_string(size) + ")");
}

void checkAsciiPly(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  if (!std::getline(in, line) || (line != "ply" && line != "ply\r" && line != "PLY" && line != "PLY\r")) return;
  bool ascii = false;
  std::uint64_t declared = 0;
  for (int n = 0; std::getline(in, line) && n < 10000; ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream words(line);
    std::string word, name;
    words >> word;
    if (word == "format") {
      words >> name;
      ascii = name == "ascii";
    } else if (word == "element") {
      std::uint64_t count = 0;
      if (words >> name >> count) declared += count;
    } else if (word == "end_header") {
      if (!ascii) return;
      std::uint64_t lines = 0;
      while (std::getline(in, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos) ++lines;
      if (lines < declared)
        throw UserError("could not load " + path.string() + ": a damaged PLY file (its header declares " +
                        std::to_string(declared) + " elements; the file holds " + std::to_string(lines) +
                        (lines == 1 ? " line" : " lines") + " of them)");
      return;
    }
  }
  throw UserError("could not load " + path.string() + ": a damaged PLY file (its header has no end_header line)");
}

}  // namespace hipscope
