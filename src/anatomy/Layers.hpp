// Which anatomical layer each part of a model belongs to, and which parts the settings show.
#pragma once
#include <vector>

#include "anatomy/Catalog.hpp"
#include "options/Settings.hpp"
#include "scene/Model.hpp"

namespace hipscope {

// The catalog's layer for each part (in Model::parts order); parts it does not list are Other.
std::vector<LayerId> partLayers(const Model& model, const Catalog* catalog);

// 1 where the part is shown under `settings`: its layer is visible, it is not in `hidden`, and
// `isolate` is empty or names it.
std::vector<char> visibleParts(const Model& model, const std::vector<LayerId>& layers, const Settings& settings);

// True when `id` (a part name, or a name without its _l/_r side) names `partName`.
bool namesPart(std::string_view id, std::string_view partName);
// The comma-separated ids of a list option.
std::vector<std::string> splitIds(std::string_view list);

// Opacity of each part: its layer's opacity, the peel (muscle layers fade from the outside in), X-ray
// (muscles ghosted unless highlighted) and the deep highlight (the gluteus maximus over it ghosted).
// 0 for parts whose layer is hidden.
std::vector<float> partOpacity(const std::vector<LayerId>& layers, const std::vector<char>& highlighted,
                               const Settings& settings);

// How a part is highlighted: kSelectedHighlight for the selected structure (its own colour and
// outline), kGroupHighlight for the deep muscles under the gluteals with highlight.deep (the deep
// rotators, gluteus medius and gluteus minimus), 0 for the rest.
inline constexpr char kGroupHighlight = 1;
inline constexpr char kSelectedHighlight = 2;
std::vector<char> highlightedParts(const Model& model, const std::vector<LayerId>& layers, const Settings& settings);
// The same from the deep muscles found once (deepMuscles), as the view does each frame.
std::vector<char> highlightedParts(const Model& model, const std::vector<char>& deep, const Settings& settings);
// 1 for the parts the catalog calls muscles (none without a catalog).
std::vector<char> muscleParts(const Model& model, const Catalog* catalog);
// 1 for the deep muscles under the gluteals: the deep rotators, gluteus medius and gluteus minimus.
std::vector<char> deepMuscles(const Model& model, const std::vector<LayerId>& layers);

}  // namespace hipscope
