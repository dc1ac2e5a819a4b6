// Where tension runs: one path per tight muscle group and side, from the group's bellies to where
// they pull on the pelvis (ischial tuberosity, sacrum, iliac crest) and on through the sacroiliac
// joint (when the group pulls there) to L5/S1 and L4/L5. A smooth curve through those points,
// routed around the bones (pushed out of any bone it would cross, to its surface plus a few mm).
#pragma once
#include <string>
#include <vector>

#include "mechanics/BoneSurfaces.hpp"
#include "mechanics/Mechanics.hpp"
#include "options/Settings.hpp"

namespace hipscope {

// At most this many paths at once: the tensest groups and sides.
inline constexpr std::size_t kMaxTensionPaths = 6;
// How far a routed path keeps off a bone's surface (metres).
inline constexpr float kPathClearance = 0.003f;

struct TensionLine {
  std::string group;              // e.g. "hip_rotators_r"
  float tension = 0.0f;           // 0..1: the group's tensest muscle on that side
  std::vector<glm::vec3> points;  // posed, from the muscles toward the spine (the direction of pull)
  bool sacroiliac = false;        // runs through that side's sacroiliac joint
  int side = 0;                   // 0 left, 1 right
};

// The paths of the groups above 5 % tension in the pose whose joint transforms are `joints`
// (per Mechanics::joints()); with `bones`, routed around them as posed by `modelJoints` (per
// Model::jointNames, as skinning uses them).
std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings,
                                      const std::vector<glm::mat4>& joints, const BoneSurfaces* bones = nullptr,
                                      const std::vector<glm::mat4>& modelJoints = {});
std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings, const Pose& pose);

// Where the paths reach the spine: the L4/L5 and L5/S1 discs and the sacroiliac joints, posed.
struct LowBackPoints {
  glm::vec3 l4l5{0.0f}, l5s1{0.0f};
  glm::vec3 sacroiliac[2]{};  // left, right
};
LowBackPoints lowBackPoints(const Mechanics& mechanics, const std::vector<glm::mat4>& joints);

}  // namespace hipscope
