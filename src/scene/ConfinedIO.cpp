#include "scene/ConfinedIO.hpp"

#include <algorithm>
#include <cstring>

namespace hipscope {
namespace fs = std::filesystem;

ConfinedIOSystem::ConfinedIOSystem(const fs::path& folder) {
  std::error_code ec;
  folder_ = fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
}

bool ConfinedIOSystem::allowed(const char* file) const {
  if (!file || folder_.empty()) return false;
  std::error_code ec;
  const fs::path resolved = fs::canonical(file, ec);  // links and ".." resolved
  if (ec || !fs::is_regular_file(resolved, ec)) return false;
  const auto [end, _] = std::mismatch(folder_.begin(), folder_.end(), resolved.begin(), resolved.end());
  return end == folder_.end();
}

void ConfinedIOSystem::refuse(const char* file) const {
  std::error_code ec;
  if (file && fs::exists(file, ec) && std::find(refused_.begin(), refused_.end(), file) == refused_.end())
    refused_.emplace_back(file);  // a missing file is the importer's own matter
}

bool ConfinedIOSystem::Exists(const char* file) const {
  if (allowed(file)) return DefaultIOSystem::Exists(file);
  refuse(file);
  return false;
}

Assimp::IOStream* ConfinedIOSystem::Open(const char* file, const char* mode) {
  const bool reading = mode && !std::strpbrk(mode, "wa+");
  if (!reading || !allowed(file)) {
    refuse(file);
    return nullptr;
  }
  return DefaultIOSystem::Open(file, mode);
}

}  // namespace hipscope
