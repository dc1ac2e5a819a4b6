// What the side panel shows about the scene on screen: model facts, layers and structures in the
// chosen naming, the selection's catalog entry, and this frame's body readouts.
#pragma once
#include <string>

#include "mechanics/Body.hpp"
#include "mechanics/StretchLength.hpp"
#include "ui/Panel.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {

// The stretch's targets in plain words, one line each: "Piriformis (deep butt muscle), right: 14 % longer".
std::vector<std::string> stretchLines(const ViewScene& scene, const Settings& settings,
                                      const std::vector<StretchChange>& changes);

// `body`: the frame's body state (its settings are what is shown, posed at this moment).
PanelInfo describeForPanel(const ViewScene& scene, const Body& body, std::string renderer, float frameMs);

}  // namespace hipscope
