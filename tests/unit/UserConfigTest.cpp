// What Hipscope remembers lives under the XDG config folder and is written atomically; opening a
// model runs in the background and can be cancelled.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "base/Error.hpp"
#include "base/UserConfig.hpp"
#include "session/ModelOpener.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

fs::path freshDir(const char* name) {
  const fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

ModelOpener::Outcome waitFor(ModelOpener& opener) {
  for (int i = 0; i < 300; ++i) {
    if (std::optional<ModelOpener::Outcome> o = opener.poll()) return std::move(*o);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ADD_FAILURE() << "the import did not finish";
  return {};
}

}  // namespace

TEST(UserConfig, LivesUnderXdgConfigHomeNeverTheWorkingFolder) {
  const char* saved = std::getenv("XDG_CONFIG_HOME");
  const std::string restore = saved ? saved : "";
  setenv("XDG_CONFIG_HOME", "/somewhere/config", 1);
  EXPECT_EQ(configDirectory(), fs::path("/somewhere/config/hipscope"));
  setenv("XDG_CONFIG_HOME", "relative/is/ignored", 1);  // the spec says: absolute only
  EXPECT_NE(configDirectory().string().rfind("relative", 0), 0u);
  EXPECT_TRUE(configDirectory().is_absolute());
  if (saved)
    setenv("XDG_CONFIG_HOME", restore.c_str(), 1);
  else
    unsetenv("XDG_CONFIG_HOME");
}

TEST(UserConfig, WritesAtomicallyAndAFailureLeavesTheOldFile) {
  const fs::path dir = freshDir("hipscope-config-test");
  const fs::path file = dir / "deep" / "recent.json";
  writeFileAtomically(file, "one");
  writeFileAtomically(file, "two");
  EXPECT_EQ(read(file), "two");
  for (const auto& entry : fs::directory_iterator(file.parent_path()))
    EXPECT_EQ(entry.path(), file);  // no temporaries left
  // A file where the folder should be: the write fails, naming the file.
  std::ofstream(dir / "blocker") << "x";
  try {
    writeFileAtomically(dir / "blocker" / "recent.json", "three");
    ADD_FAILURE() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("blocker/recent.json"), std::string::npos) << e.what();
  }
  fs::remove_all(dir);
}

TEST(UserConfig, RecentModelsNewestFirstOnceEachAtMostEight) {
  const fs::path dir = freshDir("hipscope-recent-test");
  const fs::path file = dir / "recent.json";
  RecentModels recent = loadRecentModels(file);
  EXPECT_TRUE(recent.paths.empty());
  EXPECT_TRUE(recent.problem.empty());
  for (int i = 0; i < 10; ++i) rememberModel(file, recent, "/models/m" + std::to_string(i) + ".fbx");
  rememberModel(file, recent, "/models/m5.fbx");
  const RecentModels back = loadRecentModels(file);
  ASSERT_EQ(back.paths.size(), kRecentModels);
  EXPECT_EQ(back.paths[0], "/models/m5.fbx");
  EXPECT_EQ(back.paths[1], "/models/m9.fbx");
  EXPECT_EQ(std::count(back.paths.begin(), back.paths.end(), "/models/m5.fbx"), 1);
  std::ofstream(file) << "{ not json";
  const RecentModels damaged = loadRecentModels(file);
  EXPECT_TRUE(damaged.paths.empty());
  EXPECT_NE(damaged.problem.find("recent.json is not a list of recent models"), std::string::npos) << damaged.problem;
  fs::remove_all(dir);
}

TEST(ModelOpener, LoadsInTheBackgroundAndCanBeCancelled) {
  setenv("HIPSCOPE_IMPORT_WORKER", HIPSCOPE_IMPORT_WORKER, 1);
  setenv("HIPSCOPE_ASSET_DIR", HIPSCOPE_ASSET_DIR, 1);  // the catalog, for meshes named by structure id
  ModelOpener opener;
  opener.start(fs::path(HIPSCOPE_TEST_DATA) / "tetrahedron.obj");
  EXPECT_TRUE(opener.busy());
  ModelOpener::Outcome done = waitFor(opener);
  ASSERT_TRUE(done.model) << done.error;
  EXPECT_EQ(done.model->model.parts.size(), 1u);
  EXPECT_FALSE(opener.busy());

  setenv("HIPSCOPE_IMPORT_WORKER", (fs::path(HIPSCOPE_TEST_DATA) / "workers/hang.sh").c_str(), 1);
  opener.start(fs::path(HIPSCOPE_TEST_DATA) / "tetrahedron.obj");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto cancelled = std::chrono::steady_clock::now();
  opener.cancel();
  const ModelOpener::Outcome stopped = waitFor(opener);
  EXPECT_FALSE(stopped.model);
  EXPECT_EQ(stopped.error,
            "could not load " + (fs::path(HIPSCOPE_TEST_DATA) / "tetrahedron.obj").string() + ": cancelled");
  EXPECT_LT(std::chrono::steady_clock::now() - cancelled, std::chrono::seconds(2));
  unsetenv("HIPSCOPE_IMPORT_WORKER");
}
