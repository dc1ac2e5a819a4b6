// The leg bones, each built from blended strokes and ellipsoids placed on the knee and ankle landmarks.
#include "generator/Leg.hpp"

#include <algorithm>
#include <cmath>

#include "generator/Landmarks.hpp"

namespace hipscope::gen {
namespace {

const glm::vec4 kBone{0.90f, 0.86f, 0.77f, 1.0f};

Stroke line(std::initializer_list<glm::vec3> pts, std::initializer_list<float> radii, float blend = 0.004f) {
  return Stroke{pts, radii, blend};
}

glm::vec3 leftOf(const glm::vec3& p, const Side& s) { return s.sign > 0 ? p : glm::vec3(-p.x, p.y, p.z); }

// Shin bone: two condyles forming the plateau under the femur, the tuberosity in front, a
// triangular shaft with its sharp crest forward, and the flared lower end with the medial malleolus.
float tibia(const glm::vec3& p, const Side& s) {
  using namespace lm;
  const glm::vec3 q = leftOf(p, s);
  const float top = tibialPlateauTop;
  float d = ellipsoid(q, {0.070f, top - 0.011f, -0.079f}, {0.019f, 0.011f, 0.027f});  // medial condyle
  d = smoothUnion(d, ellipsoid(q, {0.106f, top - 0.012f, -0.079f}, {0.018f, 0.012f, 0.025f}), 0.010f);  // lateral
  d = smoothUnion(d, ellipsoid(q, {0.088f, top - 0.022f, -0.078f}, {0.030f, 0.016f, 0.024f}), 0.010f);
  d = smoothUnion(d, ellipsoid(q, {0.090f, -0.545f, -0.050f}, {0.011f, 0.017f, 0.010f}), 0.008f);  // tuberosity
  d = smoothUnion(d,
                  stroke(q, line({{0.088f, -0.545f, -0.078f},
                                  {0.087f, -0.610f, -0.074f},
                                  {0.086f, -0.720f, -0.074f},
                                  {0.085f, -0.820f, -0.076f},
                                  {0.085f, -0.858f, -0.076f}},
                                 {0.021f, 0.0145f, 0.0125f, 0.0135f, 0.018f}, 0.012f)),
                  0.008f);
  // The anterior border (the shin you feel), from the tuberosity down to the front of the ankle.
  d = smoothUnion(d,
                  stroke(q, line({{0.090f, -0.560f, -0.058f}, {0.087f, -0.700f, -0.063f}, {0.085f, -0.820f, -0.066f}},
                                 {0.006f, 0.005f, 0.005f})),
                  0.006f);
  d = smoothUnion(d, ellipsoid(q, {0.086f, -0.866f, -0.075f}, {0.021f, 0.012f, 0.021f}), 0.008f);  // lower end
  d = smoothUnion(d, stroke(q, line({{0.069f, -0.860f, -0.077f}, medialMalleolus}, {0.009f, 0.0065f})), 0.004f);
  return d;
}

// Calf bone (outer): a slender shaft from the head, below and behind the lateral tibial condyle,
// down to the lateral malleolus, which reaches lower than the medial one.
float fibula(const glm::vec3& p, const Side& s) {
  using namespace lm;
  const glm::vec3 q = leftOf(p, s);
  float d = ellipsoid(q, {0.121f, -0.537f, -0.093f}, {0.0105f, 0.011f, 0.0105f});  // head
  d = smoothUnion(
      d,
      stroke(q, line({fibularNeck, {0.119f, -0.640f, -0.089f}, {0.117f, -0.760f, -0.085f}, {0.115f, -0.850f, -0.084f}},
                     {0.0065f, 0.0068f, 0.0065f, 0.0075f})),
      0.004f);
  d = smoothUnion(d, ellipsoid(q, lateralMalleolus + glm::vec3(0.0f, -0.002f, 0.0f), {0.0085f, 0.016f, 0.011f}),
                  0.006f);
  return d;
}

// Kneecap: a rounded triangle, broad at its base above, its apex pointing down, in front of the
// femur's patellar surface.
float patella(const glm::vec3& p, const Side& s) {
  const glm::vec3 q = leftOf(p, s);
  float d = ellipsoid(q, {0.090f, -0.458f, -0.037f}, {0.021f, 0.019f, 0.0095f});
  d = smoothUnion(d, stroke(q, line({{0.090f, -0.466f, -0.038f}, {0.090f, -0.482f, -0.040f}}, {0.011f, 0.004f})),
                  0.006f);
  return d;
}

// Foot: the talus under the tibia, the calcaneus back to the heel, the midfoot bones, five
// metatarsals falling from the arch to their heads on the ground, and the toes.
float foot(const glm::vec3& p, const Side& s) {
  using namespace lm;
  const glm::vec3 q = leftOf(p, s);
  float d = ellipsoid(q, {0.089f, -0.893f, -0.072f}, {0.016f, 0.013f, 0.021f});  // talar dome and body
  d = smoothUnion(d, stroke(q, line({{0.088f, -0.899f, -0.062f}, {0.081f, -0.905f, -0.040f}}, {0.011f, 0.010f})),
                  0.005f);
  d = smoothUnion(d, ellipsoid(q, heel, {0.014f, 0.017f, 0.017f}), 0.006f);  // heel (calcaneal tuber)
  d = smoothUnion(
      d, stroke(q, line({heel, {0.094f, -0.917f, -0.090f}, {0.100f, -0.920f, -0.052f}}, {0.015f, 0.014f, 0.011f})),
      0.008f);
  d = smoothUnion(d, ellipsoid(q, {0.077f, -0.904f, -0.032f}, {0.014f, 0.011f, 0.009f}), 0.005f);  // navicular
  d = smoothUnion(d, ellipsoid(q, {0.110f, -0.918f, -0.030f}, {0.014f, 0.012f, 0.015f}), 0.005f);  // cuboid
  d = smoothUnion(d, ellipsoid(q, {0.082f, -0.908f, -0.012f}, {0.021f, 0.012f, 0.011f}), 0.005f);  // cuneiforms
  // The midfoot as one arched block between them.
  d = smoothUnion(d, ellipsoid(q, {0.094f, -0.912f, -0.024f}, {0.028f, 0.012f, 0.020f}), 0.008f);
  // Metatarsals, 1st (medial, thickest) to 5th: from the bases high in the arch to the heads low in front.
  const float baseX[5] = {0.069f, 0.082f, 0.093f, 0.104f, 0.117f},
              baseZ[5] = {-0.002f, 0.000f, -0.005f, -0.010f, -0.018f};
  const float headX[5] = {0.061f, 0.082f, 0.099f, 0.115f, 0.131f}, headZ[5] = {0.066f, 0.071f, 0.066f, 0.057f, 0.046f};
  const float headR[5] = {0.0105f, 0.0068f, 0.0064f, 0.0062f, 0.0062f};
  for (int i = 0; i < 5; ++i) {
    const glm::vec3 base{baseX[i], -0.909f - 0.001f * static_cast<float>(i), baseZ[i]},
        head{headX[i], -0.932f + headR[i] - 0.0065f, headZ[i]};
    d = smoothUnion(d, stroke(q, line({base, head}, {i == 0 ? 0.0095f : 0.0068f, headR[i]})), 0.0015f);
    // The toe: three phalanges (two for the big toe) curling down to the ground.
    const float length = i == 0 ? 0.046f : 0.036f - 0.003f * static_cast<float>(i);
    const float r = i == 0 ? 0.0090f : 0.0056f;
    const glm::vec3 dir = glm::normalize(glm::vec3(headX[i] - baseX[i], 0.0f, headZ[i] - baseZ[i]));
    const glm::vec3 a = head + dir * (headR[i] * 0.8f);
    d = smoothUnion(d,
                    stroke(q, line({a, a + dir * (length * 0.5f) + glm::vec3(0.0f, -0.001f, 0.0f),
                                    a + dir * length + glm::vec3(0.0f, -0.003f, 0.0f)},
                                   {r, r * 0.9f, r * 0.8f}, 0.003f)),
                    0.0015f);
  }
  d = smoothUnion(d, ellipsoid(q, {0.126f, -0.922f, -0.016f}, {0.008f, 0.008f, 0.010f}), 0.004f);  // 5th base
  return d;
}

glm::vec3 mirrorBox(const glm::vec3& v, const Side& s) { return {s.sign * v.x, v.y, v.z}; }

float inset(float y) {
  return lm::kneeInset * std::clamp((lm::hipCentre.y - y) / (lm::hipCentre.y - lm::kneeCentre.y), 0.0f, 1.0f);
}

// Toward the midline on either side, smoothly through zero at the midline itself.
float medial(float x) { return -std::clamp(x / 0.02f, -1.0f, 1.0f); }

}  // namespace

std::vector<BoneShape> legShapes() {
  std::vector<BoneShape> bones;
  for (const Side* side : {&kLeft, &kRight}) {
    const Side s = *side;
    auto add = [&](const char* name, float (*f)(const glm::vec3&, const Side&), glm::vec3 lo, glm::vec3 hi,
                   float cell) {
      const glm::vec3 a = mirrorBox(lo, s), b = mirrorBox(hi, s);
      bones.push_back(
          {s.name(name), [s, f](const glm::vec3& p) { return f(p, s); }, glm::min(a, b), glm::max(a, b), cell, kBone});
    };
    add("tibia", tibia, {0.040f, -0.915f, -0.120f}, {0.135f, -0.500f, -0.030f}, 0.0030f);
    add("fibula", fibula, {0.098f, -0.915f, -0.112f}, {0.138f, -0.518f, -0.068f}, 0.0022f);
    add("patella", patella, {0.062f, -0.492f, -0.054f}, {0.118f, -0.432f, -0.020f}, 0.0020f);
    add("foot", foot, {0.040f, -0.955f, -0.145f}, {0.150f, -0.870f, 0.150f}, 0.0020f);
  }
  return bones;
}

glm::vec3 convergeLegs(const glm::vec3& p) { return {p.x + medial(p.x) * inset(p.y), p.y, p.z}; }

Field convergedField(Field f) {
  // The inverse move: back out from the midline (the move is small next to the smoothing at the midline).
  return [f = std::move(f)](const glm::vec3& p) { return f({p.x - medial(p.x) * inset(p.y), p.y, p.z}); };
}

std::vector<BoneShape> convergedShapes(const std::vector<BoneShape>& authored) {
  std::vector<BoneShape> out = authored;
  for (BoneShape& b : out) {
    b.field = convergedField(b.field);
    b.lo.x -= lm::kneeInset;
    b.hi.x += lm::kneeInset;
  }
  return out;
}

void convergeMesh(GenMesh& mesh) {
  for (glm::vec3& p : mesh.positions) p = convergeLegs(p);
  for (glm::vec3& p : mesh.lineOfAction) p = convergeLegs(p);
  computeNormals(mesh);
}

}  // namespace hipscope::gen
