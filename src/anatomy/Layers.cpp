// Part-to-layer mapping and layer visibility.
#include "anatomy/Layers.hpp"

#include <algorithm>
#include <iterator>

#include "options/Stretches.hpp"

namespace hipscope {

std::vector<LayerId> partLayers(const Model& model, const Catalog* catalog) {
  std::vector<LayerId> layers;
  layers.reserve(model.parts.size());
  for (const MeshPart& part : model.parts) {
    const Structure* s = catalog ? catalog->find(part.name) : nullptr;
    // The catalog loader only accepts known layer names, so parsing cannot fail here.
    layers.push_back(s ? parseEnum<LayerId>(s->layer).value_or(LayerId::Other) : LayerId::Other);
  }
  return layers;
}

bool namesPart(std::string_view id, std::string_view partName) {
  if (id == partName) return true;
  return partName.size() == id.size() + 2 && partName.substr(0, id.size()) == id &&
         (partName.substr(id.size()) == "_l" || partName.substr(id.size()) == "_r");
}

std::vector<std::string> splitIds(std::string_view list) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) ids.emplace_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return ids;
}

std::vector<char> visibleParts(const Model& model, const std::vector<LayerId>& layers, const Settings& settings) {
  const std::vector<std::string> hidden = splitIds(settings.hidden);
  std::vector<char> visible;
  visible.reserve(layers.size());
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const std::string& name = i < model.parts.size() ? model.parts[i].name : std::string();
    bool on = settings.layers[static_cast<std::size_t>(layers[i])].visible;
    for (const std::string& id : hidden) on &= !namesPart(id, name);
    if (!settings.isolate.empty()) on = namesPart(settings.isolate, name);
    visible.push_back(on ? 1 : 0);
  }
  return visible;
}

namespace {

// The skin, then the muscle layers, in peel order (outermost first); ligaments, nerves and bones are
// never peeled. The calf muscles are the leg's outer layer below the knee, as the thigh muscles are
// above it: they go in the same step (peelStep).
constexpr LayerId kPeelOrder[] = {LayerId::Skin,  LayerId::SuperficialGlutes, LayerId::LowBack,
                                  LayerId::Thigh, LayerId::HipFlexors,        LayerId::DeepRotators};

LayerId peelStep(LayerId layer) { return layer == LayerId::Calf ? LayerId::Thigh : layer; }

float peelFactor(LayerId layer, float peel) {
  const float position = peel * static_cast<float>(std::size(kPeelOrder));
  for (std::size_t k = 0; k < std::size(kPeelOrder); ++k)
    if (kPeelOrder[k] == peelStep(layer)) return std::clamp(1.0f - (position - static_cast<float>(k)), 0.0f, 1.0f);
  return 1.0f;
}

}  // namespace

std::vector<float> partOpacity(const std::vector<LayerId>& layers, const std::vector<char>& highlighted,
                               const Settings& settings) {
  constexpr float kXrayGhost = 0.28f;
  std::vector<float> opacity(layers.size(), 1.0f);
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const LayerSettings& layer = settings.layers[static_cast<std::size_t>(layers[i])];
    float a = layer.visible ? layer.opacity : 0.0f;
    a *= peelFactor(layers[i], settings.render.peel);
    // X-ray ghosts the soft layers (the skin and the muscles) and keeps the ligaments with the bones.
    const bool muscle = layers[i] != LayerId::Bones && layers[i] != LayerId::Nerves &&
                        layers[i] != LayerId::Ligaments && layers[i] != LayerId::Other;
    const bool lit = i < highlighted.size() && highlighted[i];
    if (settings.render.xray && muscle && !lit) a = std::min(a, kXrayGhost);
    // The deep-muscle highlight is seen through a ghosted gluteus maximus (the one gluteal it leaves unlit).
    if (settings.highlightDeep && layers[i] == LayerId::SuperficialGlutes && !lit) a = std::min(a, kXrayGhost);
    if (lit && a > 0.0f) a = 1.0f;  // what is highlighted is always shown solid
    opacity[i] = a;
  }
  return opacity;
}

std::vector<char> muscleParts(const Model& model, const Catalog* catalog) {
  std::vector<char> muscle(model.parts.size(), 0);
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const Structure* s = catalog ? catalog->find(model.parts[i].name) : nullptr;
    muscle[i] = s && s->kind == StructureKind::Muscle;
  }
  return muscle;
}

std::vector<char> deepMuscles(const Model& model, const std::vector<LayerId>& layers) {
  std::vector<char> deep(model.parts.size(), 0);
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const std::string& name = model.parts[i].name;
    deep[i] = (i < layers.size() && layers[i] == LayerId::DeepRotators) || name.rfind("gluteus_medius", 0) == 0 ||
              name.rfind("gluteus_minimus", 0) == 0;
  }
  return deep;
}

std::vector<char> highlightedParts(const Model& model, const std::vector<char>& deep, const Settings& settings) {
  std::vector<char> highlighted(model.parts.size(), 0);
  // A stretch lights up what it lengthens, on the side it stretches.
  const std::vector<std::string> targets =
      settings.stretch > 0 ? stretchTargets(static_cast<std::size_t>(settings.stretch), settings.stretchSide)
                           : std::vector<std::string>{};
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    if (!settings.select.empty() && model.parts[i].name == settings.select)
      highlighted[i] = kSelectedHighlight;
    else if ((settings.highlightDeep && i < deep.size() && deep[i]) ||
             std::find(targets.begin(), targets.end(), model.parts[i].name) != targets.end())
      highlighted[i] = kGroupHighlight;
  }
  return highlighted;
}

std::vector<char> highlightedParts(const Model& model, const std::vector<LayerId>& layers, const Settings& settings) {
  return highlightedParts(model, deepMuscles(model, layers), settings);
}

}  // namespace hipscope
