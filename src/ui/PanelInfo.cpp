// The panel's facts about the scene.
#include "ui/PanelInfo.hpp"

#include "view/PainView.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "base/Translate.hpp"
#include "mechanics/StretchLength.hpp"

namespace hipscope {

std::vector<std::string> stretchLines(const ViewScene& scene, const Settings& settings,
                                      const std::vector<StretchChange>& changes) {
  std::vector<std::string> out;
  for (const StretchChange& c : changes) {
    const Structure* s = scene.structure(c.id);
    const std::string name = s ? displayName(*s, NameMode::Both, settings.nameWording) : c.id;
    const int percent = static_cast<int>(std::lround(std::abs(c.percent)));
    char text[256];
    std::snprintf(text, sizeof text, c.percent >= 0 ? tr("%s: %d %% longer") : tr("%s: %d %% shorter"), name.c_str(),
                  percent);
    out.emplace_back(text);
  }
  return out;
}

PanelInfo describeForPanel(const ViewScene& scene, const Body& body, std::string renderer, float frameMs) {
  const Settings& settings = body.settings;
  useLanguage(enumName(settings.ui.language));  // the names below in the patient's language
  PanelInfo info{std::filesystem::path(scene.model.source).filename().string(),
                 scene.model.triangleCount(),
                 scene.model.parts.size(),
                 std::move(renderer),
                 frameMs,
                 {},
                 {},
                 {},
                 {}};
  for (std::size_t side = 0; side < 2; ++side) {
    info.compression[side] = body.nerves[side].amount;
    info.compressionMeasured[side] = body.nerves[side].measured;
    info.strain[side] = body.strain[side];
  }
  info.mechanics = scene.mechanics.has_value();
  if (scene.mechanics && settings.stretch > 0)
    info.stretchLines = stretchLines(
        scene, settings, stretchChanges(*scene.mechanics, settings.stretch, settings.stretchSide, body.joints));
  for (const std::string& problem : scene.bodyModel.contact.problems())
    info.compressionNote += (info.compressionNote.empty() ? "" : "\n") + problem;
  for (std::size_t i = 0; i < scene.model.parts.size(); ++i)
    info.structureRows.push_back({scene.model.parts[i].name, scene.nameOf(i, settings.names, settings.nameWording),
                                  scene.layers[i], scene.structure(scene.model.parts[i].name)});
  if (!settings.select.empty()) {
    info.selectedName = settings.select;
    if (const Structure* s = scene.structure(settings.select)) {
      info.selected = s;
      info.selectedName = displayName(*s, settings.names, settings.nameWording);
    }
  }
  // Where it hurts: the likely sources of the painted zones, and why.
  info.painZones = scene.skinPart >= 0;
  const PainView pain = painView(scene, settings);
  info.painPattern = pain.analysis.pattern;
  for (const PainCandidate& c : pain.analysis.candidates) {
    const Structure* s = scene.structure(c.id);
    info.pain.push_back({c.id, s ? displayName(*s, settings.names, settings.nameWording) : c.id, c.why, c.nerve});
    if (c.id == settings.select && info.selectedWhy.empty()) info.selectedWhy = c.why;
  }
  for (std::size_t i = 0; i < kLayerCount; ++i) {
    const auto id = static_cast<LayerId>(i);
    const int parts = static_cast<int>(std::count(scene.layers.begin(), scene.layers.end(), id));
    if (parts == 0) continue;
    std::string label = id == LayerId::Other ? tr("Other structures") : std::string(enumName(id));
    if (const Layer* layer = scene.catalog ? scene.catalog->layer(std::string(enumName(id))) : nullptr) {
      // A layer's two names are plain words in both wordings, so both are translated.
      const std::string lay = tr(layer->layName(settings.nameWording)), clinical = tr(layer->clinical);
      switch (settings.names) {
        case NameMode::Clinical: label = clinical; break;
        case NameMode::Lay: label = lay; break;
        case NameMode::Both: label = combinedName(clinical, lay); break;
      }
    }
    info.layers.push_back({id, label, parts});
  }
  return info;
}

}  // namespace hipscope
