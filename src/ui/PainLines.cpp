// Pain lines: ImGui's background list, under the labels, over the model.
#include "ui/PainLines.hpp"

#include <imgui.h>

namespace hipscope {

std::optional<glm::vec2> projectToView(const ViewScene& scene, const OrbitCamera& camera, const ScreenRect& view,
                                       const glm::vec3& p) {
  const glm::vec4 clip = camera.projection(scene.radius()) * camera.view() * glm::vec4(p, 1.0f);
  if (clip.w <= 0) return std::nullopt;
  const glm::vec2 ndc = glm::vec2(clip) / clip.w;
  return glm::vec2(view.x + (ndc.x * 0.5f + 0.5f) * view.width, view.y + (0.5f - ndc.y * 0.5f) * view.height);
}

void drawPainLines(const ViewScene& scene, const PainView& pain, const OrbitCamera& camera, const ScreenRect& view) {
  if (pain.lines.empty()) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const float width = std::max(2.0f, ImGui::GetFontSize() * 0.14f);
  const glm::vec3 from(120, 190, 235), to(235, 60, 40);  // the highlight's sky blue to the pain's red
  constexpr int kSteps = 12;
  for (const PainLine& line : pain.lines) {
    const auto a = projectToView(scene, camera, view, line.from), b = projectToView(scene, camera, view, line.to);
    if (!a || !b) continue;
    const ImVec2 pa(a->x, a->y), pb(b->x, b->y);
    draw->AddLine(pa, pb, IM_COL32(10, 10, 14, 170), width + 3.0f);  // the halo
    for (int k = 0; k < kSteps; ++k) {
      const float t0 = float(k) / kSteps, t1 = float(k + 1) / kSteps;
      const glm::vec3 c = glm::mix(from, to, (t0 + t1) * 0.5f);
      const glm::vec2 p0 = glm::mix(*a, *b, t0), p1 = glm::mix(*a, *b, t1);
      draw->AddLine({p0.x, p0.y}, {p1.x, p1.y}, IM_COL32(int(c.r), int(c.g), int(c.b), 240), width);
    }
    draw->AddCircleFilled(pa, width * 1.8f, IM_COL32(10, 10, 14, 170));
    draw->AddCircleFilled(pa, width * 1.2f, IM_COL32(120, 190, 235, 255));
    draw->AddCircleFilled(pb, width * 2.2f, IM_COL32(10, 10, 14, 170));
    draw->AddCircleFilled(pb, width * 1.6f, IM_COL32(235, 60, 40, 255));
  }
}

}  // namespace hipscope
