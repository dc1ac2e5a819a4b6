// Model and catalog loading for the app's modes.
#include "app/ModelSource.hpp"

#include <stdexcept>

#include "app/AssetPaths.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope {

LoadedModel loadRequestedModel(const CommandLine& cmd) {
  if (cmd.model) return {loadModel(*cmd.model), std::nullopt};
  LoadedModel loaded{loadModel(builtinModelPath()), loadCatalog(assetDirectory() / "catalog.json")};
  const auto problems = catalogMismatches(*loaded.catalog, loaded.model);
  if (!problems.empty()) {
    std::string message = "the built-in model and its catalog disagree:";
    for (const auto& p : problems) message += "\n  " + p;
    throw std::runtime_error(message);
  }
  return loaded;
}

}  // namespace hipscope
