// Which pain zone (anatomy/PainMap) each skin vertex lies in, in the rest pose, from where it sits
// against the skeleton's joints (mechanics.json: pelvis, lumbar_l5, hips, knees, ankles); and a soft
// edge: each vertex also knows the nearest other zone and how far inside its own zone it is.
#pragma once
#include <array>
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/PainMap.hpp"
#include "mechanics/Mechanics.hpp"
#include "scene/Model.hpp"

namespace hipscope {

inline constexpr int kNoZone = -1;
// The soft edge: from the border (weight 0.5, half each zone's glow) to this far inside (weight 1).
inline constexpr float kZoneEdge = 0.03f;

// One skin vertex: its zone, the nearest other zone within kZoneEdge (or its own), and how far inside
// its own zone it is, 0.5 on the border to 1.
struct ZoneTag {
  int zone = kNoZone;
  int neighbour = kNoZone;
  float weight = 1.0f;
};

// The skeleton's landmarks the zones are measured from (model space: +Y up, +Z front, +X left).
struct SkinLandmarks {
  std::array<glm::vec3, 2> hip{}, knee{}, ankle{};  // 0 left, 1 right
  float crestY = 0;                                 // the iliac crests' top (Tuffier's line)
  float backZ = 0;                                  // front of the lumbar spine: behind it is the low back
  std::array<float, 2> soleY{};                     // the lowest skin under each foot
  // The leg's middle at each height (1 cm steps from the hip down): the centre the quarters turn around.
  std::array<std::vector<glm::vec2>, 2> axis;  // (x, z) per step
};

// From mechanics.json's joints and the skin's own shape; nothing when the joints are missing.
std::optional<SkinLandmarks> skinLandmarks(const Mechanics& mechanics, const MeshPart& skin);
// The zone of a skin point with outward normal `normal` (kNoZone: the belly and chest have none).
int classifyPoint(const SkinLandmarks& lm, const glm::vec3& p, const glm::vec3& normal);
// Every vertex of `mesh` (the skin or one of its coarser copies) tagged, with its soft edge.
std::vector<ZoneTag> tagSkin(const SkinLandmarks& lm, const MeshPart& mesh);

// Per zone: the mean of its vertices and the joint (Model::jointNames index) most of them move with.
struct ZoneCentre {
  glm::vec3 position{0.0f};
  int joint = -1;
  std::size_t vertices = 0;
};
std::array<ZoneCentre, kZoneCount> zoneCentres(const MeshPart& skin, const std::vector<ZoneTag>& tags);

}  // namespace hipscope
