// Surface clean-up: Taubin smoothing over the vertex rings, pieces by union-find.
#include "generator/MeshCleanup.hpp"

#include <algorithm>
#include <array>
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
    if (const double v = volume[root(m.indices[t])]; v < 0 || v >= 0.005 * largest)
      kept.insert(kept.end(), {m.indices[t], m.indices[t + 1], m.indices[t + 2]});
  m.indices.swap(kept);
}

void dropDoubledTriangles(GenMesh& m) {
  // Per set of corners: the triangles on them, and how they are wound (+1 / -1 against the sorted order).
  std::map<std::array<std::uint32_t, 3>, std::vector<std::pair<std::size_t, int>>> byCorners;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    std::array<std::uint32_t, 3> k{m.indices[t], m.indices[t + 1], m.indices[t + 2]};
    // An even rotation keeps the winding: rotate the smallest corner first, then compare the other two.
    while (k[0] > k[1] || k[0] > k[2]) std::rotate(k.begin(), k.begin() + 1, k.end());
    const int winding = k[1] < k[2] ? 1 : -1;
    if (winding < 0) std::swap(k[1], k[2]);
    byCorners[k].push_back({t, winding});
  }
  std::vector<char> drop(m.indices.size() / 3, 0);
  for (const auto& [corners, list] : byCorners) {
    if (list.size() < 2) continue;
    int sum = 0;
    for (const auto& [t, w] : list) sum += w;
    // Keep |sum| of them, wound the way the majority is; the rest cancel out or repeat.
    int keep = std::abs(sum);
    for (const auto& [t, w] : list) {
      if (keep > 0 && (w > 0) == (sum > 0)) {
        --keep;
        continue;
      }
      drop[t / 3] = 1;
    }
  }
  std::vector<std::uint32_t> kept;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
    if (!drop[t / 3]) kept.insert(kept.end(), {m.indices[t], m.indices[t + 1], m.indices[t + 2]});
  m.indices.swap(kept);
}

}  // namespace hipscope::gen
