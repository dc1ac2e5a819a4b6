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

}  // namespace hipscope
