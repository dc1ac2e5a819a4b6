// The body outline as horizontal elliptical sections through knots (trunk, each leg) blended with
// the buttocks and the feet.
#include "generator/BodyOutline.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "generator/Landmarks.hpp"

namespace hipscope::gen {
namespace {

// A horizontal section at height y: centre (x, z) and half-widths (side to side, front to back).
struct Section {
  float y, x, z, halfWidth, halfDepth;
};

// Cubic Hermite through the knots (top to bottom), tangents by finite differences: smooth girths.
Section sectionAt(const std::vector<Section>& k, float y) {
  if (y >= k.front().y) return k.front();
  if (y <= k.back().y) return k.back();
  std::size_t i = 0;
  while (k[i + 1].y > y) ++i;
  const float h = k[i].y - k[i + 1].y, t = (k[i].y - y) / h;
  auto value = [&](auto member) {
    auto at = [&](std::size_t j) { return k[j].*member; };
    auto slope = [&](std::size_t j) {
      const std::size_t a = j == 0 ? 0 : j - 1, b = std::min(j + 1, k.size() - 1);
      return (at(b) - at(a)) / (k[a].y - k[b].y) * h;
    };
    const float t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * at(i) + (t3 - 2 * t2 + t) * slope(i) + (-2 * t3 + 3 * t2) * at(i + 1) +
           (t3 - t2) * slope(i + 1);
  };
  return {y, value(&Section::x), value(&Section::z), value(&Section::halfWidth), value(&Section::halfDepth)};
}

// Distance (approximate, good near the surface) to the elliptical section at the point's height,
// closed off at `top` and `bottom`.
float sections(const glm::vec3& p, const std::vector<Section>& k, float top, float bottom, float kSquareness) {
  const Section s = sectionAt(k, p.y);
  const glm::vec2 q((p.x - s.x) / s.halfWidth, (p.z - s.z) / s.halfDepth);
  // A little squarer than an ellipse (exponent 2.4): the flanks over the iliac crests are full.
  const float norm =
      std::pow(std::pow(std::abs(q.x), kSquareness) + std::pow(std::abs(q.y), kSquareness), 1.0f / kSquareness);
  const float side = (norm - 1.0f) * std::min(s.halfWidth, s.halfDepth);
  return std::max({side, p.y - top, bottom - p.y});
}

// The trunk from the lower ribs to the perineum (midline; the ASIS at y = 0). Waist about 85 cm
// round, hips over the greater trochanters about 36 cm across.
const std::vector<Section> kTrunk{{0.33f, 0.0f, -0.068f, 0.152f, 0.112f},  {0.20f, 0.0f, -0.074f, 0.145f, 0.110f},
                                  {0.10f, 0.0f, -0.080f, 0.152f, 0.112f},  {0.03f, 0.0f, -0.080f, 0.164f, 0.118f},
                                  {-0.05f, 0.0f, -0.084f, 0.160f, 0.106f}, {-0.11f, 0.0f, -0.082f, 0.150f, 0.094f},
                                  {-0.15f, 0.0f, -0.080f, 0.150f, 0.090f}};
// One leg (left; x from the midline), authoring space: the thigh about 57 cm round below the buttock,
// 52 cm at mid-thigh, the knee 38 cm, the calf 37 cm, the ankle 25 cm.
const std::vector<Section> kLeg{{-0.04f, 0.088f, -0.078f, 0.080f, 0.094f}, {-0.17f, 0.092f, -0.070f, 0.088f, 0.092f},
                                {-0.30f, 0.097f, -0.068f, 0.086f, 0.083f}, {-0.41f, 0.093f, -0.067f, 0.069f, 0.069f},
                                {-0.48f, 0.089f, -0.068f, 0.060f, 0.063f}, {-0.56f, 0.092f, -0.076f, 0.056f, 0.059f},
                                {-0.65f, 0.091f, -0.083f, 0.055f, 0.063f}, {-0.76f, 0.090f, -0.080f, 0.045f, 0.050f},
                                {-0.86f, 0.088f, -0.077f, 0.040f, 0.041f}, {-0.90f, 0.088f, -0.078f, 0.042f, 0.042f}};

float leg(const glm::vec3& q) { return sections(q, kLeg, 0.0f, -0.905f, 2.0f); }

// The foot (left): heel pad, the arch and the forefoot on the ground, the toes in front.
float foot(const glm::vec3& q) {
  float d = ellipsoid(q, {0.090f, -0.922f, -0.104f}, {0.034f, 0.034f, 0.044f});
  d = smoothUnion(d, ellipsoid(q, {0.093f, -0.913f, -0.018f}, {0.046f, 0.042f, 0.088f}), 0.02f);
  d = smoothUnion(d, ellipsoid(q, {0.068f, -0.934f, 0.084f}, {0.032f, 0.023f, 0.068f}), 0.02f);  // big toe side
  d = smoothUnion(d, ellipsoid(q, {0.112f, -0.936f, 0.060f}, {0.034f, 0.021f, 0.062f}), 0.02f);  // small toes
  return std::max(d, -0.957f - q.y);  // the sole flat on the ground
}

// The buttocks (left): the gluteus maximus and its fat over the ischium, down to the gluteal fold.
float buttock(const glm::vec3& q) { return ellipsoid(q, {0.072f, -0.072f, -0.138f}, {0.078f, 0.100f, 0.080f}); }

}  // namespace

Field bodyOutline() {
  return [](const glm::vec3& p) {
    const glm::vec3 q(std::abs(p.x), p.y, p.z);  // symmetric: the left side stands for both
    const float limbs = smoothUnion(std::min(leg(q), leg({-q.x, q.y, q.z})), foot(q), 0.03f);
    const float hips = smoothUnion(sections(p, kTrunk, 0.33f, -0.15f, 2.4f), buttock(q), 0.04f);
    return smoothUnion(hips, limbs, 0.05f);
  };
}

}  // namespace hipscope::gen
