// The skin's pain zones from the skeleton's landmarks. Our own estimates of where a patient's pain
// drawing puts each region (the zones of pain-drawing charts: Margolis 1986, the buttock's lower edge
// at the gluteal fold, the low back above the iliac crests), measured from the joints.
#include "view/SkinZones.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace hipscope {
namespace {

enum Paired : int {
  LowBack,
  Sacroiliac,
  Buttock,
  LateralHip,
  Groin,
  AnteriorThigh,
  MedialThigh,
  LateralThigh,
  PosteriorThigh,
  Knee,
  Shin,
  LateralLeg,
  Calf,
  Ankle,
  FootTop,
  FootSole
};
constexpr float kStep = 0.01f;  // the leg's axis, one point per centimetre down from the hip

int zoneOf(Paired z, int side) { return 2 * static_cast<int>(z) + side; }

const JointInfo* joint(const Mechanics& m, const char* name) {
  for (const JointInfo& j : m.joints())
    if (j.name == name) return &j;
  return nullptr;
}

// Degrees round the leg's axis, seen from above: 0 straight out to the side, +90 to the front,
// +-180 toward the other leg, -90 to the back.
float aroundLeg(const SkinLandmarks& lm, int side, const glm::vec3& p) {
  const float steps = (lm.hip[side].y - p.y) / kStep;
  const auto& axis = lm.axis[static_cast<std::size_t>(side)];
  glm::vec2 c(lm.hip[side].x, lm.hip[side].z);
  if (!axis.empty()) c = axis[static_cast<std::size_t>(std::clamp(steps, 0.0f, float(axis.size() - 1)))];
  const float out = (p.x - c.x) * (side == 0 ? 1.0f : -1.0f);
  return glm::degrees(std::atan2(p.z - c.y, out));
}

}  // namespace

std::optional<SkinLandmarks> skinLandmarks(const Mechanics& mechanics, const MeshPart& skin) {
  SkinLandmarks lm;
  const char* names[3][2] = {{"hip_l", "hip_r"}, {"knee_l", "knee_r"}, {"ankle_l", "ankle_r"}};
  std::array<glm::vec3, 2>* slots[3] = {&lm.hip, &lm.knee, &lm.ankle};
  for (int k = 0; k < 3; ++k)
    for (int s = 0; s < 2; ++s) {
      const JointInfo* j = joint(mechanics, names[k][s]);
      if (!j) return std::nullopt;
      (*slots[k])[static_cast<std::size_t>(s)] = j->position;
    }
  const JointInfo* l5 = joint(mechanics, "lumbar_l5");
  if (!l5) return std::nullopt;
  lm.crestY = l5->position.y + 0.008f;  // the crests' top lies level with the L4-L5 interspace
  lm.backZ = l5->position.z + 0.03f;
  // The leg's middle: the mean of its skin at each height, below the fork where the legs part.
  for (int s = 0; s < 2; ++s) {
    const float top = lm.hip[s].y - 0.13f, bottom = lm.ankle[s].y;
    const std::size_t n = static_cast<std::size_t>((lm.hip[s].y - bottom) / kStep) + 1;
    std::vector<glm::dvec3> sums(n, glm::dvec3(0.0));
    float sole = 1e9f;
    for (const Vertex& v : skin.vertices) {
      if ((v.position.x >= 0) != (s == 0)) continue;
      if (v.position.y < lm.ankle[s].y) sole = std::min(sole, v.position.y);
      const float y = std::clamp(v.position.y, bottom, top);
      if (std::abs(v.position.y - y) > kStep) continue;
      const std::size_t k = std::min(n - 1, static_cast<std::size_t>((lm.hip[s].y - y) / kStep));
      sums[k] += glm::dvec3(v.position.x, v.position.z, 1.0);
    }
    lm.soleY[static_cast<std::size_t>(s)] = sole < 1e8f ? sole : lm.ankle[s].y - 0.05f;
    auto& axis = lm.axis[static_cast<std::size_t>(s)];
    const std::size_t first = static_cast<std::size_t>((lm.hip[s].y - top) / kStep);
    for (std::size_t k = 0; k < n; ++k) {
      const glm::dvec3& m = sums[std::max(k, first)];
      axis.push_back(m.z > 0 ? glm::vec2(m.x / m.z, m.y / m.z) : glm::vec2(lm.hip[s].x, lm.hip[s].z));
    }
  }
  return lm;
}

int classifyPoint(const SkinLandmarks& lm, const glm::vec3& p, const glm::vec3& normal) {
  const int s = p.x >= 0 ? 0 : 1;
  const glm::vec3& hip = lm.hip[s];
  const float kneeY = lm.knee[s].y, ankleY = lm.ankle[s].y;
  const float wide = std::abs(p.x);
  const bool back = p.z < hip.z;
  // Below the knee: the knee, the leg's three faces, the ankle, the foot.
  if (p.y < kneeY + 0.06f) {
    if (p.y > kneeY - 0.06f) return zoneOf(Knee, s);
    const glm::vec3& ankle = lm.ankle[s];
    const bool forefoot = p.z - ankle.z > 0.05f && p.y < ankleY + 0.01f;
    if (p.y < ankleY - 0.035f || forefoot) {
      const bool heel = p.z < ankle.z - 0.015f;
      if (normal.y < -0.45f || p.y < lm.soleY[s] + 0.012f) return zoneOf(FootSole, s);
      if (heel) return zoneOf(p.y < ankleY - 0.05f ? FootSole : Ankle, s);
      return zoneOf(FootTop, s);
    }
    if (p.y < ankleY + 0.06f) return zoneOf(Ankle, s);
    const float a = aroundLeg(lm, s, p);
    if (a >= 40.0f && a <= 165.0f) return zoneOf(Shin, s);  // the shin bone's front and inner face
    if (a > -55.0f && a < 40.0f) return zoneOf(LateralLeg, s);
    return zoneOf(Calf, s);
  }
  // The thigh's four quarters, each starting below the hip's own zones.
  const float a = aroundLeg(lm, s, p);
  const Paired quarter = a >= -45.0f && a < 45.0f     ? LateralThigh
                         : a >= 45.0f && a < 135.0f   ? AnteriorThigh
                         : a >= -135.0f && a < -45.0f ? PosteriorThigh
                                                      : MedialThigh;
  const float fold = hip.y - 0.085f;  // the gluteal fold, a hand's breadth below the hip centre
  const float top = quarter == LateralThigh ? hip.y - 0.10f : quarter == PosteriorThigh ? fold : hip.y - 0.07f;
  if (p.y < top) return zoneOf(quarter, s);
  // Trunk and hip.
  if (p.y > lm.crestY) return back && p.z < lm.backZ ? zoneOf(LowBack, s) : kNoZone;
  if (back && wide < 0.024f && p.y < -0.015f && p.y > hip.y - 0.04f) return kCoccyxZone;  // the natal cleft
  if (back && wide < 0.075f && p.y >= -0.015f) return zoneOf(Sacroiliac, s);              // the dimples, the sacrum
  const float out = wide - std::abs(hip.x), forward = p.z - hip.z;
  const float around = glm::degrees(std::atan2(forward, out));
  if (out > 0 && around > -50.0f && around < 50.0f && p.y < hip.y + 0.09f) return zoneOf(LateralHip, s);
  if (back) return zoneOf(Buttock, s);
  if (p.y < hip.y + 0.07f && around >= 50.0f) return zoneOf(Groin, s);
  if (p.y < hip.y + 0.07f && out <= 0) return zoneOf(Groin, s);  // the front between the hips, above the pubis
  return kNoZone;                                                // the flank and belly
}

std::vector<ZoneTag> tagSkin(const SkinLandmarks& lm, const MeshPart& mesh) {
  const std::size_t n = mesh.vertices.size();
  std::vector<ZoneTag> tags(n);
  for (std::size_t i = 0; i < n; ++i) {
    tags[i].zone = classifyPoint(lm, mesh.vertices[i].position, mesh.vertices[i].normal);
    tags[i].neighbour = tags[i].zone;
  }
  // The soft edge: the nearest vertex of another zone, found in a grid of kZoneEdge cells.
  using Cell = std::tuple<int, int, int>;
  auto cellOf = [](const glm::vec3& p) {
    return Cell{static_cast<int>(std::floor(p.x / kZoneEdge)), static_cast<int>(std::floor(p.y / kZoneEdge)),
                static_cast<int>(std::floor(p.z / kZoneEdge))};
  };
  std::map<Cell, std::vector<std::uint32_t>> grid;
  for (std::size_t i = 0; i < n; ++i) grid[cellOf(mesh.vertices[i].position)].push_back(static_cast<std::uint32_t>(i));
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec3 p = mesh.vertices[i].position;
    const auto [cx, cy, cz] = cellOf(p);
    float best = kZoneEdge;
    for (int dx = -1; dx <= 1; ++dx)
      for (int dy = -1; dy <= 1; ++dy)
        for (int dz = -1; dz <= 1; ++dz) {
          const auto it = grid.find({cx + dx, cy + dy, cz + dz});
          if (it == grid.end()) continue;
          for (std::uint32_t j : it->second) {
            if (tags[j].zone == tags[i].zone) continue;
            const float d = glm::distance(p, mesh.vertices[j].position);
            if (d < best) best = d, tags[i].neighbour = tags[j].zone;
          }
        }
    const float t = std::clamp(best / kZoneEdge, 0.0f, 1.0f);
    tags[i].weight = 0.5f + 0.5f * t * t * (3.0f - 2.0f * t);
  }
  return tags;
}

std::array<ZoneCentre, kZoneCount> zoneCentres(const MeshPart& skin, const std::vector<ZoneTag>& tags) {
  std::array<ZoneCentre, kZoneCount> out{};
  std::array<std::map<int, std::size_t>, kZoneCount> joints;
  for (std::size_t i = 0; i < tags.size() && i < skin.vertices.size(); ++i) {
    if (tags[i].zone < 0) continue;
    const Vertex& v = skin.vertices[i];
    ZoneCentre& c = out[static_cast<std::size_t>(tags[i].zone)];
    c.position += v.position;
    ++c.vertices;
    if (v.weights[0] + v.weights[1] > 0)
      ++joints[static_cast<std::size_t>(tags[i].zone)][v.weights[0] >= v.weights[1] ? v.joints[0] : v.joints[1]];
  }
  for (std::size_t z = 0; z < out.size(); ++z) {
    if (out[z].vertices) out[z].position /= static_cast<float>(out[z].vertices);
    std::size_t most = 0;
    for (const auto& [j, count] : joints[z])
      if (count > most) most = count, out[z].joint = j;
  }
  return out;
}

}  // namespace hipscope
