// Where tension runs: for each tense muscle, a line from its insertion along its line of action to its
// origin and, when it pulls on the pelvis, on through the sacroiliac joint into the lumbar spine.
#pragma once
#include <string>
#include <vector>

#include "mechanics/Mechanics.hpp"
#include "options/Settings.hpp"

namespace hipscope {

struct TensionLine {
  std::string muscle;
  float tension;                  // 0..1
  std::vector<glm::vec3> points;  // posed, in the direction of pull
};

// Lines for every muscle above 5 % tension, in the pose whose joint transforms are `joints`.
std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings,
                                      const std::vector<glm::mat4>& joints);
std::vector<TensionLine> tensionLines(const Mechanics& mechanics, const Settings& settings, const Pose& pose);

}  // namespace hipscope
