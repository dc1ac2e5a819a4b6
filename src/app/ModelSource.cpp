// Model and catalog loading for the app's modes.
#include "app/ModelSource.hpp"

#include <stdexcept>

#include "app/AssetPaths.hpp"
#include "options/Error.hpp"
#include "options/Suggest.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope {

void checkStructureOptions(const Settings& settings, const Model& model) {
  if (settings.select.empty() || model.find(settings.select)) return;
  std::vector<std::string> names;
  for (const MeshPart& part : model.parts) names.push_back(part.name);
  throw UserError("--set select=" + settings.select + ": " + std::filesystem::path(model.source).filename().string() +
                  " has no structure of that name" + suggestionSuffix(settings.select, names));
}

LoadedModel loadRequestedModel(const CommandLine& cmd) {
  if (cmd.model) {
    LoadedModel custom{loadModel(*cmd.model), std::nullopt};
    checkStructureOptions(cmd.settings, custom.model);
    return custom;
  }
  LoadedModel loaded{loadModel(builtinModelPath()), loadCatalog(assetDirectory() / "catalog.json")};
  const auto problems = catalogMismatches(*loaded.catalog, loaded.model);
  if (!problems.empty()) {
    std::string message = "the built-in model and its catalog disagree:";
    for (const auto& p : problems) message += "\n  " + p;
    throw std::runtime_error(message);
  }
  checkStructureOptions(cmd.settings, loaded.model);
  return loaded;
}

}  // namespace hipscope
