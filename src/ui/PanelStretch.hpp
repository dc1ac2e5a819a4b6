// The panel's "Self-care stretch" section. Internal to the ui layer (ui/Panel.cpp).
#pragma once
#include "ui/Panel.hpp"

namespace hipscope {

// A choice of stretch in plain words and of the side, and the targets' length change in this pose;
// true when the stretch or its side changed (the body eases into it).
bool stretchSection(Settings& settings, const PanelInfo& info, PanelActions* actions);

}  // namespace hipscope
