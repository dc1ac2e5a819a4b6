// The packer's seeds: filled, measured, and profiled along their lines of action.
#include "generator/MuscleSeed.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope::gen::pack {
namespace {

constexpr int kProfileBins = 24;  // stations along a muscle for its thickness profile

}  // namespace

Along alongLine(const std::vector<glm::vec3>& line, glm::vec3 p) {
  float total = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) total += glm::length(line[i + 1] - line[i]);
  Along best;
  float bestDistance = kInf, run = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const glm::vec3 d = line[i + 1] - line[i];
    const float len = glm::length(d);
    const float s = len > 0 ? std::clamp(glm::dot(p - line[i], d) / (len * len), 0.0f, 1.0f) : 0.0f;
    const glm::vec3 q = line[i] + d * s;
    const float dist = glm::length(p - q);
    if (dist < bestDistance) {
      bestDistance = dist;
      best.t = total > 0 ? (run + s * len) / total : 0.0f;
      best.point = q;
      if (len > 0) best.tangent = d / len;
    }
    run += len;
  }
  return best;
}

void refineNear(std::vector<float>& distance, const std::vector<std::uint8_t>& inside, const Lattice& l,
                const std::vector<mesh::MeshQuery>& surfaces) {
  const float band = 3.0f * l.cell;
  for (int k = 0; k < l.size.z; ++k)
    for (int j = 0; j < l.size.y; ++j)
      for (int i = 0; i < l.size.x; ++i) {
        const std::size_t v = l.index(i, j, k);
        if (distance[v] > band) continue;
        if (inside[v] && (i == 0 || j == 0 || k == 0 || i + 1 == l.size.x || j + 1 == l.size.y || k + 1 == l.size.z))
          continue;
        const glm::dvec3 p = l.centre(i, j, k);
        double nearest = band;
        for (const mesh::MeshQuery& q : surfaces)
          if (q.bounds().distanceSquared(p) < double(band) * band)
            nearest = std::min(nearest, q.closest(p, band).distance);
        distance[v] = static_cast<float>(inside[v] ? -nearest : nearest);
      }
}

void bounds(const GenMesh& m, glm::vec3& lo, glm::vec3& hi) {
  lo = glm::vec3(kInf), hi = glm::vec3(-kInf);
  for (const glm::vec3& p : m.positions) lo = glm::min(lo, p), hi = glm::max(hi, p);
}

Seed makeSeed(const GenMesh& m, std::size_t index, const Lattice& side, double target) {
  Seed s;
  s.mesh = index;
  s.target = target;
  glm::vec3 lo, hi;
  bounds(m, lo, hi);
  s.local = side.around(lo, hi, kReach + 3 * kCell, s.offset);
  std::vector<std::uint8_t> inside;
  fillInside(m, s.local, inside);
  s.distance = distanceToSet(inside, s.local);
  refineNear(s.distance, inside, s.local, {queryOf(m)});
  std::vector<std::uint8_t> outside(inside.size());
  for (std::size_t v = 0; v < inside.size(); ++v) outside[v] = !inside[v];
  const std::vector<float> depth = distanceToSet(outside, s.local);
  // The seed's thickness station by station along its line of action.
  std::vector<float> along(inside.size());
  float profile[kProfileBins] = {};
  const Lattice& l = s.local;
  for (int k = 0; k < l.size.z; ++k)
    for (int j = 0; j < l.size.y; ++j)
      for (int i = 0; i < l.size.x; ++i) {
        const std::size_t v = l.index(i, j, k);
        if (s.distance[v] > kReach + kCell) continue;  // never reached
        const glm::vec3 p = l.centre(i, j, k);
        const Along a = alongLine(m.lineOfAction, p);
        // Beyond either end (past the origin into its bone, past the tendon's end) nothing grows: the
        // muscle ends where it attaches.
        const float past = glm::dot(p - a.point, a.tangent);
        const bool beyond = (a.t <= 0.0f && past < -kCell) || (a.t >= 1.0f && past > kCell);
        along[v] = beyond ? -1.0f : a.t;
        if (inside[v] && !beyond) {
          float& bin = profile[std::min(kProfileBins - 1, static_cast<int>(along[v] * kProfileBins))];
          bin = std::max(bin, depth[v]);
        }
      }
  float thickest = 0;
  for (float b : profile) thickest = std::max(thickest, b);
  s.weight.assign(inside.size(), 0.0f);
  if (thickest <= 0) return s;
  for (std::size_t v = 0; v < inside.size(); ++v) {
    if (s.distance[v] > kReach + kCell || along[v] < 0) continue;
    const float x = along[v] * kProfileBins - 0.5f;
    const int a = std::clamp(static_cast<int>(std::floor(x)), 0, kProfileBins - 1);
    const int b = std::min(a + 1, kProfileBins - 1);
    const float f = std::clamp(x - a, 0.0f, 1.0f);
    s.weight[v] = (profile[a] * (1 - f) + profile[b] * f) / thickest;
  }
  return s;
}

}  // namespace hipscope::gen::pack
