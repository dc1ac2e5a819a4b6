// The panel's "Where does it hurt?": ticks per skin zone (left and right, grouped), painting on the
// body, and the likely sources of the pain with why, each a click away from being selected.
#include <algorithm>

#include <imgui.h>

#include "anatomy/PainMap.hpp"
#include "base/Error.hpp"
#include "base/Translate.hpp"
#include "ui/PanelSections.hpp"
#include "ui/WrapText.hpp"

namespace hipscope {
namespace {

// The zones in a patient's words, in kPairedZones order.
constexpr const char* kZoneWords[kPairedZones.size()] = {N_("Low back"),
                                                         N_("Low back, beside the spine (dimples)"),
                                                         N_("Buttock"),
                                                         N_("Side of the hip"),
                                                         N_("Groin"),
                                                         N_("Front of the thigh"),
                                                         N_("Inner thigh"),
                                                         N_("Outer thigh"),
                                                         N_("Back of the thigh"),
                                                         N_("Knee"),
                                                         N_("Shin"),
                                                         N_("Outer side of the leg"),
                                                         N_("Calf"),
                                                         N_("Ankle"),
                                                         N_("Top of the foot"),
                                                         N_("Sole of the foot")};

struct Group {
  const char* title;
  int first, last;  // kPairedZones indices
};
constexpr Group kGroups[] = {
    {N_("Trunk and hip"), 0, 4}, {N_("Thigh"), 5, 8}, {N_("Leg"), 9, 13}, {N_("Foot"), 14, 15}};

std::string header(const char* title) { return std::string(tr(title)) + "###" + title; }

std::vector<int> sitesOf(const Settings& settings) {
  try {
    return parsePainSites(settings.painSites);
  } catch (const UserError&) {
    return {};
  }
}

bool tick(Settings& settings, std::vector<int>& sites, int zone, const char* label) {
  bool on = std::find(sites.begin(), sites.end(), zone) != sites.end();
  ImGui::PushID(zone);
  const bool changed = ImGui::Checkbox(label, &on);
  ImGui::PopID();
  if (!changed) return false;
  if (on)
    sites.push_back(zone);
  else
    sites.erase(std::remove(sites.begin(), sites.end(), zone), sites.end());
  std::sort(sites.begin(), sites.end());
  settings.painSites = formatPainSites(sites);
  return true;
}

}  // namespace

bool painSection(Settings& settings, const PanelInfo& info, PanelFields* fields) {
  if (!ImGui::CollapsingHeader(header(N_("Where does it hurt?")).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return false;
  if (!info.painZones) {  // a model of one's own without the built-in skin: nothing to paint or tick on
    ImGui::TextWrapped("%s", tr("This model has no skin divided into zones, so the pain cannot be painted or "
                                "ticked on it. The built-in model has one."));
    return false;
  }
  bool changed = false;
  std::vector<int> sites = sitesOf(settings);
  if (fields) {
    ImGui::Checkbox(tr("Paint on the body"), &fields->paintOnBody);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Click or drag on the skin to mark where it hurts"));
    ImGui::SameLine();
  }
  if (ImGui::Button(tr("Clear")) && !settings.painSites.empty())
    settings.painSites.clear(), sites.clear(), changed = true;
  for (const Group& g : kGroups) {
    if (!ImGui::TreeNodeEx(header(g.title).c_str(), g.first == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) continue;
    if (ImGui::BeginTable("zones", 3, ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn("##zone", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(tr("Left"), ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn(tr("Right"), ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableHeadersRow();
      for (int z = g.first; z <= g.last; ++z) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", tr(kZoneWords[z]));
        for (int side = 0; side < 2; ++side) {
          ImGui::TableNextColumn();
          changed |= tick(settings, sites, 2 * z + side, "##tick");
        }
      }
      ImGui::EndTable();
    }
    if (g.first == 0) changed |= tick(settings, sites, kCoccyxZone, tr("Tailbone"));
    ImGui::TreePop();
  }
  if (sites.empty()) {
    ImGui::TextDisabled("%s", tr("Tick where it hurts, or paint on the body."));
    return changed;
  }
  ImGui::Separator();
  if (info.pain.empty()) {
    ImGui::TextWrapped("%s", tr("No muscle here has a known pattern that matches these places."));
    return changed;
  }
  if (!info.painPattern.empty()) {  // the pattern as a whole first: a nerve's, or the likeliest muscle's
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.62f, 0.52f, 1.0f));
    ImGui::TextWrapped("%s", info.painPattern.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::TextUnformatted(tr("It may come from:"));
  for (std::size_t k = 0; k < info.pain.size(); ++k) {
    const PainRow& row = info.pain[k];
    ImGui::PushID(static_cast<int>(k));
    // Wrapped: "Biceps femoris (short head; deep outer hamstring), right" is longer than the panel. A
    // structure pressing on a nerve says so: the piriformis is listed for that and for its own ache.
    std::string name = row.name;
    if (row.nerve) name += tr(": pressing on a nerve");
    if (wrappedSelectable("##candidate", name, settings.select == row.id)) settings.select = row.id, changed = true;
    ImGui::PopID();
    ImGui::Indent();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", row.why.c_str());
    ImGui::PopStyleColor();
    ImGui::Unindent();
  }
  return changed;
}

}  // namespace hipscope
