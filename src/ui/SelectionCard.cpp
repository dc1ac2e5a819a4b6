// The selection's card in the 3D view.
#include "ui/SelectionCard.hpp"

#include <algorithm>

#include <imgui.h>

namespace hipscope {

ScreenRect selectionCardRect(const ScreenRect& view, float anchorX, float maxWidth, float margin) {
  const float width = std::max(1.0f, std::min(maxWidth, view.width * 0.33f));
  const bool right = anchorX >= 0.0f && anchorX < view.x + view.width * 0.5f;  // the structure is on the left
  const float x = right ? view.x + view.width - margin - width : view.x + margin;
  return {x, view.y + margin, width, std::max(1.0f, view.height * 0.5f - margin)};
}

bool drawSelectionCard(Settings& settings, const PanelInfo& info, const ScreenRect& view) {
  if (settings.select.empty()) return false;
  const float em = ImGui::GetFontSize();
  const ScreenRect rect = selectionCardRect(view, info.selectedAnchorX, em * 22.0f, em * 0.8f);
  ImGui::SetNextWindowPos(ImVec2(rect.x, rect.y));
  ImGui::SetNextWindowSizeConstraints(ImVec2(rect.width, 0.0f), ImVec2(rect.width, rect.height));
  ImGui::SetNextWindowBgAlpha(0.88f);
  bool open = true;
  const std::string title = (info.selectedName.empty() ? settings.select : info.selectedName) + "###selection";
  ImGui::Begin(title.c_str(), &open,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  if (const Structure* s = info.selected) {
    if (settings.names == NameMode::Clinical) ImGui::TextDisabled("%s", s->layName(settings.nameWording).c_str());
    if (settings.names == NameMode::Lay) ImGui::TextDisabled("%s", s->clinical.c_str());
    auto field = [](const char* label, const std::string& text) {
      if (text.empty()) return;
      ImGui::TextDisabled("%s", label);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", text.c_str());
    };
    field(s->kind == StructureKind::Muscle ? "Origin:" : "Where:", s->origin);
    field("Insertion:", s->insertion);
    field(s->kind == StructureKind::Muscle ? "Action:" : "Role:", s->action);
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s->pain.c_str());
  } else {
    ImGui::TextDisabled("This model's file says nothing more about it.");
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("Esc or a click on empty space closes this card.");
  ImGui::PopStyleColor();
  ImGui::End();
  if (open) return false;
  settings.select.clear();
  return true;
}

}  // namespace hipscope
