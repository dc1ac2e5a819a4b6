// Side panel widgets. Widgets edit Settings through the registry's typed fields; never GL.
#include "ui/Panel.hpp"

#include "ui/PanelSections.hpp"
#include "ui/SelectionCard.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include <imgui.h>

#include "anatomy/Layers.hpp"
#include "anatomy/Tension.hpp"

#include "options/OptionRegistry.hpp"
#include "options/Presets.hpp"
#include "options/Scenarios.hpp"
#include "ui/PanelStretch.hpp"

#include "base/Translate.hpp"

namespace hipscope {
namespace {

// The panel's words for a choice, in the patient's language.
std::string choiceLabel(const OptionSpec& spec, int i) {
  const auto& words = spec.choiceLabels.empty() ? spec.choices : spec.choiceLabels;
  return tr(words.at(static_cast<std::size_t>(i)));
}

// A header in the patient's language whose ImGui id stays the English title (open or closed it stays
// so when the language changes).
std::string header(const char* title) { return std::string(tr(title)) + "###" + title; }

// The preset buttons' words (a preset's name with spaces), for po/.
[[maybe_unused]] constexpr const char* kPresetWords[] = {
    N_("standing"),      N_("sitting"), N_("bending to lift"), N_("lying on back"),
    N_("lying on side"), N_("walking"), N_("under glutes"),    N_("sciatic nerve")};

// One option's widget, labelled in plain words; the tooltip says what it does and its key (for
// storyboards and --set). `preview` replaces an Enum's shown value (the view box's "custom").
bool optionWidget(const OptionSpec& spec, Settings& settings, const char* preview) {
  ImGui::PushID(spec.key.c_str());
  bool changed = false;
  const std::string shown = spec.label.empty() ? spec.key : tr(spec.label);
  // The label goes beside its widget, in the room the panel leaves it (PushItemWidth). One too long for
  // it (German, Spanish) would run off the panel: it goes wrapped above, the widget below at full width.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float labelWidth = ImGui::CalcTextSize(shown.c_str()).x + style.ItemInnerSpacing.x;
  const float beside = spec.kind == OptionKind::Bool ? ImGui::GetFrameHeight() : ImGui::CalcItemWidth();
  const bool above = spec.kind != OptionKind::FloatMap && beside + labelWidth > ImGui::GetContentRegionAvail().x;
  if (above && spec.kind != OptionKind::Bool) {
    ImGui::TextWrapped("%s", shown.c_str());
    ImGui::SetNextItemWidth(-1.0f);
  }
  const std::string words = above ? "##" + spec.key : shown + "###" + spec.key;
  const char* label = words.c_str();
  bool hovered = false;  // the widget or, for a tick with its words wrapped beside it, the words
  switch (spec.kind) {
    case OptionKind::Bool:
      changed = ImGui::Checkbox(label, &std::get<bool& (*)(Settings&)>(spec.field)(settings));
      if (above) {
        hovered = ImGui::IsItemHovered();
        ImGui::SameLine(0.0f, style.ItemInnerSpacing.x);
        ImGui::TextWrapped("%s", shown.c_str());
      }
      break;
    case OptionKind::Float:
      changed =
          ImGui::SliderFloat(label, &std::get<float& (*)(Settings&)>(spec.field)(settings), spec.min, spec.max, "%.2f");
      break;
    case OptionKind::FloatMap: break;  // the Tension section has its own sliders
    case OptionKind::Text:
    case OptionKind::Words:
    case OptionKind::Path: {
      std::string& text = std::get<std::string& (*)(Settings&)>(spec.field)(settings);
      char buffer[1024];
      std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
      if (ImGui::InputText(label, buffer, sizeof buffer)) {
        text = buffer;
        changed = true;
      }
      break;
    }
    case OptionKind::Enum: {
      const EnumField& field = std::get<EnumField>(spec.field);
      int current = field.get(settings);
      if (ImGui::BeginCombo(label, preview ? preview : choiceLabel(spec, current).c_str())) {
        for (int i = 0; i < static_cast<int>(spec.choices.size()); ++i) {
          // A choice is taken even when it is the current one under a "custom" preview (back to the view).
          if (ImGui::Selectable(choiceLabel(spec, i).c_str(), i == current && !preview) && (i != current || preview)) {
            field.set(settings, i);
            changed = true;
          }
        }
        ImGui::EndCombo();
      }
      break;
    }
  }
  if (hovered || ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n(option %s)", tr(spec.help).c_str(), spec.key.c_str());
  ImGui::PopID();
  return changed;
}

}  // namespace

bool sectionWidgets(const char* title, Settings& settings, bool* viewChosen) {
  bool changed = false;
  for (const OptionSpec& spec : OptionRegistry::instance().all()) {
    if (spec.section != title) continue;
    const bool custom = viewChosen && spec.key == "view";
    const bool chose = optionWidget(spec, settings, custom ? tr("custom (moved by hand)") : nullptr);
    if (custom && chose) *viewChosen = true;
    changed |= chose;
  }
  return changed;
}

namespace {

bool optionGroup(const char* title, Settings& settings, bool open, bool* viewChosen = nullptr) {
  if (!ImGui::CollapsingHeader(header(title).c_str(), open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) return false;
  return sectionWidgets(title, settings, viewChosen);
}

}  // namespace

float panelWidth(float scale) { return 360.0f * scale; }

void drawHoverLabel(const std::string& text) { ImGui::SetTooltip("%s", text.c_str()); }

bool drawPanel(Settings& settings, const PanelInfo& info, const PanelLayout& layout, PanelFields* fields,
               PanelActions* actions) {
  if (!fields) actions = nullptr;  // the window's controls come together
  ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y));
  ImGui::SetNextWindowSize(ImVec2(layout.width, layout.height));
  ImGui::Begin("Hipscope", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushItemWidth(-ImGui::GetFontSize() * 9.0f);
  useLanguage(enumName(settings.ui.language));  // a language chosen below is used from the next frame on

  ImGui::TextWrapped("%s", tr("Pelvis and hip anatomy: where low back pain and sciatica come from."));
  if (actions && !info.notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.8f, 0.4f, 1.0f));
    ImGui::TextWrapped("%s", info.notice.c_str());
    ImGui::PopStyleColor();
    actions->dismissNotice = ImGui::SmallButton(tr("OK"));
  }
  ImGui::Separator();
  bool changed = false;
  // Once the mouse has moved the camera the view box says "custom"; choosing a view goes back to it.
  bool viewChosen = false;
  changed |= optionGroup("View", settings, true, info.cameraMoved ? &viewChosen : nullptr);
  if (viewChosen && actions) actions->presetApplied = true;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  bool firstButton = true;
  for (const Preset& preset : presets()) {
    if (preset.name == "none") continue;
    std::string label(preset.name);
    for (char& c : label) c = c == '_' ? ' ' : c;
    label = tr(label) + "###" + std::string(preset.name);
    // Buttons flow onto the next line when the panel is too narrow for them.
    const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    if (!firstButton) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    firstButton = false;
    if (ImGui::Button(label.c_str())) {
      OptionRegistry::instance().set(settings, "preset", preset.name, "panel");
      changed = true;
      if (actions) actions->presetApplied = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(std::string(preset.help)).c_str());
  }
  if (actions) savedViews(info, fields->viewName, *actions);
  if (ImGui::CollapsingHeader(header(N_("Why it hurts")).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    for (std::size_t i = 0; i < scenarios().size(); ++i) {
      const Scenario& sc = scenarios()[i];
      const bool current = static_cast<std::size_t>(settings.scenario) == i;
      const std::string label = (i == 0 ? tr("None: leave the scenario") : tr(std::string(sc.preset.help))) + "###" +
                                std::string(sc.preset.name);
      if (ImGui::Selectable(label.c_str(), current) && !current) {
        OptionRegistry::instance().set(settings, "scenario", sc.preset.name, "panel");
        changed = true;
        if (actions && i != 0) actions->presetApplied = true;  // "none" leaves the camera where it is
      }
    }
  }
  if (ImGui::CollapsingHeader(header(N_("Self-care stretch")).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
    changed |= stretchSection(settings, info, actions);
  changed |= painSection(settings, info, fields);
  if (ImGui::CollapsingHeader(header(N_("Model")).c_str())) {
    if (actions)
      modelFiles(info, *fields, *actions);
    else
      ImGui::TextWrapped(tr("Showing %s"), info.modelName.c_str());
    ImGui::TextDisabled(tr("%zu structures, %zu triangles"), info.structures, info.triangles);
  }
  if (actions && ImGui::CollapsingHeader(header(N_("Record a clip")).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
    changed |= recordClip(settings, info, *actions);
  changed |= optionGroup("Camera", settings, false);
  changed |= optionGroup("Pose", settings, false);
  changed |= optionGroup("Anatomical variant", settings, false);
  const bool measured = info.compressionMeasured[0] || info.compressionMeasured[1];
  if ((info.mechanics || measured) && ImGui::CollapsingHeader(header(N_("Tension")).c_str())) {
    changed |= tensionSliders(settings, info.selectedName);
    // Measured between the piriformis and the nerve as drawn (mechanics/SciaticContact.hpp).
    auto percent = [&](int side) {
      return info.compressionMeasured[side]
                 ? std::to_string(static_cast<int>(info.compression[side] * 100 + 0.5f)) + " %"
                 : std::string("-");
    };
    if (measured) ImGui::Text(tr("Sciatic nerve pressed: left %s, right %s"), percent(0).c_str(), percent(1).c_str());
    if (!info.compressionNote.empty()) ImGui::TextWrapped("%s", info.compressionNote.c_str());
    if (info.mechanics)
      ImGui::Text(tr("Pull on the low back: left %d %%, right %d %%"), static_cast<int>(info.strain[0] * 100 + 0.5f),
                  static_cast<int>(info.strain[1] * 100 + 0.5f));
  }
  changed |= optionGroup("Highlight", settings, true);
  changed |= optionGroup("Look", settings, true);

  if (!info.layers.empty() && ImGui::CollapsingHeader(header(N_("Layers")).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const LayerRow& row : info.layers) {
      bool& visible = settings.layers[static_cast<std::size_t>(row.id)].visible;
      ImGui::PushID(static_cast<int>(row.id));
      changed |= ImGui::Checkbox("##visible", &visible);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip(tr("Show or hide these %d structures\n(option layers.%s.visible)"), row.parts,
                          std::string(enumName(row.id)).c_str());
      ImGui::SameLine();
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
      changed |= ImGui::SliderFloat("##opacity", &settings.layers[static_cast<std::size_t>(row.id)].opacity, 0.0f, 1.0f,
                                    "%.2f");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            tr("How solid: below 1 ghosts the layer so deeper structures show\n(option layers.%s.opacity)"),
            std::string(enumName(row.id)).c_str());
      ImGui::SameLine();
      ImGui::TextWrapped("%s", row.label.c_str());  // long names wrap, never cut off
      ImGui::PopID();
    }
  }
  if (!info.structureRows.empty() && ImGui::CollapsingHeader(header(N_("Structures")).c_str()))
    changed |= structureTree(settings, info);
  if (ImGui::CollapsingHeader(header(N_("Controls")).c_str())) {
    ImGui::BulletText("%s", tr("Left-drag: rotate"));
    ImGui::BulletText("%s", tr("Right- or Shift-drag: pan"));
    ImGui::BulletText("%s", tr("Wheel: zoom toward the cursor"));
    ImGui::BulletText("%s", tr("Double-click: centre on that point"));
    ImGui::BulletText("%s", tr("1-6: front, back, left, right, top, bottom"));
    ImGui::BulletText("%s", tr("F: frame all   R: reset the view and leave the scenario"));
    ImGui::BulletText("%s", tr("F9: start or stop recording a clip"));
    ImGui::BulletText("%s", tr("F12: save a picture of the view"));
    ImGui::BulletText("%s", tr("P: play the storyboard again (--storyboard)"));
    ImGui::BulletText("%s", tr("Esc: close the info card, or cancel"));
    ImGui::BulletText("%s", tr("Ctrl+Q: quit (asks first while a clip records)"));
  }
  ImGui::Separator();
  ImGui::TextDisabled("%s", info.renderer.c_str());
  if (info.frameMs > 0) ImGui::TextDisabled("%.1f ms / frame", info.frameMs);
  ImGui::PopItemWidth();
  ImGui::End();
  // The selection's card sits in the 3D view, left of the panel.
  changed |= drawSelectionCard(settings, info, {0.0f, layout.y, layout.x, layout.height});
  return changed;
}

}  // namespace hipscope
