// The tension display drawn over the frame: each path a screen-space ribbon (a dark halo, then the
// bright core with chevrons flowing toward the spine), and soft glowing spots where the low back
// is strained. No depth test: it reads over anything (the renderer draws the nerve back over it).
#pragma once
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "render/gl/Handles.hpp"
#include "render/gl/Program.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct StyledLine {
  std::vector<glm::vec3> points;  // in the direction of pull
  glm::vec4 color;
  float width;  // pixels of the core at a 720-pixel-high frame (the halo adds kHaloPixels each side)
  float speed;  // metres per second the chevrons flow
};

struct GlowSpot {
  glm::vec3 centre;
  glm::vec2 radius;  // metres: across and up the screen
  glm::vec4 color;   // alpha: strength 0..1
};

inline constexpr float kHaloPixels = 1.5f;

class LineRenderer {
 public:
  LineRenderer();
  // Draws over whatever is in the bound framebuffer, whose viewport is the frame.
  void draw(const std::vector<StyledLine>& lines, const std::vector<GlowSpot>& spots, const OrbitCamera& camera,
            float sceneRadius, float time);

 private:
  gl::Program program_;
  gl::VertexArray vao_;
  gl::Buffer vertices_;
};

// Which pixels of a width x height frame (top row first) the tension display covers: drawn alone
// over nothing, 1 where it leaves any visible colour.
std::vector<char> tensionDisplayMask(const std::vector<StyledLine>& lines, const std::vector<GlowSpot>& spots,
                                     const OrbitCamera& camera, float sceneRadius, float time, int width, int height);

}  // namespace hipscope
