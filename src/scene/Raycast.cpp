// Brute-force Moller-Trumbore with a per-part bounding-box reject; fast enough for clicks.
#include "scene/Raycast.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hipscope {
namespace {

bool hitsBox(const Ray& ray, const glm::vec3& lo, const glm::vec3& hi, float maxDistance) {
  float tmin = 0.0f, tmax = maxDistance;
  for (int a = 0; a < 3; ++a) {
    const float inv = 1.0f / ray.direction[a];
    float t0 = (lo[a] - ray.origin[a]) * inv, t1 = (hi[a] - ray.origin[a]) * inv;
    if (inv < 0) std::swap(t0, t1);
    tmin = std::max(tmin, t0);
    tmax = std::min(tmax, t1);
    if (tmax < tmin) return false;
  }
  return true;
}

}  // namespace

std::optional<RayHit> raycast(const Model& model, const Ray& ray, const std::vector<char>* visible) {
  std::optional<RayHit> best;
  float bestT = std::numeric_limits<float>::max();
  for (std::size_t p = 0; p < model.parts.size(); ++p) {
    if (visible && p < visible->size() && !(*visible)[p]) continue;
    const MeshPart& part = model.parts[p];
    Bounds box;
    for (const Vertex& v : part.vertices) box.add(v.position);
    if (box.empty() || !hitsBox(ray, box.min, box.max, bestT)) continue;
    for (std::size_t i = 0; i + 2 < part.indices.size(); i += 3) {
      const glm::vec3& a = part.vertices[part.indices[i]].position;
      const glm::vec3 e1 = part.vertices[part.indices[i + 1]].position - a;
      const glm::vec3 e2 = part.vertices[part.indices[i + 2]].position - a;
      const glm::vec3 pv = glm::cross(ray.direction, e2);
      const float det = glm::dot(e1, pv);
      if (std::abs(det) < 1e-12f) continue;
      const float inv = 1.0f / det;
      const glm::vec3 tv = ray.origin - a;
      const float u = glm::dot(tv, pv) * inv;
      if (u < 0 || u > 1) continue;
      const glm::vec3 qv = glm::cross(tv, e1);
      const float v = glm::dot(ray.direction, qv) * inv;
      if (v < 0 || u + v > 1) continue;
      const float t = glm::dot(e2, qv) * inv;
      if (t > 0 && t < bestT) {
        bestT = t;
        best = RayHit{t, ray.origin + ray.direction * t, p};
      }
    }
  }
  return best;
}

}  // namespace hipscope
