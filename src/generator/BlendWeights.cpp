// Continuous skin weights for soft tissue from the distances to the bones of each segment.
#include "generator/BlendWeights.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "generator/Landmarks.hpp"
#include "generator/Leg.hpp"

namespace hipscope::gen {
namespace {

// The joints (skeletonJoints' order): pelvis, lumbar_l5 .. lumbar_l1, hips, knees, ankles.
constexpr int kPelvis = 0, kHip[2] = {6, 7}, kKnee[2] = {8, 9}, kAnkle[2] = {10, 11};
// Near the midline the two legs meet: the leg's weight fades out over this much of |x| (metres), so
// the perineum and the pubic symphysis stay with the pelvis and the sides never meet in a seam.
// Only at the trunk's height: below the crotch the thighs' inner faces come within about a
// centimetre of the midline (BodyOutline) and belong to their own thigh.
constexpr float kMidline = 0.016f;
// Above the groin and the gluteal region nothing follows the thigh: far from every bone (the front of
// the belly) the distances alone would give the femur a share. Model y: the ASIS are at 0.
constexpr float kHipTop = 0.03f, kHipTopBand = 0.07f;
constexpr float kCrotchTop = -0.178f, kCrotchBottom = -0.25f;  // model y; the crotch is at about -0.18

enum Group { kPelvisBones, kSpine, kFemur, kShank, kFoot, kGroups };

// The group a bone belongs to and its side (0 left, 1 right, -1 none).
Group groupOf(const std::string& name, int& side) {
  const std::size_t n = name.size();
  side = n > 2 && name[n - 2] == '_' ? (name[n - 1] == 'l' ? 0 : name[n - 1] == 'r' ? 1 : -1) : -1;
  if (name.rfind("femur", 0) == 0 || name.rfind("patella", 0) == 0) return kFemur;
  if (name.rfind("tibia", 0) == 0 || name.rfind("fibula", 0) == 0) return kShank;
  if (name.rfind("foot", 0) == 0) return kFoot;
  if (name.rfind("disc_", 0) == 0 || (n == 2 && name[0] == 'l')) {
    side = -1;
    return kSpine;
  }
  side = -1;
  return kPelvisBones;
}

float smoothstep(float lo, float hi, float x) {
  const float t = std::clamp((x - lo) / (hi - lo), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// The spine's level at height y: 0 at the S1 body and below (the pelvis), k at the centre of the
// k-th vertebra up from it (1 = L5 ... 5 = L1), linear between. The level is the joint's index.
float spineLevel(float y) {
  float below = lm::s1Centre.y;
  if (y <= below) return 0.0f;
  for (int k = 1; k <= 5; ++k) {
    const float above = lm::lumbarBody[5 - k].y;
    if (y < above) return static_cast<float>(k - 1) + (y - below) / (above - below);
    below = above;
  }
  return 5.0f;
}

// Near the hip a bend moves the tissue little and the short muscles there (the piriformis and the
// short rotators, from the sacrum to the trochanter) must follow their bones: the hip's band narrows
// with the distance from the hip's centre, to this share of it at the centre. Far out (the buttock,
// the hamstrings' and adductors' upper bellies) a 90 degree bend moves the tissue most and the band
// is the whole width. Metres.
constexpr float kHipBandFull = 0.12f, kHipBandLeast = 0.35f;

}  // namespace

BlendWeight blendWeight(const glm::vec3& p, const std::vector<BoneShape>& bones, const BlendBands& bands) {
  const int side = p.x >= 0.0f ? 0 : 1;
  std::array<float, kGroups> d;
  d.fill(1e9f);
  for (const BoneShape& b : bones) {
    int boneSide = -1;
    const Group g = groupOf(b.name, boneSide);
    if (boneSide >= 0 && boneSide != side) continue;
    // Outside the box the distance is at least the distance to the box. (Far from a bone its field
    // can read much nearer than it is: the hip bone's reads 16 cm from the middle of the calf.)
    const float box = glm::length(glm::max(glm::max(b.lo - p, p - b.hi), glm::vec3(0.0f)));
    if (box >= d[g]) continue;
    d[g] = std::min(d[g], std::max(box, b.field(p)));
  }
  const float trunk = std::min(d[kPelvisBones], d[kSpine]);
  // Down the leg: 0 on the trunk, 1 on the femur, 2 on the shank, 3 on the foot.
  const glm::vec3 hipCentre = side == 0 ? kLeft(lm::hipCentre) : kRight(lm::hipCentre);
  const float hipBand = bands.hip * std::clamp(glm::distance(p, hipCentre) / kHipBandFull, kHipBandLeast, 1.0f);
  const float hip = smoothstep(-hipBand, hipBand, trunk - d[kFemur]) *
                    std::max(smoothstep(0.0f, kMidline, std::abs(p.x)), smoothstep(kCrotchTop, kCrotchBottom, p.y)) *
                    smoothstep(kHipTop, kHipTop - kHipTopBand, p.y);
  const float knee = smoothstep(-bands.knee, bands.knee, d[kFemur] - d[kShank]);
  const float ankle = smoothstep(-bands.ankle, bands.ankle, d[kShank] - d[kFoot]);
  const float leg = hip * (1.0f + knee * (1.0f + ankle));
  // Up the back: the level by height, back to the pelvis where the pelvis is nearer than the spine.
  const float lumbar = smoothstep(-bands.lumbar, 0.0f, d[kPelvisBones] - d[kSpine]);
  const float level = spineLevel(p.y) * lumbar;

  // Every joint's share, then the two largest (the shader takes two).
  std::array<std::pair<float, int>, 4> shares{};
  int count = 0;
  const int legJoints[4] = {-1, kHip[side], kKnee[side], kAnkle[side]};
  const int lo = std::min(static_cast<int>(leg), 2);
  const float up = leg - static_cast<float>(lo);
  const float trunkShare = lo == 0 ? 1.0f - up : 0.0f;
  if (lo > 0) shares[count++] = {1.0f - up, legJoints[lo]};
  shares[count++] = {up, legJoints[lo + 1]};
  if (trunkShare > 0.0f) {
    const int base = std::min(static_cast<int>(level), 4);
    const float f = level - static_cast<float>(base);
    shares[count++] = {trunkShare * (1.0f - f), base == 0 ? kPelvis : base};
    shares[count++] = {trunkShare * f, base + 1};
  }
  std::sort(shares.begin(), shares.begin() + count, [](const auto& a, const auto& b) { return a.first > b.first; });
  const float sum = shares[0].first + (count > 1 ? shares[1].first : 0.0f);
  BlendWeight w;
  w.joints = glm::u16vec4(shares[0].second, count > 1 ? shares[1].second : 0, 0, 0);
  w.weights = glm::vec4(shares[0].first / sum, count > 1 ? shares[1].first / sum : 0.0f, 0, 0);
  return w;
}

}  // namespace hipscope::gen
