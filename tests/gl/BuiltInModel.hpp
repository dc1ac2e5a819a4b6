// The built-in anatomy as the app loads it (model, catalog, mechanics), for GL tests that need a
// whole ViewScene. `import` imports the model through the worker process, as --model files are.
#pragma once
#include "view/ViewScene.hpp"
#include "scene/IsolatedImport.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope::test {

inline LoadedModel builtInModel(bool import = false) {
  LoadedModel loaded;
  loaded.model = import ? loadModelIsolated(HIPSCOPE_ASSET_DIR "/hipscope.glb", HIPSCOPE_IMPORT_WORKER)
                        : loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  loaded.catalog = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  loaded.mechanics = Mechanics::load(HIPSCOPE_ASSET_DIR "/mechanics.json");
  loaded.builtIn = true;
  return loaded;
}

}  // namespace hipscope::test
