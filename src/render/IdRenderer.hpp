// The structure-id buffer: which part covers each pixel. Used for picking and coverage reports.
#pragma once
#include <cstdint>
#include <vector>

#include <optional>

#include "render/GpuModel.hpp"
#include "render/RenderTarget.hpp"
#include "render/SceneRenderer.hpp"
#include "render/gl/Program.hpp"

namespace hipscope {

class IdRenderer {
 public:
  IdRenderer();
  // Renders part ids (index + 1, 0 = nothing) at width x height; parts hidden by `visible` are left out.
  void render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius, int width, int height,
              const std::vector<char>* visible, const std::vector<glm::mat4>* joints = nullptr,
              const std::vector<int>* variants = nullptr);  // PartStyles::variant
  // Id under pixel (x, y), y counted from the top; 0 outside or on background.
  std::uint32_t at(int x, int y) const;
  // Every pixel, top row first.
  std::vector<std::uint32_t> readAll() const;
  int width() const { return target_ ? target_->width() : 0; }
  int height() const { return target_ ? target_->height() : 0; }

 private:
  gl::Program program_;
  std::optional<RenderTarget> target_;  // R32UI ids + depth
};

// Pixels per part index (size = part count) and the background count, from an id image.
struct Coverage {
  std::vector<std::size_t> pixels;
  std::size_t background = 0;
};
Coverage countCoverage(const std::vector<std::uint32_t>& ids, std::size_t partCount);

}  // namespace hipscope
