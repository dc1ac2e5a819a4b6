// Draws the 3D view: background, then the model's structures with studio lighting.
#pragma once
#include "options/Settings.hpp"
#include "render/GpuModel.hpp"
#include "render/gl/Program.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct Viewport {
  int x = 0, y = 0, width = 1, height = 1;
};

struct FrameStats {
  std::size_t triangles = 0;
  int drawCalls = 0;
};

class SceneRenderer {
 public:
  SceneRenderer();
  // Renders into the currently bound framebuffer's `viewport`. `visible` (one flag per part, in
  // model order) leaves out hidden parts; null draws them all.
  FrameStats render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius,
                    const RenderSettings& settings, const Viewport& viewport,
                    const std::vector<char>* visible = nullptr) const;

 private:
  gl::Program mesh_;
  gl::Program background_;
  gl::VertexArray emptyVao_;  // core profile needs a VAO bound even for attribute-less draws
};

}  // namespace hipscope
