// The panel's sections beyond the generic option widgets. Internal to the ui layer (ui/Panel.cpp).
#pragma once
#include <string>

#include "ui/Panel.hpp"

namespace hipscope {

// The widgets of the options the registry puts in section `title`, in registry order. With
// `viewChosen`, the view box shows "custom" and sets it when a view is chosen there.
bool sectionWidgets(const char* title, Settings& settings, bool* viewChosen = nullptr);

// Every structure by layer, with a search box: tick to show or hide, "only" to isolate, click the
// name to select it.
bool structureTree(Settings& settings, const PanelInfo& info);
// One slider per muscle group, and one for the selected muscle: tension 0 (relaxed) to 1 (tight).
bool tensionSliders(Settings& settings, const std::string& selectedName);
// The views the user saved: one button each (right-click to forget it), and a field to save
// what is shown now under a name.
void savedViews(const PanelInfo& info, std::string& viewName, PanelActions& actions);
// Opening a model: the file field, the recent models, the import's progress.
void modelFiles(const PanelInfo& info, PanelFields& fields, PanelActions& actions);
// "Where does it hurt?": ticks per skin zone, painting on the body (with `fields`, the window), the
// likely sources listed with why, a click selecting one; true when a setting changed.
bool painSection(Settings& settings, const PanelInfo& info, PanelFields* fields);
// Recording a clip and saving a picture, with the clip options; true when one of those changed.
bool recordClip(Settings& settings, const PanelInfo& info, PanelActions& actions);

}  // namespace hipscope
