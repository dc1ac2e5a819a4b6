// The fascia lata as elliptical sections (our own model's thigh: each section's area that of the
// muscle, bone and nerve it holds, a little over, its shape their spread), and where it is full.
#include "generator/ThighFascia.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope::gen {
namespace {

// A horizontal section at height y (left thigh; mirrored): centre (x, z), half-widths (side to side,
// front to back). With kScale about 140 cm2 at mid-thigh, 120 cm2 above the knee: the deep tissue
// of a 52 cm thigh under about 2 cm of fat.
struct Section {
  float y, x, z, halfWidth, halfDepth;
};
constexpr Section kSections[] = {
    {-0.12f, 0.088f, -0.073f, 0.0680f, 0.0610f}, {-0.16f, 0.090f, -0.069f, 0.0677f, 0.0598f},
    {-0.20f, 0.092f, -0.071f, 0.0693f, 0.0589f}, {-0.24f, 0.095f, -0.073f, 0.0699f, 0.0587f},
    {-0.28f, 0.093f, -0.073f, 0.0697f, 0.0589f}, {-0.32f, 0.092f, -0.072f, 0.0683f, 0.0581f},
    {-0.36f, 0.092f, -0.070f, 0.0643f, 0.0551f}, {-0.40f, 0.086f, -0.064f, 0.0631f, 0.0565f},
    {-0.44f, 0.082f, -0.063f, 0.0576f, 0.0572f}, {-0.48f, 0.080f, -0.066f, 0.0540f, 0.0560f}};
constexpr int kCount = sizeof(kSections) / sizeof(kSections[0]);
constexpr float kStep = 0.04f;  // between the sections

// Full from here to there, easing off over kEase above and below.
constexpr float kFullTop = -0.20f, kFullBottom = -0.365f, kEase = 0.05f;
constexpr float kAway = 0.01f;   // how far the sleeve moves out where the fill is 0
constexpr float kScale = 1.04f;  // the sections a little wider: the muscles reach their volumes in life

// Catmull-Rom through the sections: smooth girths.
Section at(float y) {
  const float u = std::clamp((kSections[0].y - y) / kStep, 0.0f, float(kCount - 1) - 1e-4f);
  const int i = static_cast<int>(u);
  const float t = u - i;
  auto pick = [](int j) { return kSections[std::clamp(j, 0, kCount - 1)]; };
  const Section p0 = pick(i - 1), p1 = pick(i), p2 = pick(i + 1), p3 = pick(i + 2);
  auto blend = [t](float a, float b, float c, float d) {
    return 0.5f * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (3 * b - a - 3 * c + d) * t * t * t);
  };
  return {y, blend(p0.x, p1.x, p2.x, p3.x), blend(p0.z, p1.z, p2.z, p3.z),
          blend(p0.halfWidth, p1.halfWidth, p2.halfWidth, p3.halfWidth),
          blend(p0.halfDepth, p1.halfDepth, p2.halfDepth, p3.halfDepth)};
}

float smoothstep(float e0, float e1, float x) {
  const float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
  return t * t * (3 - 2 * t);
}

}  // namespace

float thighFill(const glm::vec3& p) {
  return smoothstep(kFullTop + kEase, kFullTop, p.y) * smoothstep(kFullBottom - kEase, kFullBottom, p.y);
}

float thighFascia(const glm::vec3& p) {
  const float fill = thighFill(p);
  if (fill <= 0) return -1.0f;
  const Section s = at(p.y);
  const float a = s.halfWidth * kScale, b = s.halfDepth * kScale;
  const glm::vec2 q((std::abs(p.x) - s.x) / a, (p.z - s.z) / b);
  return (glm::length(q) - 1.0f) * std::min(a, b) - (1 - fill) * kAway;
}

}  // namespace hipscope::gen
