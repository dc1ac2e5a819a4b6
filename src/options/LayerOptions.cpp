// The layers' options: each layer shown or hidden, and its opacity (below 1: ghosted).
#include <string>
#include <utility>

#include "options/OptionTable.hpp"

namespace hipscope {
namespace {

template <std::size_t I>
bool& layerVisible(Settings& s) {
  return s.layers[I].visible;
}

template <std::size_t I>
float& layerOpacity(Settings& s) {
  return s.layers[I].opacity;
}

template <std::size_t... I>
void addEachLayer(OptionRegistry& r, std::index_sequence<I...>) {
  using namespace role;
  (r.add({"layers." + std::string(EnumNames<LayerId>::names[I]) + ".visible",
          OptionKind::Bool,
          "show the " + std::string(EnumNames<LayerId>::names[I]) + " layer",
          &layerVisible<I>,
          0,
          0,
          {},
          {},
          kView,
          ""}),
   ...);
  (r.add({"layers." + std::string(EnumNames<LayerId>::names[I]) + ".opacity",
          OptionKind::Float,
          "opacity of the " + std::string(EnumNames<LayerId>::names[I]) + " layer (below 1: ghosted)",
          &layerOpacity<I>,
          0,
          1,
          {},
          {},
          kView | kEases,
          ""}),
   ...);
}

}  // namespace

void addLayerOptions(OptionRegistry& r) { addEachLayer(r, std::make_index_sequence<kLayerCount>()); }

}  // namespace hipscope
