// Bone shapes: hip bones, sacrum, coccyx, L1-L5 with discs, femurs, each built from blended strokes (the
// leg below the knee: Leg.cpp).
#include "generator/Skeleton.hpp"

#include <algorithm>
#include <cmath>

#include "generator/Landmarks.hpp"
#include "generator/Leg.hpp"

namespace hipscope::gen {
namespace {

const glm::vec4 kBone{0.90f, 0.86f, 0.77f, 1.0f};
const glm::vec4 kDisc{0.64f, 0.74f, 0.82f, 1.0f};

// Rounded elliptic cylinder along Y: a vertebral body or a disc.
float roundedCylinderY(const glm::vec3& p, const glm::vec3& c, float rx, float rz, float halfHeight, float round) {
  const glm::vec3 q = p - c;
  const float radial = (glm::length(glm::vec2(q.x / rx, q.z / rz)) - 1.0f) * std::min(rx, rz);
  const float vertical = std::abs(q.y) - halfHeight;
  return glm::length(glm::max(glm::vec2(radial, vertical), 0.0f)) + std::min(std::max(radial, vertical), 0.0f) - round;
}

Stroke line(std::initializer_list<glm::vec3> pts, std::initializer_list<float> radii, float blend = 0.004f) {
  return Stroke{pts, radii, blend};
}

float hipBone(const glm::vec3& p, const Side& s) {
  using namespace lm;
  const glm::vec3 q = s.sign > 0 ? p : glm::vec3(-p.x, p.y, p.z);  // build the left side only
  // Iliac crest, a thick rim from the ASIS round to the PSIS.
  // Seen from above the crest is an S: convex outward at the front (widest at the tubercle), then
  // curving in toward the PSIS behind. Drawn as a smooth curve through these points (Catmull-Rom),
  // finely sampled, its thickness eased between them: a polyline of capsules blended at its corners
  // left a kink and a small swelling at every point.
  static const std::vector<glm::vec3> crestPoints = {asis,
                                                     {0.128f, 0.028f, -0.014f},
                                                     iliacTubercle,
                                                     {0.108f, 0.082f, -0.062f},
                                                     crestTop,
                                                     {0.066f, 0.078f, -0.118f},
                                                     {0.054f, 0.062f, -0.146f},
                                                     psis};
  static const float crestRadii[] = {0.006f, 0.007f, 0.008f, 0.007f, 0.007f, 0.007f, 0.007f, 0.007f};
  static const Stroke crestRim = [] {
    Stroke rim{{}, {}, 0.0005f};
    constexpr int kSamples = 56;
    const float last = static_cast<float>(crestPoints.size() - 1);
    for (int i = 0; i <= kSamples; ++i) {
      const float t = static_cast<float>(i) / kSamples, at = t * last;
      const int k = std::min(static_cast<int>(at), static_cast<int>(last) - 1);
      const float u = at - k, ease = u * u * (3 - 2 * u);
      rim.points.push_back(samplePath(crestPoints, t));
      rim.radii.push_back(glm::mix(crestRadii[k], crestRadii[k + 1], ease));
    }
    return rim;
  }();
  const std::vector<glm::vec3>& crest = crestRim.points;
  float d = stroke(q, crestRim);
  // The wing: a fan of flattened strokes from the crest down to the acetabular roof and the
  // sciatic buttress, thin in the middle (the iliac fossa inside, the gluteal surface outside). Each
  // starts a little below the crest's line, so that its rounded top stays inside the rim and the rim
  // is not scalloped by the fan's ends.
  const glm::vec3 roofFront{0.097f, -0.034f, -0.048f}, roofBack{0.064f, 0.008f, -0.122f};
  for (int i = 0; i <= 14; ++i) {
    const float t = i / 14.0f;
    const glm::vec3 top = alongPolyline(crest, t);
    const glm::vec3 tangent =
        alongPolyline(crest, std::min(t + 0.02f, 1.0f)) - alongPolyline(crest, std::max(t - 0.02f, 0.0f));
    const glm::vec3 target = glm::mix(roofFront, roofBack, std::clamp((t - 0.35f) / 0.55f, 0.0f, 1.0f));
    const glm::vec3 c = top + glm::normalize(target - top) * 0.009f, middle = (top + target) * 0.5f;
    const glm::vec3 normal = glm::cross(tangent, target - top);
    d = smoothUnion(d, plate(q, line({c, middle, target}, {0.012f, 0.014f, 0.016f}), normal, 4.2f), 0.004f);
  }
  // Sciatic buttress and the posterior border above the greater sciatic notch.
  // It arches over the notch: the notch's apex stays open for the piriformis and sciatic nerve.
  d = smoothUnion(d,
                  stroke(q, line({psis, piis, {0.070f, 0.006f, -0.106f}, {0.086f, -0.030f, -0.078f}},
                                 {0.007f, 0.008f, 0.009f, 0.013f})),
                  0.005f);
  // Pelvic brim (arcuate line) from the sacroiliac joint to the pubis.
  d = smoothUnion(d,
                  stroke(q, line({{0.052f, 0.020f, -0.126f}, {0.060f, -0.020f, -0.080f}, iliopubicEminence},
                                 {0.007f, 0.007f, 0.007f})),
                  0.004f);
  // Acetabulum: a thick rim hollowed by the cup the femoral head sits in.
  float rim = ellipsoid(q, hipCentre + glm::vec3(-0.011f, 0.0f, -0.002f), {0.024f, 0.035f, 0.035f});
  d = smoothUnion(d, rim, 0.006f);
  d = smoothSubtract(d, glm::length(q - hipCentre) - acetabulumRadius, 0.002f);
  d = smoothUnion(d, ellipsoid(q, aiis, {0.007f, 0.009f, 0.008f}), 0.004f);
  // Ischium: body, spine, lesser notch border, tuberosity and ramus.
  d = smoothUnion(d,
                  stroke(q, line({{0.078f, -0.086f, -0.084f}, {0.066f, -0.096f, -0.096f}, ischialTuberosity},
                                 {0.012f, 0.012f, 0.014f})),
                  0.005f);
  d = smoothUnion(d, stroke(q, line({{0.074f, -0.050f, -0.092f}, ischialSpine}, {0.008f, 0.003f})), 0.003f);
  d = smoothUnion(
      d, stroke(q, line({{0.062f, -0.054f, -0.108f}, lesserNotch, ischialTuberosity}, {0.007f, 0.006f, 0.010f})),
      0.004f);
  d = smoothUnion(d,
                  stroke(q, line({ischialTuberosity, {0.046f, -0.112f, -0.070f}, {0.026f, -0.108f, -0.036f}},
                                 {0.011f, 0.008f, 0.006f})),
                  0.004f);
  // Pubis: superior ramus to the body and symphysis, inferior ramus back to the ischium.
  d = smoothUnion(
      d,
      stroke(q, line({{0.082f, -0.058f, -0.042f}, iliopubicEminence, {0.045f, -0.064f, -0.012f}, pubicTubercle},
                     {0.012f, 0.010f, 0.009f, 0.008f})),
      0.004f);
  d = smoothUnion(d, ellipsoid(q, {0.014f, -0.090f, -0.010f}, {0.009f, 0.019f, 0.008f}), 0.005f);
  d = smoothUnion(d, stroke(q, line({{0.012f, -0.102f, -0.012f}, {0.026f, -0.108f, -0.036f}}, {0.007f, 0.006f})),
                  0.004f);
  return d;
}

float sacrum(const glm::vec3& p) {
  using namespace lm;
  const glm::vec3 q(std::abs(p.x), p.y, p.z);  // symmetric
  // A broad wedge, curved along its length, flattened front to back (its anterior surface faces
  // forward and down); the alae and lateral masses fan out to meet the ilia.
  const glm::vec3 normal{0.0f, -0.42f, 0.91f};
  float d =
      plate(q,
            line({s1Centre, {0.0f, 0.032f, -0.126f}, {0.0f, 0.005f, -0.141f}, {0.0f, -0.020f, -0.149f}, sacralApex},
                 {0.026f, 0.023f, 0.018f, 0.013f, 0.008f}, 0.006f),
            normal, 1.7f);
  for (const glm::vec3& corner : {glm::vec3(0.050f, 0.057f, -0.112f), glm::vec3(0.048f, 0.030f, -0.131f),
                                  glm::vec3(0.036f, 0.002f, -0.145f), glm::vec3(0.022f, -0.022f, -0.150f)}) {
    const glm::vec3 root(0.0f, corner.y - 0.004f, corner.z + 0.004f);
    d = smoothUnion(d, plate(q, line({root, corner}, {0.018f, 0.015f}), normal, 1.5f), 0.008f);
  }
  d = smoothUnion(d, ellipsoid(q, promontory, {0.022f, 0.006f, 0.009f}), 0.004f);
  d = smoothUnion(d,
                  stroke(q, line({{0.0f, 0.046f, -0.128f}, {0.0f, 0.004f, -0.160f}, {0.0f, -0.030f, -0.160f}},
                                 {0.004f, 0.004f, 0.003f})),
                  0.004f);
  d = smoothUnion(d, ellipsoid(q, {0.018f, 0.068f, -0.128f}, {0.006f, 0.007f, 0.006f}), 0.004f);
  // Anterior sacral foramina, S1 to S4.
  const float ys[4] = {0.035f, 0.010f, -0.012f, -0.030f}, zs[4] = {-0.110f, -0.127f, -0.135f, -0.139f};
  for (int i = 0; i < 4; ++i)
    d = smoothSubtract(d, glm::length(q - glm::vec3(0.017f, ys[i], zs[i])) - (0.0055f - i * 0.0007f), 0.0015f);
  return d;
}

float coccyx(const glm::vec3& p) {
  return stroke(p, line({{0.0f, -0.047f, -0.151f}, {0.0f, -0.058f, -0.148f}, {0.0f, -0.068f, -0.142f}, lm::coccyxTip},
                        {0.007f, 0.006f, 0.005f, 0.003f}, 0.002f));
}

float vertebra(const glm::vec3& p, int index) {
  const glm::vec3 c = lm::lumbarBody[index];
  const glm::vec3 q(std::abs(p.x), p.y, p.z);
  const float width = 0.022f + 0.0012f * index, depth = 0.016f + 0.0004f * index;
  float d = roundedCylinderY(q, c, width, depth, 0.0095f, 0.003f);
  d = smoothUnion(
      d,
      stroke(q, line({c + glm::vec3(0.012f, 0.004f, -depth + 0.002f), c + glm::vec3(0.014f, 0.004f, -0.031f)},
                     {0.005f, 0.005f})),
      0.003f);
  d = smoothUnion(
      d,
      stroke(q, line({c + glm::vec3(0.015f, 0.0f, -0.032f), c + glm::vec3(0.0f, -0.002f, -0.044f)}, {0.005f, 0.005f})),
      0.003f);
  d = smoothUnion(
      d,
      plate(q, line({c + glm::vec3(0.0f, -0.002f, -0.043f), c + glm::vec3(0.0f, -0.006f, -0.070f)}, {0.010f, 0.009f}),
            {1, 0, 0}, 2.4f),
      0.003f);
  const float tpLength[5] = {0.036f, 0.041f, 0.046f, 0.043f, 0.040f};
  const float tpRadius = index == 4 ? 0.0055f : 0.0038f;
  d = smoothUnion(
      d,
      stroke(q, line({c + glm::vec3(0.014f, 0.004f, -0.031f), c + glm::vec3(tpLength[index], 0.006f, -0.036f)},
                     {tpRadius + 0.001f, tpRadius})),
      0.003f);
  d = smoothUnion(d, ellipsoid(q, c + glm::vec3(0.015f, 0.015f, -0.034f), {0.005f, 0.007f, 0.006f}),
                  0.002f);  // superior facets
  d = smoothUnion(d, ellipsoid(q, c + glm::vec3(0.011f, -0.015f, -0.041f), {0.005f, 0.007f, 0.005f}),
                  0.002f);  // inferior facets
  return d;
}

float disc(const glm::vec3& p, const glm::vec3& below, const glm::vec3& above, float width, float depth) {
  return roundedCylinderY(p, (below + above) * 0.5f, width, depth,
                          std::max(0.001f, (above.y - below.y) * 0.5f - 0.0140f), 0.002f);
}

float femur(const glm::vec3& p, const Side& s) {
  using namespace lm;
  const glm::vec3 q = s.sign > 0 ? p : glm::vec3(-p.x, p.y, p.z);
  float d = glm::length(q - hipCentre) - femoralHeadRadius;
  d = smoothUnion(
      d,
      stroke(q, line({hipCentre, {0.110f, -0.084f, -0.074f}, {0.121f, -0.093f, -0.077f}}, {0.016f, 0.0145f, 0.018f})),
      0.005f);
  d = smoothUnion(d, ellipsoid(q, greaterTrochanter, {0.012f, 0.022f, 0.018f}), 0.006f);
  d = smoothUnion(d, ellipsoid(q, {0.126f, -0.064f, -0.083f}, {0.008f, 0.008f, 0.009f}), 0.004f);
  d = smoothUnion(d, ellipsoid(q, lesserTrochanter, {0.009f, 0.010f, 0.008f}), 0.004f);
  d = smoothUnion(d, stroke(q, line({{0.122f, -0.072f, -0.092f}, {0.101f, -0.114f, -0.090f}}, {0.006f, 0.005f})),
                  0.004f);
  d = smoothUnion(d,
                  stroke(q, line({{0.121f, -0.095f, -0.075f},
                                  {0.117f, -0.150f, -0.071f},
                                  {0.108f, -0.260f, -0.065f},
                                  {0.098f, -0.370f, -0.066f},
                                  {0.090f, -0.432f, -0.071f}},
                                 {0.0175f, 0.0145f, 0.0135f, 0.0145f, 0.021f}, 0.01f)),
                  0.006f);
  d = smoothUnion(d,
                  stroke(q, line({{0.114f, -0.170f, -0.084f}, {0.106f, -0.280f, -0.078f}, {0.097f, -0.380f, -0.079f}},
                                 {0.004f, 0.004f, 0.003f})),
                  0.004f);
  d = smoothUnion(d, ellipsoid(q, lateralCondyle, {0.016f, 0.024f, 0.030f}), 0.008f);
  d = smoothUnion(d, ellipsoid(q, medialCondyle, {0.017f, 0.024f, 0.031f}), 0.008f);
  d = smoothUnion(d, ellipsoid(q, {0.088f, -0.460f, -0.060f}, {0.024f, 0.020f, 0.013f}), 0.006f);
  d = smoothSubtract(d, stroke(q, line({{0.088f, -0.470f, -0.100f}, {0.088f, -0.505f, -0.090f}}, {0.007f, 0.008f})),
                     0.003f);
  return d;
}

glm::vec3 mirrorBox(const glm::vec3& v, const Side& s) { return {s.sign * v.x, v.y, v.z}; }

}  // namespace

std::vector<BoneShape> skeletonShapes() {
  std::vector<BoneShape> bones;
  for (const Side* side : {&kLeft, &kRight}) {
    const Side s = *side;
    glm::vec3 a = mirrorBox({0.0f, -0.130f, -0.175f}, s), b = mirrorBox({0.150f, 0.105f, 0.015f}, s);
    bones.push_back({s.name("hip_bone"), [s](const glm::vec3& p) { return hipBone(p, s); }, glm::min(a, b),
                     glm::max(a, b), 0.0026f, kBone});
    a = mirrorBox({0.040f, -0.520f, -0.120f}, s), b = mirrorBox({0.150f, -0.035f, -0.030f}, s);
    bones.push_back({s.name("femur"), [s](const glm::vec3& p) { return femur(p, s); }, glm::min(a, b), glm::max(a, b),
                     0.0036f, kBone});
  }
  bones.push_back({"sacrum", sacrum, {-0.075f, -0.060f, -0.180f}, {0.075f, 0.100f, -0.060f}, 0.0027f, kBone});
  bones.push_back({"coccyx", coccyx, {-0.012f, -0.084f, -0.162f}, {0.012f, -0.036f, -0.124f}, 0.0012f, kBone});
  const char* discNames[5] = {"disc_l1_l2", "disc_l2_l3", "disc_l3_l4", "disc_l4_l5", "disc_l5_s1"};
  for (int i = 0; i < 5; ++i) {
    const glm::vec3 c = lm::lumbarBody[i];
    bones.push_back({"l" + std::to_string(i + 1), [i](const glm::vec3& p) { return vertebra(p, i); },
                     c + glm::vec3(-0.052f, -0.028f, -0.085f), c + glm::vec3(0.052f, 0.028f, 0.022f), 0.0024f, kBone});
    const glm::vec3 above = c;
    const glm::vec3 below = i < 4 ? lm::lumbarBody[i + 1] : lm::s1Centre + glm::vec3(0.0f, 0.0045f, 0.0f);
    const float width = 0.022f + 0.0012f * i, depth = 0.016f + 0.0004f * i;
    bones.push_back({discNames[i],
                     [below, above, width, depth](const glm::vec3& p) { return disc(p, below, above, width, depth); },
                     (below + above) * 0.5f - glm::vec3(0.03f, 0.012f, 0.022f),
                     (below + above) * 0.5f + glm::vec3(0.03f, 0.012f, 0.022f), 0.0022f, kDisc});
  }
  for (BoneShape& b : legShapes()) bones.push_back(std::move(b));
  return bones;
}

float BoneDistance::operator()(const glm::vec3& p) const {
  float best = 1e9f;
  for (const BoneShape& b : *bones_) {
    // Outside the box the true distance is at least the distance to the box.
    const glm::vec3 outside = glm::max(glm::max(b.lo - p, p - b.hi), glm::vec3(0.0f));
    const float boxDistance = glm::length(outside);
    if (boxDistance >= best) continue;
    best = std::min(best, b.field(p));
  }
  return best;
}

glm::vec3 BoneDistance::gradient(const glm::vec3& p) const {
  const float h = 2.5e-4f;
  const glm::vec3 g((*this)(p + glm::vec3(h, 0, 0)) - (*this)(p - glm::vec3(h, 0, 0)),
                    (*this)(p + glm::vec3(0, h, 0)) - (*this)(p - glm::vec3(0, h, 0)),
                    (*this)(p + glm::vec3(0, 0, h)) - (*this)(p - glm::vec3(0, 0, h)));
  const float len = glm::length(g);
  return len > 0 ? g / len : glm::vec3(0, 1, 0);
}

void pushOutOfBones(GenMesh& mesh, const BoneDistance& bones, float margin) {
  for (glm::vec3& p : mesh.positions) {
    for (int iteration = 0; iteration < 4; ++iteration) {
      const float d = bones(p);
      if (d >= margin) break;
      p += bones.gradient(p) * (margin - d + 1e-4f);
    }
  }
  computeNormals(mesh);
}

}  // namespace hipscope::gen
