// The built-in model as the app loads it (model, catalog, mechanics), loaded once per test program.
#pragma once
#include <cstdlib>

#include "view/ModelSource.hpp"

namespace hipscope::test {

inline const LoadedModel& builtIn() {
  static const LoadedModel m = [] {
    setenv("HIPSCOPE_ASSET_DIR", HIPSCOPE_ASSET_DIR, 1);  // the build's assets, wherever the test runs from
    return loadBuiltinModel();
  }();
  return m;
}

}  // namespace hipscope::test
