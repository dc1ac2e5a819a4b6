// The caption: its place and type from view/CaptionPlace, drawn with ImGui.
#include "ui/Caption.hpp"

#include <algorithm>

#include <imgui.h>

#include "ui/ImGuiLayer.hpp"
#include "ui/Labels.hpp"
#include "view/CaptionPlace.hpp"

namespace hipscope {

ScreenRect drawCaption(const std::string& text, const ScreenRect& view, float opacity, const std::string& subtitle,
                       const std::vector<SubjectPoint>& subject, glm::vec2 reservedTop) {
  if (text.empty() && subtitle.empty()) return view;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  ImFont* font = captionFont();
  const CaptionType type = captionType(view.height, ImGui::GetFontSize());
  const float pad = type.title * 0.45f, gap = subtitle.empty() ? 0.0f : type.title * 0.25f;
  const auto titleSize = [&](float wrap) { return font->CalcTextSizeA(type.title, wrap, wrap, text.c_str()); };
  const auto subSize = [&](float wrap) {
    return subtitle.empty() ? ImVec2(0, 0) : font->CalcTextSizeA(type.subtitle, wrap, wrap, subtitle.c_str());
  };
  const MeasureCaption measure = [&](float wrap) {
    const ImVec2 t = titleSize(wrap), s = subSize(wrap);
    return glm::vec2(std::max(t.x, s.x) + 2 * pad, t.y + gap + s.y + 2 * pad);
  };
  // The same caption in the same view keeps its place from frame to frame unless another is clearly better.
  static thread_local struct {
    std::string text;
    glm::vec2 view{0.0f};
    int place = -1;
  } last;
  const bool same = last.text == text + '\n' + subtitle && last.view == glm::vec2(view.width, view.height);
  const CaptionBox box = placeCaption(subject, view, measure, reservedTop, same ? last.place : -1);
  last = {text + '\n' + subtitle, {view.width, view.height}, box.place};
  const ScreenRect room =
      box.top ? belowCaption(view, box.position.y + box.size.y) : aboveCaption(view, box.position.y);
  if (opacity <= 0.0f) return room;
  const auto alpha = [opacity](int a) { return static_cast<ImU32>(std::clamp(opacity, 0.0f, 1.0f) * a); };
  const ImVec2 a(box.position.x, box.position.y), c(box.position.x + box.size.x, box.position.y + box.size.y);
  draw->AddRectFilled(a, c, IM_COL32(10, 12, 16, alpha(200)), type.title * 0.3f);
  const ImVec2 title = titleSize(box.wrap), sub = subSize(box.wrap);
  const float inner = box.size.x - 2 * pad;
  draw->AddText(font, type.title, ImVec2(a.x + pad + (inner - title.x) * 0.5f, a.y + pad),
                IM_COL32(250, 250, 252, alpha(255)), text.c_str(), nullptr, box.wrap);
  if (!subtitle.empty())
    draw->AddText(font, type.subtitle, ImVec2(a.x + pad + (inner - sub.x) * 0.5f, a.y + pad + title.y + gap),
                  IM_COL32(200, 215, 230, alpha(255)), subtitle.c_str(), nullptr, box.wrap);
  return room;
}

}  // namespace hipscope
