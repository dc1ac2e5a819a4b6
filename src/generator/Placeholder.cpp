// Stand-in anatomy: rough bones, a few muscles and the sciatic nerve, each a named mesh.
#include "generator/Placeholder.hpp"

#include <cmath>

namespace hipscope::gen {
namespace {

const glm::vec4 kBone{0.89f, 0.85f, 0.76f, 1.0f};
const glm::vec4 kDisc{0.62f, 0.72f, 0.80f, 1.0f};
const glm::vec4 kMuscle{0.70f, 0.24f, 0.22f, 1.0f};
const glm::vec4 kDeepMuscle{0.84f, 0.38f, 0.30f, 1.0f};
const glm::vec4 kNerve{0.96f, 0.82f, 0.30f, 1.0f};

void merge(GenMesh& into, const GenMesh& part) {
  const auto base = static_cast<std::uint32_t>(into.positions.size());
  into.positions.insert(into.positions.end(), part.positions.begin(), part.positions.end());
  into.normals.insert(into.normals.end(), part.normals.begin(), part.normals.end());
  into.uvs.insert(into.uvs.end(), part.uvs.begin(), part.uvs.end());
  for (auto i : part.indices) into.indices.push_back(base + i);
}

GenMesh named(GenMesh m, const std::string& name, glm::vec4 color) {
  m.name = name;
  m.color = color;
  return m;
}

// Rounded blob: a loft whose profile closes at both ends.
Profile rounded(glm::vec2 half) {
  return [half](float t) { return half * std::sqrt(std::max(0.0f, std::sin(3.14159265f * t))) + glm::vec2(1e-4f); };
}

std::string side(const char* base, float s) { return std::string(base) + (s > 0 ? "_l" : "_r"); }

GenMesh hipBone(float s) {
  GenMesh bone;
  auto p = [s](float x, float y, float z) { return glm::vec3(s * x, y, z); };
  // Iliac wing: a plate hanging below the crest, from the PSIS round to the ASIS.
  merge(bone, loft("", {p(0.045f, -0.04f, -0.150f), p(0.100f, -0.01f, -0.095f), p(0.125f, -0.015f, -0.035f), p(0.115f, -0.035f, 0.0f)},
                   [](float t) { return glm::vec2(0.010f, 0.040f * (0.55f + 0.45f * std::sin(3.14159f * t))); },
                   {40, 20, {0, 1, 0}}));
  // Body of the ilium down to the acetabulum, ischium to the tuberosity, pubis to the symphysis.
  merge(bone, loft("", {p(0.100f, -0.03f, -0.080f), p(0.090f, -0.060f, -0.070f), p(0.075f, -0.105f, -0.090f), p(0.060f, -0.125f, -0.100f)},
                   rounded({0.022f, 0.018f}), {28, 20, {0, 0, 1}}));
  merge(bone, loft("", {p(0.090f, -0.070f, -0.055f), p(0.055f, -0.080f, -0.015f), p(0.015f, -0.085f, -0.002f)},
                   rounded({0.014f, 0.012f}), {24, 18, {0, 1, 0}}));
  merge(bone, loft("", {p(0.062f, -0.125f, -0.095f), p(0.040f, -0.110f, -0.040f), p(0.018f, -0.095f, -0.008f)},
                   rounded({0.009f, 0.008f}), {20, 16, {0, 1, 0}}));
  return named(bone, side("hip_bone", s), kBone);
}

GenMesh femur(float s) {
  GenMesh bone;
  auto p = [s](float x, float y, float z) { return glm::vec3(s * x, y, z); };
  merge(bone, loft("", {p(0.070f, -0.066f, -0.071f), p(0.0835f, -0.0661f, -0.0707f), p(0.097f, -0.066f, -0.070f)},
                   rounded({0.024f, 0.024f}), {20, 24, {0, 1, 0}}));  // head
  merge(bone, loft("", {p(0.090f, -0.070f, -0.071f), p(0.115f, -0.085f, -0.075f), p(0.128f, -0.092f, -0.078f)},
                   constant({0.014f, 0.016f}), {12, 18, {0, 0, 1}}));  // neck
  merge(bone, loft("", {p(0.128f, -0.050f, -0.082f), p(0.124f, -0.130f, -0.070f), p(0.108f, -0.300f, -0.058f),
                        p(0.092f, -0.440f, -0.062f), p(0.085f, -0.505f, -0.066f)},
                   [](float t) {
                     const float trochanter = 0.010f * std::exp(-t * t * 60.0f);
                     const float condyles = 0.026f * std::pow(std::max(0.0f, (t - 0.78f) / 0.22f), 1.5f);
                     return glm::vec2(0.014f + trochanter + condyles, 0.015f + trochanter * 0.6f + condyles * 0.6f);
                   },
                   {56, 22, {0, 0, 1}}));  // shaft from the greater trochanter to the condyles
  return named(bone, side("femur", s), kBone);
}

}  // namespace

std::vector<GenMesh> buildPlaceholderAnatomy() {
  std::vector<GenMesh> out;
  out.push_back(named(loft("", {{0, 0.000f, -0.118f}, {0, -0.050f, -0.150f}, {0, -0.095f, -0.160f}, {0, -0.125f, -0.140f}},
                           [](float t) { return glm::vec2(0.055f * (1.0f - 0.8f * t) + 0.006f, 0.022f * (1.0f - 0.6f * t) + 0.004f); },
                           {32, 24, {0, 0, 1}}),
                      "sacrum", kBone));
  for (int level = 5; level >= 1; --level) {
    const float y = 0.022f + (5 - level) * 0.036f;
    GenMesh v = loft("", {{0, y, -0.100f}, {0, y + 0.026f, -0.100f}}, constant({0.024f, 0.018f}), {4, 28, {0, 0, 1}});
    merge(v, loft("", {{0, y + 0.013f, -0.115f}, {0, y + 0.008f, -0.150f}, {0, y + 0.002f, -0.165f}},
                  rounded({0.006f, 0.013f}), {12, 12, {0, 1, 0}}));  // spinous process
    merge(v, loft("", {{-0.040f, y + 0.016f, -0.118f}, {0, y + 0.016f, -0.118f}, {0.040f, y + 0.016f, -0.118f}},
                  rounded({0.005f, 0.006f}), {16, 10, {0, 1, 0}}));  // transverse processes
    out.push_back(named(v, "l" + std::to_string(level), kBone));
    const std::string below = level == 5 ? "s1" : "l" + std::to_string(level + 1);
    out.push_back(named(loft("", {{0, y - 0.010f, -0.100f}, {0, y, -0.100f}}, constant({0.023f, 0.017f}), {3, 28, {0, 0, 1}}),
                        "disc_l" + std::to_string(level) + "_" + below, kDisc));
  }
  for (float s : {1.0f, -1.0f}) {
    auto p = [s](float x, float y, float z) { return glm::vec3(s * x, y, z); };
    out.push_back(hipBone(s));
    out.push_back(femur(s));
    out.push_back(named(loft("", {p(0.040f, -0.010f, -0.175f), p(0.095f, -0.080f, -0.185f), p(0.128f, -0.150f, -0.110f)},
                             fusiform({0.065f, 0.020f}, 0.45f), {28, 24, {0, 0, 1}}),
                        side("gluteus_maximus", s), kMuscle));
    out.push_back(named(loft("", {p(0.030f, -0.050f, -0.140f), p(0.080f, -0.058f, -0.128f), p(0.125f, -0.062f, -0.088f)},
                             fusiform({0.013f, 0.008f}), {24, 16, {0, 1, 0}}),
                        side("piriformis", s), kDeepMuscle));
    out.push_back(named(loft("", {p(0.030f, 0.160f, -0.090f), p(0.045f, 0.020f, -0.070f), p(0.075f, -0.070f, -0.030f),
                                  p(0.095f, -0.110f, -0.060f)},
                             fusiform({0.016f, 0.013f}, 0.3f), {36, 16, {0, 0, 1}}),
                        side("psoas_major", s), kDeepMuscle));
    out.push_back(named(loft("", {p(0.035f, -0.070f, -0.125f), p(0.078f, -0.078f, -0.120f), p(0.095f, -0.200f, -0.110f),
                                  p(0.088f, -0.420f, -0.090f)},
                             constant({0.005f, 0.005f}), {48, 12, {0, 0, 1}}),
                        side("sciatic_nerve", s), kNerve));
  }
  return out;
}

}  // namespace hipscope::gen
