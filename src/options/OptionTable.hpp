// The table of every option: its key, type, range or choices, help, roles and panel section.
// Internal to the options layer: OptionRegistry::instance() builds it once.
#pragma once
#include "options/OptionRegistry.hpp"

namespace hipscope {

OptionRegistry buildOptionTable();
// layers.<layer>.visible and layers.<layer>.opacity for every layer (LayerOptions.cpp).
void addLayerOptions(OptionRegistry& r);

}  // namespace hipscope
