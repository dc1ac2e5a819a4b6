// Distance functions (after Inigo Quilez's well-known formulas) and blending.
#include "generator/Sdf.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope::gen {

float taperedCapsule(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb) {
  const glm::vec3 ab = b - a;
  const float len2 = glm::dot(ab, ab);
  if (len2 < 1e-12f) return glm::length(p - a) - std::max(ra, rb);
  // Approximate: interpolate the radius at the closest point of the axis. Exact enough for gently
  // tapering bones and blended with smooth unions anyway.
  const float t = std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f);
  return glm::length(p - (a + ab * t)) - (ra + (rb - ra) * t);
}

float ellipsoid(const glm::vec3& p, const glm::vec3& c, const glm::vec3& r) {
  const glm::vec3 q = p - c;
  const float k0 = glm::length(q / r);
  const float k1 = glm::length(q / (r * r));
  return k1 > 0 ? k0 * (k0 - 1.0f) / k1 : -std::min(r.x, std::min(r.y, r.z));
}

float smoothUnion(float a, float b, float k) {
  if (k <= 0) return std::min(a, b);
  const float h = std::clamp(0.5f + 0.5f * (b - a) / k, 0.0f, 1.0f);
  return b + (a - b) * h - k * h * (1.0f - h);
}

float smoothSubtract(float a, float b, float k) { return -smoothUnion(-a, b, k); }

float stroke(const glm::vec3& p, const Stroke& s) {
  float d = 1e9f;
  for (std::size_t i = 0; i + 1 < s.points.size(); ++i)
    d = smoothUnion(d, taperedCapsule(p, s.points[i], s.points[i + 1], s.radii[i], s.radii[i + 1]), s.blend);
  if (s.points.size() == 1) d = glm::length(p - s.points[0]) - s.radii[0];
  return d;
}

float plate(const glm::vec3& p, const Stroke& s, const glm::vec3& normal, float squash) {
  // Evaluate in a space stretched along the normal, so spheres become flat discs of the same
  // footprint; scale the result back so it stays a usable distance near the surface.
  const glm::vec3 n = glm::normalize(normal);
  const float along = glm::dot(p, n);
  Stroke centred = s;
  for (auto& q : centred.points) q = q + n * (glm::dot(q, n) * (squash - 1.0f));
  const glm::vec3 stretched = p + n * (along * (squash - 1.0f));
  return stroke(stretched, centred) / squash;
}

glm::vec3 gradient(const Field& f, const glm::vec3& p, float h) {
  const glm::vec3 g(f(p + glm::vec3(h, 0, 0)) - f(p - glm::vec3(h, 0, 0)),
                    f(p + glm::vec3(0, h, 0)) - f(p - glm::vec3(0, h, 0)),
                    f(p + glm::vec3(0, 0, h)) - f(p - glm::vec3(0, 0, h)));
  const float len = glm::length(g);
  return len > 0 ? g / len : glm::vec3(0, 1, 0);
}

}  // namespace hipscope::gen
