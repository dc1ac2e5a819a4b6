// What the 3D view shows: the loaded model, its GPU copy and the camera framing it.
#pragma once
#include <memory>

#include "options/Settings.hpp"
#include "render/GpuModel.hpp"
#include "scene/Model.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct ViewScene {
  Model model;
  std::unique_ptr<GpuModel> gpu;

  explicit ViewScene(Model m) : model(std::move(m)), gpu(std::make_unique<GpuModel>(model)) {}
  float radius() const { return model.bounds.radius(); }
  // Camera for the settings' view, orbit and zoom at this aspect ratio.
  OrbitCamera cameraFor(const CameraSettings& s, float aspect) const {
    OrbitCamera camera;
    camera.fovY = s.fov;
    camera.aspect = aspect;
    camera.pose = framedPose(model.bounds, s.view, camera, s.orbitYaw, s.orbitPitch, s.zoom);
    return camera;
  }
};

}  // namespace hipscope
