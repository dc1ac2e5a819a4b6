// Part-to-layer mapping and layer visibility.
#include "anatomy/Layers.hpp"

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

std::vector<char> visibleParts(const std::vector<LayerId>& layers, const Settings& settings) {
  std::vector<char> visible;
  visible.reserve(layers.size());
  for (LayerId layer : layers) visible.push_back(settings.layers[static_cast<std::size_t>(layer)].visible ? 1 : 0);
  return visible;
}

std::vector<char> highlightedParts(const Model& model, const std::vector<LayerId>& layers, const Settings& settings) {
  std::vector<char> highlighted(model.parts.size(), 0);
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const std::string& name = model.parts[i].name;
    bool on = !settings.select.empty() && name == settings.select;
    if (settings.highlightDeep)
      on |= (i < layers.size() && layers[i] == LayerId::DeepRotators) || name.rfind("gluteus_medius", 0) == 0 ||
            name.rfind("gluteus_minimus", 0) == 0;
    highlighted[i] = on ? 1 : 0;
  }
  return highlighted;
}

}  // namespace hipscope
