// Model and catalog loading for the app's modes.
#include "app/ModelSource.hpp"

#include <cstdio>
#include <stdexcept>

#include "app/AssetPaths.hpp"
#include "anatomy/Layers.hpp"
#include "anatomy/Mapping.hpp"
#include "anatomy/Tension.hpp"
#include "options/Error.hpp"
#include "options/Suggest.hpp"
#include "scene/IsolatedImport.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope {

void checkStructureOptions(const Settings& settings, const Model& model) {
  std::vector<std::string> names;
  for (const MeshPart& part : model.parts) {
    names.push_back(part.name);
    const std::string& n = part.name;
    if (n.size() > 2 && (n.ends_with("_l") || n.ends_with("_r"))) names.push_back(n.substr(0, n.size() - 2));
  }
  auto check = [&](const char* key, const std::string& id, bool sidesAllowed) {
    for (const MeshPart& part : model.parts)
      if (sidesAllowed ? namesPart(id, part.name) : id == part.name) return;
    throw UserError(std::string("--set ") + key + "=" + id + ": " + std::filesystem::path(model.source).filename().string() +
                    " has no structure of that name" + suggestionSuffix(id, names));
  };
  if (!settings.select.empty()) check("select", settings.select, false);
  if (!settings.isolate.empty()) check("isolate", settings.isolate, true);
  for (const std::string& id : splitIds(settings.hidden)) check("hidden", id, true);
  checkTensionKeys(settings, model);
}

void applyMappingFile(LoadedModel& loaded, const std::filesystem::path& modelPath, const std::string& mappingOption) {
  const std::filesystem::path path = mappingOption.empty() ? mappingPathFor(modelPath) : std::filesystem::path(mappingOption);
  std::error_code ec;
  if (mappingOption.empty() && !std::filesystem::exists(path, ec)) return;  // no mapping: every mesh is "other"
  Catalog catalog = loadCatalog(assetDirectory() / "catalog.json");
  const Mapping mapping = loadMapping(path, catalog);
  const MappingResult result = applyMapping(mapping, loaded.model);
  std::fprintf(stderr, "hipscope: %s: %zu of %zu meshes mapped\n", path.filename().c_str(), result.mapped, result.meshes);
  loaded.catalog = std::move(catalog);
  loaded.layerOf = result.layers;
}

LoadedModel loadRequestedModel(const CommandLine& cmd) {
  if (cmd.model) {
    // A model from elsewhere is imported in a worker process: a crash or hang in the importer is a
    // one-line error, not the end of the app.
    LoadedModel custom{loadModelIsolated(*cmd.model, importWorkerPath(), {}, nullptr, {cmd.settings.model.units, cmd.settings.model.up}),
                       std::nullopt, std::nullopt, {}, false};
    applyMappingFile(custom, *cmd.model, cmd.settings.model.mapping);
    checkStructureOptions(cmd.settings, custom.model);
    return custom;
  }
  LoadedModel loaded{loadModel(builtinModelPath()), loadCatalog(assetDirectory() / "catalog.json"),
                     Mechanics::load(assetDirectory() / "mechanics.json"), {}, true};
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
