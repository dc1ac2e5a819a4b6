// The selection's card in the 3D view.
#include "ui/SelectionCard.hpp"

#include <algorithm>

#include <imgui.h>

#include "base/Translate.hpp"
#include "ui/Labels.hpp"

namespace hipscope {
namespace {

// The card drawn in the current ImGui frame of a context, for the labels drawn after it.
struct DrawnCard {
  ImGuiContext* context = nullptr;
  int frame = -1;
  ScreenRect rect{};
};
DrawnCard drawn;

}  // namespace

ScreenRect selectionCardRect(const ScreenRect& view, float anchorX, float maxWidth, float margin, float rightTop) {
  const float width = std::max(1.0f, std::min(maxWidth, view.width * 0.33f));
  const bool right = anchorX >= 0.0f && anchorX < view.x + view.width * 0.5f;  // the structure is on the left
  const float x = right ? view.x + view.width - margin - width : view.x + margin;
  const float top = view.y + (right ? std::max(margin, rightTop + margin * 0.5f) : margin);
  return {x, top, width, std::max(1.0f, view.y + view.height * 0.5f - top)};
}

bool drawSelectionCard(Settings& settings, const PanelInfo& info, const ScreenRect& view) {
  if (settings.select.empty()) return false;
  const float em = ImGui::GetFontSize();
  const float watermark = watermarkBottom(settings.record.watermark, !settings.record.logo.empty(), view) - view.y;
  const ScreenRect rect = selectionCardRect(view, info.selectedAnchorX, em * 22.0f, em * 0.8f, watermark);
  ImGui::SetNextWindowPos(ImVec2(rect.x, rect.y));
  ImGui::SetNextWindowSizeConstraints(ImVec2(rect.width, 0.0f), ImVec2(rect.width, rect.height));
  ImGui::SetNextWindowBgAlpha(0.88f);
  bool open = true;
  // No title bar: a long name wraps instead of being cut off.
  ImGui::Begin("###selection", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  const std::string name = info.selectedName.empty() ? settings.select : info.selectedName;
  const float close = ImGui::GetFrameHeight();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + rect.width - close - ImGui::GetStyle().WindowPadding.x * 2 -
                         ImGui::GetStyle().ItemSpacing.x);
  ImGui::TextUnformatted(name.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(rect.width - close - ImGui::GetStyle().WindowPadding.x);
  if (ImGui::Button("x##close", ImVec2(close, close))) open = false;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Close (Esc)"));
  ImGui::Separator();
  if (!info.selectedWhy.empty()) {  // a likely source of the painted pain: why, first
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.62f, 0.52f, 1.0f));
    ImGui::TextWrapped("%s", info.selectedWhy.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
  }
  if (const Structure* s = info.selected) {
    if (settings.names == NameMode::Clinical) ImGui::TextDisabled("%s", tr(s->layName(settings.nameWording)).c_str());
    if (settings.names == NameMode::Lay) ImGui::TextDisabled("%s", s->clinical.c_str());
    auto field = [](const char* label, const std::string& text) {
      if (text.empty()) return;
      ImGui::TextDisabled("%s", tr(label));
      ImGui::SameLine();
      ImGui::TextWrapped("%s", tr(text).c_str());
    };
    field(s->kind == StructureKind::Muscle ? N_("Origin:") : N_("Where:"), s->origin);
    field(s->kind == StructureKind::Muscle ? N_("Insertion:") : N_("Ends:"), s->insertion);
    field(s->kind == StructureKind::Muscle ? N_("Action:") : N_("Role:"), s->action);
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(s->pain).c_str());
  } else {
    ImGui::TextDisabled("%s", tr("This model's file says nothing more about it."));
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", tr("Esc or a click on empty space closes this card."));
  ImGui::PopStyleColor();
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  drawn = {ImGui::GetCurrentContext(), ImGui::GetFrameCount(), {at.x, at.y, size.x, size.y}};
  ImGui::End();
  if (open) return false;
  settings.select.clear();
  return true;
}

glm::vec2 selectionCardCover(const ScreenRect& view) {
  if (drawn.context != ImGui::GetCurrentContext() || drawn.frame != ImGui::GetFrameCount()) return {0, 0};
  const ScreenRect& c = drawn.rect;
  const float reach = c.y + c.height - view.y + ImGui::GetFontSize() * 0.5f;
  const float centre = view.x + view.width * 0.5f;
  return {c.x < centre ? reach : 0.0f, c.x + c.width > centre ? reach : 0.0f};
}

}  // namespace hipscope
