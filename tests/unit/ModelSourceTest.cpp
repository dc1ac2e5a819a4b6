// Which model a file is: the built-in model's own file loads as the built-in model (catalog,
// mechanics), a copy of it elsewhere keeps its structures by name, a model from elsewhere has none.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "view/ModelSource.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

TEST(ModelSource, TheBuiltInFileIsTheBuiltInModelAndACopyKeepsItsNames) {
  setenv("HIPSCOPE_ASSET_DIR", HIPSCOPE_ASSET_DIR, 1);
  setenv("HIPSCOPE_IMPORT_WORKER", HIPSCOPE_IMPORT_WORKER, 1);
  const fs::path builtIn = fs::path(HIPSCOPE_ASSET_DIR) / "hipscope.glb";
  EXPECT_TRUE(isBuiltinModelFile(builtIn));
  const LoadedModel same = loadModelFile(builtIn, {}, "");
  EXPECT_TRUE(same.builtIn);
  EXPECT_TRUE(same.catalog && same.mechanics);

  const fs::path dir = fs::path(HIPSCOPE_TEST_OUT) / "model_source";
  fs::create_directories(dir);
  fs::copy_file(builtIn, dir / "copy.glb", fs::copy_options::overwrite_existing);
  EXPECT_FALSE(isBuiltinModelFile(dir / "copy.glb"));
  const LoadedModel copy = loadModelFile(dir / "copy.glb", {}, "");
  EXPECT_FALSE(copy.builtIn);
  EXPECT_FALSE(copy.mechanics);  // lines of action belong to the built-in geometry only
  ASSERT_TRUE(copy.catalog);
  EXPECT_EQ(copy.model.parts.size(), same.model.parts.size());
  EXPECT_NE(copy.model.find("piriformis_r"), nullptr);

  const LoadedModel other = loadModelFile(fs::path(HIPSCOPE_TEST_DATA) / "tetrahedron.obj", {}, "");
  EXPECT_FALSE(other.catalog);
}
