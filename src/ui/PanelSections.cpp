// The panel's sections: structures, tensions, the info card, saved views, model files, recording.
#include "ui/PanelSections.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <imgui.h>

#include "anatomy/Layers.hpp"
#include "anatomy/Tension.hpp"
#include "base/Translate.hpp"

namespace hipscope {
namespace {

// The tension sliders' words (a muscle group's name with spaces), for po/.
[[maybe_unused]] constexpr const char* kGroupWords[] = {N_("hip rotators"), N_("hip flexors"), N_("hamstrings"),
                                                        N_("glutes"),       N_("quadriceps"),  N_("adductors"),
                                                        N_("low back")};

// The search: the structure's names and the patient's words ("sciatica"), or for a part the catalog
// does not describe its id and label.
bool found(const StructureRow& row, std::string_view query) {
  if (row.structure && matchesSearch(*row.structure, query)) return true;
  return containsAnyCase(row.label, query) || containsAnyCase(row.id, query);
}

// A selectable row whose text wraps to the panel's width instead of being cut off.
bool wrappedSelectable(const std::string& text, bool selected) {
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
  const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, size.y));
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImGui::GetItemRectMin(),
                                      ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, width);
  return clicked;
}

}  // namespace

bool structureTree(Settings& settings, const PanelInfo& info) {
  static char search[64] = "";
  bool changed = false;
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##search", tr("search: sciatica, low back, piriformis..."), search, sizeof search);
  if (ImGui::SmallButton(tr("Show all"))) {
    settings.hidden.clear();
    settings.isolate.clear();
    for (auto& layer : settings.layers) layer.visible = true;
    changed = true;
  }
  if (!settings.isolate.empty()) {
    ImGui::SameLine();
    ImGui::TextDisabled(tr("showing only %s"), settings.isolate.c_str());
  }
  std::vector<std::string> hidden = splitIds(settings.hidden);
  for (const LayerRow& layer : info.layers) {
    bool any = false;
    for (const StructureRow& row : info.structureRows) any |= row.layer == layer.id && found(row, search);
    if (!any) continue;
    ImGui::PushID(static_cast<int>(layer.id));
    // The node's own label is empty and its name wraps beside it: a long layer name is never cut off.
    const bool open = ImGui::TreeNodeEx("##layer", search[0] ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", layer.label.c_str());
    if (open) {
      for (const StructureRow& row : info.structureRows) {
        if (row.layer != layer.id || !found(row, search)) continue;
        ImGui::PushID(row.id.c_str());
        bool shown = std::find(hidden.begin(), hidden.end(), row.id) == hidden.end();
        if (ImGui::Checkbox("##shown", &shown)) {
          if (shown)
            hidden.erase(std::remove(hidden.begin(), hidden.end(), row.id), hidden.end());
          else
            hidden.push_back(row.id);
          std::string joined;
          for (const auto& id : hidden) joined += (joined.empty() ? "" : ",") + id;
          settings.hidden = joined;
          changed = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("only"))) {
          settings.isolate = settings.isolate == row.id ? std::string() : row.id;
          changed = true;
        }
        ImGui::SameLine();
        if (wrappedSelectable(row.label, settings.select == row.id)) {
          settings.select = row.id;
          changed = true;
        }
        ImGui::PopID();
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  return changed;
}

bool tensionSliders(Settings& settings, const std::string& selectedName) {
  bool changed = false;
  auto slider = [&](const std::string& key, const std::string& label) {
    float value = settings.tension.count(key) ? settings.tension.at(key) : 0.0f;
    if (ImGui::SliderFloat(label.c_str(), &value, 0.0f, 1.0f, "%.2f")) {
      settings.tension[key] = value;
      changed = true;
    }
  };
  for (const auto& [group, members] : muscleGroups()) {
    std::string label = group;
    for (char& c : label) c = c == '_' ? ' ' : c;
    slider(group, tr(label) + "###" + group);
  }
  if (!settings.select.empty()) slider(settings.select, selectedName.empty() ? settings.select : selectedName);
  if (ImGui::SmallButton(tr("Relax all"))) {
    settings.tension.clear();
    changed = true;
  }
  return changed;
}

void savedViews(const PanelInfo& info, std::string& viewName, PanelActions& actions) {
  if (!ImGui::TreeNodeEx((std::string(tr("My views")) + "###myviews").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  const std::span<const UserPreset> views = info.userPresets;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t i = 0; i < views.size(); ++i) {
    const UserPreset& view = views[i];
    const std::string label = view.name + "##view" + std::to_string(i);
    const float width = ImGui::CalcTextSize(view.name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    ImGui::BeginDisabled(!view.problem.empty());
    if (ImGui::Button(label.c_str())) actions.applyView = static_cast<int>(i);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s",
                        view.problem.empty() ? tr("Show this view. Right-click to forget it.") : view.problem.c_str());
    if (ImGui::BeginPopupContextItem(("##forget" + std::to_string(i)).c_str())) {
      if (ImGui::MenuItem((tr("Forget") + std::string(" \"") + view.name + "\"").c_str()))
        actions.deleteView = static_cast<int>(i);
      ImGui::EndPopup();
    }
  }
  char buffer[kMaxPresetName + 16];
  std::snprintf(buffer, sizeof buffer, "%s", viewName.c_str());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
  const bool enter = ImGui::InputTextWithHint("##viewname", tr("name this view"), buffer, sizeof buffer,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  viewName = buffer;
  ImGui::SameLine();
  if (ImGui::Button(tr("Save view")) || enter) actions.saveView = true;
  if (!info.presetMessage.empty()) ImGui::TextWrapped("%s", info.presetMessage.c_str());
  ImGui::TreePop();
}

void modelFiles(const PanelInfo& info, PanelFields& fields, PanelActions& actions) {
  ImGui::TextWrapped(tr("Showing %s"), info.modelName.c_str());
  if (info.opening) {
    // The worker's figures: Assimp reads the file (up to 45 %), the meshes' vertices are joined and
    // their normals smoothed (up to 90 %), then the model is handed over.
    const char* phase = info.openingProgress < 0.45f  ? tr("Reading %s...")
                        : info.openingProgress < 0.9f ? tr("Processing the meshes of %s...")
                                                      : tr("Handing over %s...");
    ImGui::TextWrapped(phase, info.openingName.c_str());
    char overlay[48];
    std::snprintf(overlay, sizeof overlay, "%.0f %%, %.0f s", info.openingProgress * 100.0f, info.openingSeconds);
    ImGui::ProgressBar(info.openingProgress, ImVec2(-1.0f, 0.0f), overlay);
    actions.cancelOpen = ImGui::Button(tr("Cancel"));
  } else {
    // The desktop's own file chooser; while it is open the window keeps drawing.
    ImGui::BeginDisabled(info.choosing);
    actions.chooseModel = ImGui::Button(info.choosing ? tr("Choosing a file...") : tr("Open..."));
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", tr("Choose a model file with the desktop's file chooser, or drop one on the window"));
    char buffer[1024];
    std::snprintf(buffer, sizeof buffer, "%s", fields.openPath.c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::InputTextWithHint("##file", tr("or type the file's path"), buffer, sizeof buffer))
      fields.openPath = buffer;
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr("Open")) + "###open").c_str()) && !fields.openPath.empty())
      actions.openModel = fields.openPath;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped(
        "%s", tr("OBJ, glTF/GLB, FBX, STL, PLY or DAE. The current model stays until the new one has loaded."));
    ImGui::PopStyleColor();
    for (std::size_t i = 0; i < info.recentModels.size(); ++i) {
      // A file since moved or deleted stays listed (it may come back, e.g. on a USB stick) but greyed.
      const std::string& recent = info.recentModels[i];
      const bool missing = i < info.recentMissing.size() && info.recentMissing[i];
      const std::string label =
          std::filesystem::path(recent).filename().string() + (missing ? tr(" (not found)") : "") + "##" + recent;
      ImGui::BeginDisabled(missing);
      if (ImGui::Selectable(label.c_str())) actions.openModel = recent;
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s%s", recent.c_str(),
                          missing ? tr("\nnot found: moved, renamed or on a drive not connected") : "");
    }
  }
  if (!info.openMessage.empty()) ImGui::TextWrapped("%s", info.openMessage.c_str());
}

bool recordClip(Settings& settings, const PanelInfo& info, PanelActions& actions) {
  bool changed = false;
  if (info.recording) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.75f, 0.15f, 0.15f, 1.0f));
    char label[160];
    std::snprintf(label, sizeof label, tr("Stop recording (%.1f s)"), info.recordSeconds);
    std::snprintf(label + std::strlen(label), sizeof label - std::strlen(label), "###record");
    actions.toggleRecording = ImGui::Button(label);
    ImGui::PopStyleColor();
  } else if (info.saving) {
    ImGui::TextUnformatted(tr("Saving the clip..."));
    ImGui::ProgressBar(info.savingProgress);
  } else {
    actions.toggleRecording = ImGui::Button((std::string(tr("Record")) + "###record").c_str());
    ImGui::SameLine();
    actions.savePicture = ImGui::Button(tr("Save picture"));
    ImGui::SameLine();
    actions.saveHandout = ImGui::Button(tr("Handout (PDF)"));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("A one-page PDF for the patient to take home: pictures of this view, the explanation "
                                 "and the structures involved in plain words, your clinic's name and logo"));
    changed |= sectionWidgets("Record a clip", settings);
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped(
      "%s",
      tr("F9 starts and stops a clip, F12 saves a picture. Both show the 3D view at the size above, not this panel."));
  ImGui::PopStyleColor();
  if (!info.recordMessage.empty()) ImGui::TextWrapped("%s", info.recordMessage.c_str());
  return changed;
}

}  // namespace hipscope
