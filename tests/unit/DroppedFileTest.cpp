// Files dropped on the window: models open, storyboards play, the rest is said in one line.
#include <gtest/gtest.h>

#include <fstream>

#include "session/DroppedFile.hpp"

using namespace hipscope;

namespace {

std::filesystem::path touch(const std::filesystem::path& path) {
  std::ofstream(path) << "x";
  return path;
}

}  // namespace

TEST(DroppedFile, ModelsOpenStoryboardsPlayAndTheRestIsSaid) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "hipscope-drop-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "Models");
  for (const char* name : {"hip.OBJ", "hip.glb", "hip.gltf", "hip.fbx", "hip.stl", "hip.ply", "hip.dae"})
    EXPECT_EQ(classifyDrop(touch(dir / name)).kind, DroppedFile::Kind::Model) << name;
  EXPECT_EQ(classifyDrop(touch(dir / "sciatica.json")).kind, DroppedFile::Kind::Storyboard);

  const DroppedFile photo = classifyDrop(touch(dir / "photo.png"));
  EXPECT_EQ(photo.kind, DroppedFile::Kind::Refused);
  EXPECT_EQ(photo.why,
            "photo.png is a .png file, not a model (OBJ, glTF/GLB, FBX, STL, PLY or DAE) or a storyboard (.json); it "
            "was not opened");
  const DroppedFile folder = classifyDrop(dir / "Models");
  EXPECT_EQ(folder.kind, DroppedFile::Kind::Refused);
  EXPECT_EQ(folder.why.rfind("Models is a folder; drop a model", 0), 0u) << folder.why;
  EXPECT_NE(classifyDrop(dir / "gone.obj").why.find("gone.obj was not opened: it is no longer there"),
            std::string::npos);
  EXPECT_NE(classifyDrop(touch(dir / "README")).why.find("README has no file type"), std::string::npos);

  // Several at once: the first model or storyboard is opened, the others are named.
  const DropPlan plan = planDrop({dir / "photo.png", dir / "hip.glb", dir / "sciatica.json"});
  ASSERT_TRUE(plan.open.has_value());
  EXPECT_EQ(plan.open->path, dir / "hip.glb");
  EXPECT_NE(plan.message.find("photo.png is a .png file"), std::string::npos) << plan.message;
  EXPECT_NE(plan.message.find("one file at a time: sciatica.json not opened"), std::string::npos) << plan.message;
  EXPECT_EQ(plan.message.find('\n'), std::string::npos) << "one line";
  EXPECT_FALSE(planDrop({dir / "Models"}).open.has_value());
  std::filesystem::remove_all(dir);
}
