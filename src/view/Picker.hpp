// Picking in the window: which structure is under a pixel, from the id buffer, re-rendered only
// when the camera, the viewport or what is visible has changed.
#pragma once
#include <optional>
#include <vector>

#include "render/IdRenderer.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

class Picker {
 public:
  // Part index under pixel (x, y) of the viewport (y from the top), or nothing.
  std::optional<std::size_t> pick(const GpuModel& model, const OrbitCamera& camera, float sceneRadius, int width,
                                  int height, const std::vector<char>& visible, const std::vector<glm::mat4>& joints,
                                  const std::vector<int>& variants, int x, int y);
  // Whether the view changed since the last pick (camera, viewport, what is shown, the pose, the
  // variant): what lies under a still cursor may have changed too. True before the first pick.
  bool changed(const OrbitCamera& camera, int width, int height, const std::vector<char>& visible,
               const std::vector<glm::mat4>& joints, const std::vector<int>& variants) const;

 private:
  IdRenderer ids_;
  OrbitPose pose_;
  float aspect_ = 0, fov_ = 0;
  std::vector<char> visible_;
  std::vector<glm::mat4> joints_;
  std::vector<int> variants_;
  bool valid_ = false;
};

}  // namespace hipscope
