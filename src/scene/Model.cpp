// Model queries.
#include "scene/Model.hpp"

namespace hipscope {

int lodLevelOf(std::string_view name) {
  const std::size_t dot = name.rfind(".lod");
  if (dot == std::string_view::npos || dot == 0 || dot + 4 >= name.size() || name.size() - dot > 6) return 0;
  int level = 0;
  for (const char c : name.substr(dot + 4)) {
    if (c < '0' || c > '9') return 0;
    level = level * 10 + (c - '0');
  }
  return level;
}

std::size_t Model::triangleCount() const {
  std::size_t n = 0;
  for (const auto& p : parts) n += p.indices.size() / 3;
  return n;
}

const MeshPart* Model::find(const std::string& name) const {
  for (const auto& p : parts)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace hipscope
