// Screen coordinates of what is drawn over a frame (ImGui's: pixels from the top left).
#pragma once
#include <string>

#include <glm/glm.hpp>

namespace hipscope {

struct ScreenRect {
  float x, y, width, height;
};

// A label to place: its text and the point on the structure it names.
struct LabelRequest {
  std::string text;
  glm::vec2 anchor;  // point on the structure, in ImGui coordinates (pixels from the top left)
};

}  // namespace hipscope
