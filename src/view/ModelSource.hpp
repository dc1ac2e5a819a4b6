// Which model the app shows: the one named on the command line, or the built-in anatomy with its catalog.
#pragma once
#include <atomic>
#include <filesystem>
#include <map>
#include <optional>

#include "anatomy/Catalog.hpp"
#include "mechanics/Mechanics.hpp"
#include "options/Settings.hpp"
#include "scene/Model.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope {

struct LoadedModel {
  Model model;
  std::optional<Catalog> catalog;          // the built-in model always has one
  std::optional<Mechanics> mechanics;      // lines of action and joints of the built-in model
  std::map<std::string, LayerId> layerOf;  // from a mapping file's layer-only rules: part name -> layer
  bool builtIn = false;                    // generated closed and outward-wound: back faces can be culled
};

// A model from elsewhere with its mapping file, if it has one: the catalog comes along so mapped
// meshes get their names, layers and explanations. Without one, meshes already named by catalog id
// (a copy of the built-in model, one edited and exported again) are those structures. Prints how
// many meshes mapped (stderr).
void applyMappingFile(LoadedModel& loaded, const std::filesystem::path& modelPath, const std::string& mappingOption);

// Whether `path` is the built-in model's own file (named with --model, in the panel or the recent list).
bool isBuiltinModelFile(const std::filesystem::path& path);

// The built-in model with its catalog and mechanics, which must agree (a mismatch is a build
// defect, thrown as std::runtime_error with every disagreement).
LoadedModel loadBuiltinModel();

// A model file: the built-in one as itself, any other through the import worker (scene/IsolatedImport.hpp)
// with its mapping file.
LoadedModel loadModelFile(const std::filesystem::path& path, const ModelFrame& frame, const std::string& mappingOption,
                          const std::atomic<bool>* cancel = nullptr, const ImportProgress& progress = {});

// Checks the options that name structures (select) against the loaded model; throws UserError with
// the closest valid name.
void checkStructureOptions(const Settings& settings, const Model& model);

}  // namespace hipscope
