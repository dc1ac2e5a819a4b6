// Model queries.
#include "scene/Model.hpp"

namespace hipscope {

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
