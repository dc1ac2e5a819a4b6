// The built-in anatomy as the app loads it (model, catalog, mechanics, checked against each other), for
// GL tests that need a whole ViewScene. `import` reads the model's file through the worker process,
// as --model files are.
#pragma once
#include <cstdlib>

#include "base/AssetPaths.hpp"
#include "scene/IsolatedImport.hpp"
#include "view/ModelSource.hpp"
#include "view/ViewScene.hpp"

namespace hipscope::test {

inline LoadedModel builtInModel(bool import = false) {
  setenv("HIPSCOPE_ASSET_DIR", HIPSCOPE_ASSET_DIR, 1);  // the build's assets, wherever the test runs from
  LoadedModel loaded = loadBuiltinModel();
  if (import) loaded.model = loadModelIsolated(builtinModelPath(), HIPSCOPE_IMPORT_WORKER);
  return loaded;
}

}  // namespace hipscope::test
