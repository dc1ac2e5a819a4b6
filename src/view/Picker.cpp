// Cached id-buffer picking.
#include "view/Picker.hpp"

namespace hipscope {

std::optional<std::size_t> Picker::pick(const GpuModel& model, const OrbitCamera& camera, float sceneRadius, int width,
                                        int height, const std::vector<char>& visible,
                                        const std::vector<glm::mat4>& joints, const std::vector<int>& variants, int x,
                                        int y) {
  const OrbitPose& p = camera.pose;
  if (changed(camera, width, height, visible, joints, variants)) {
    ids_.render(model, camera, sceneRadius, width, height, &visible, &joints, &variants);
    joints_ = joints;
    variants_ = variants;
    pose_ = p;
    aspect_ = camera.aspect;
    fov_ = camera.fovY;
    visible_ = visible;
    valid_ = true;
  }
  const std::uint32_t id = ids_.at(x, y);
  if (id == 0) return std::nullopt;
  return id - 1;
}

bool Picker::changed(const OrbitCamera& camera, int width, int height, const std::vector<char>& visible,
                     const std::vector<glm::mat4>& joints, const std::vector<int>& variants) const {
  const OrbitPose& p = camera.pose;
  return !(valid_ && ids_.width() == width && ids_.height() == height && visible == visible_ && joints == joints_ &&
           variants == variants_ && p.roll == pose_.roll && p.target == pose_.target && p.yaw == pose_.yaw &&
           p.pitch == pose_.pitch && p.distance == pose_.distance && camera.aspect == aspect_ && camera.fovY == fov_);
}

}  // namespace hipscope
