// Which model the app shows: the one named on the command line, or the built-in anatomy with its catalog.
#pragma once
#include <map>
#include <optional>

#include "anatomy/Catalog.hpp"
#include "mechanics/Mechanics.hpp"
#include "app/CommandLine.hpp"
#include "scene/Model.hpp"

namespace hipscope {

struct LoadedModel {
  Model model;
  std::optional<Catalog> catalog;      // the built-in model always has one
  std::optional<Mechanics> mechanics;  // lines of action and joints of the built-in model
  std::map<std::string, LayerId> layerOf;  // from a mapping file's layer-only rules: part name -> layer
  bool builtIn = false;                    // generated closed and outward-wound: back faces can be culled
};

// A model from elsewhere with its mapping file, if it has one: the catalog comes along so mapped
// meshes get their names, layers and explanations. Prints how many meshes mapped (stderr).
void applyMappingFile(LoadedModel& loaded, const std::filesystem::path& modelPath, const std::string& mappingOption);

// Loads --model, or the built-in model and catalog, which must agree (a mismatch is a build defect
// and is reported with every disagreement).
LoadedModel loadRequestedModel(const CommandLine& cmd);

// Checks the options that name structures (select) against the loaded model; throws UserError with
// the closest valid name.
void checkStructureOptions(const Settings& settings, const Model& model);

}  // namespace hipscope
