// Model and catalog loading for the app's modes.
#include "view/ModelSource.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "anatomy/Layers.hpp"
#include "anatomy/Mapping.hpp"
#include "anatomy/PainMap.hpp"
#include "anatomy/Tension.hpp"
#include "base/AssetPaths.hpp"
#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "scene/IsolatedImport.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope {

void checkStructureOptions(const Settings& settings, const Model& model) {
  std::vector<std::string> parts, names;  // names: also both sides at once ("piriformis")
  for (const MeshPart& part : model.parts) {
    parts.push_back(part.name);
    names.push_back(part.name);
    const std::string& n = part.name;
    if (n.size() > 2 && (n.ends_with("_l") || n.ends_with("_r")) &&
        std::find(names.begin(), names.end(), n.substr(0, n.size() - 2)) == names.end())
      names.push_back(n.substr(0, n.size() - 2));
  }
  auto check = [&](const char* key, const std::string& id, bool sidesAllowed) {
    for (const MeshPart& part : model.parts)
      if (sidesAllowed ? namesPart(id, part.name) : id == part.name) return;
    const std::string where = std::string("--set ") + key + "=" + id + ": ";
    if (!sidesAllowed && model.find(id + "_l") && model.find(id + "_r"))
      throw UserError(where + key + " names one side: " + id + "_l or " + id + "_r");
    throw UserError(where + std::filesystem::path(model.source).filename().string() + " has no structure of that name" +
                    suggestionSuffix(id, sidesAllowed ? names : parts));
  };
  if (!settings.select.empty()) check("select", settings.select, false);
  if (!settings.isolate.empty()) check("isolate", settings.isolate, true);
  for (const std::string& id : splitIds(settings.hidden)) check("hidden", id, true);
  if (!settings.painSites.empty()) parsePainSites(settings.painSites);  // zones, whatever the model
  checkTensionKeys(settings, model);
}

void applyMappingFile(LoadedModel& loaded, const std::filesystem::path& modelPath, const std::string& mappingOption) {
  const std::filesystem::path path =
      mappingOption.empty() ? mappingPathFor(modelPath) : std::filesystem::path(mappingOption);
  std::error_code ec;
  Catalog catalog = loadCatalog(assetDirectory() / "catalog.json");
  if (mappingOption.empty() && !std::filesystem::exists(path, ec)) {
    // No mapping file: meshes named by catalog id are those structures; with none, every mesh is "other".
    std::size_t named = 0;
    for (const MeshPart& part : loaded.model.parts) named += catalog.find(part.name) != nullptr;
    if (named == 0) return;
    std::fprintf(stderr, "hipscope: %s: %zu of %zu meshes are named by structure id\n", modelPath.filename().c_str(),
                 named, loaded.model.parts.size());
    loaded.catalog = std::move(catalog);
    return;
  }
  const Mapping mapping = loadMapping(path, catalog);
  const MappingResult result = applyMapping(mapping, loaded.model);
  std::fprintf(stderr, "hipscope: %s: %zu of %zu meshes mapped\n", path.filename().c_str(), result.mapped,
               result.meshes);
  loaded.catalog = std::move(catalog);
  loaded.layerOf = result.layers;
}

bool isBuiltinModelFile(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::equivalent(path, assetDirectory() / "hipscope.glb", ec);
}

LoadedModel loadBuiltinModel() {
  LoadedModel loaded{loadModel(builtinModelPath()),
                     loadCatalog(assetDirectory() / "catalog.json"),
                     Mechanics::load(assetDirectory() / "mechanics.json"),
                     {},
                     true};
  const auto problems = catalogMismatches(*loaded.catalog, loaded.model);
  if (!problems.empty()) {
    std::string message = "the built-in model and its catalog disagree:";
    for (const auto& p : problems) message += "\n  " + p;
    throw std::runtime_error(message);
  }
  return loaded;
}

LoadedModel loadModelFile(const std::filesystem::path& path, const ModelFrame& frame, const std::string& mappingOption,
                          const std::atomic<bool>* cancel, const ImportProgress& progress) {
  if (isBuiltinModelFile(path) && mappingOption.empty() && frame.units == ModelUnits::Auto &&
      frame.up == ModelUp::Auto) {
    LoadedModel builtIn = loadBuiltinModel();
    builtIn.model.source = path.string();
    return builtIn;
  }
  // A model from elsewhere is imported in a worker process: a crash or hang in the importer is a
  // one-line error, not the end of the app.
  LoadedModel custom{
      loadModelIsolated(path, importWorkerPath(), {}, cancel, frame, progress), std::nullopt, std::nullopt, {}, false};
  applyMappingFile(custom, path, mappingOption);
  return custom;
}

}  // namespace hipscope
