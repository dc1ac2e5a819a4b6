// The self-care stretch: chosen in plain words, on either side, its muscles' lengthening read out.
#include "ui/PanelStretch.hpp"

#include <string>

#include <imgui.h>

#include "base/Translate.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Stretches.hpp"
#include "ui/WrapText.hpp"

namespace hipscope {

bool stretchSection(Settings& settings, const PanelInfo& info, PanelActions* actions) {
  bool changed = false;
  const auto all = stretches();
  const std::size_t current = static_cast<std::size_t>(settings.stretch) < all.size() ? settings.stretch : 0;
  // The box cannot wrap: a long name (German, Spanish) shows its words before the bracket, and the whole
  // name in the tooltip and the list.
  const std::string name = tr(std::string(all[current].label));
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - style.FramePadding.x * 2;
  const std::string preview = fittedLabel(name, room, imguiTextWidth);
  ImGui::SetNextItemWidth(-1);
  const bool open = ImGui::BeginCombo("##stretch", preview.c_str());
  if (!open && preview != name && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
  if (open) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      const std::string label = tr(std::string(all[i].label)) + "###" + std::string(all[i].name);
      if (ImGui::Selectable(label.c_str(), i == current) && i != current) {
        OptionRegistry::instance().set(settings, "stretch", std::string(all[i].name), "panel");
        changed = true;
        if (actions && i != 0) actions->presetApplied = true;  // the camera goes to the stretch's view
      }
    }
    ImGui::EndCombo();
  }
  if (current == 0) return changed;
  ImGui::TextUnformatted(tr("Stretched side:"));
  for (int side = 0; side < 2; ++side) {
    ImGui::SameLine();
    const std::string label = std::string(tr(side == 0 ? N_("left") : N_("right"))) + "##stretch_side";
    if (ImGui::RadioButton(label.c_str(), settings.stretchSide == side) && settings.stretchSide != side) {
      OptionRegistry::instance().set(settings, "stretch.side", side == 0 ? "left" : "right", "panel");
      changed = true;
      if (actions) actions->presetApplied = true;
    }
  }
  ImGui::TextWrapped("%s", tr(std::string(all[current].how)).c_str());
  for (const std::string& line : info.stretchLines) {  // wrapped: a name and its side are long in German
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
  return changed;
}

}  // namespace hipscope
