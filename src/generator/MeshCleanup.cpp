// Surface clean-up: Taubin smoothing over the vertex rings, pieces by union-find.
#include "generator/MeshCleanup.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

namespace hipscope::gen {

void taubin(GenMesh& m, int rounds) {
  std::vector<std::vector<std::uint32_t>> ring(m.positions.size());
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = m.indices[t + e], b = m.indices[t + (e + 1) % 3];
      ring[a].push_back(b), ring[b].push_back(a);
    }
  std::vector<glm::vec3> next(m.positions.size());
  for (int r = 0; r < 2 * rounds; ++r) {
    const float factor = r % 2 == 0 ? 0.5f : -0.53f;
    for (std::size_t v = 0; v < m.positions.size(); ++v) {
      glm::vec3 mean(0.0f);
      for (std::uint32_t w : ring[v]) mean += m.positions[w];
      next[v] =
          ring[v].empty() ? m.positions[v] : m.positions[v] + factor * (mean / float(ring[v].size()) - m.positions[v]);
    }
    m.positions.swap(next);
  }
}

void dropCrumbs(GenMesh& m) {
  std::vector<std::uint32_t> parent(m.positions.size());
  for (std::uint32_t v = 0; v < parent.size(); ++v) parent[v] = v;
  auto root = [&](std::uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    for (int e = 1; e < 3; ++e) parent[root(m.indices[t + e])] = root(m.indices[t]);
  std::map<std::uint32_t, double> volume;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const glm::dvec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]],
                     c = m.positions[m.indices[t + 2]];
    volume[root(m.indices[t])] += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  double largest = 0;
  for (const auto& [piece, v] : volume) largest = std::max(largest, std::abs(v));
  std::vector<std::uint32_t> kept;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    if (const double v = volume[root(m.indices[t])]; v < 0 || v >= 0.01 * largest)
      kept.insert(kept.end(), {m.indices[t], m.indices[t + 1], m.indices[t + 2]});
  m.indices.swap(kept);
}

}  // namespace hipscope::gen
