// "Open…": the desktop portal first, then zenity, then kdialog, then the typed field; stand-in
// zenity and kdialog scripts say what they were asked and answer as the real ones do.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "platform/FileChooser.hpp"

using namespace hipscope;

namespace {

namespace fs = std::filesystem;

// A stand-in chooser that records its arguments and exits with `status`, printing `answer`.
void standIn(const fs::path& dir, const std::string& name, int status, const std::string& answer) {
  fs::create_directories(dir);
  const fs::path script = dir / name;
  std::ofstream(script) << "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" << (dir / (name + ".args")).string() << "\"\necho '"
                        << answer << "'\nexit " << status << "\n";
  chmod(script.c_str(), 0755);
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const FileFilter kModels{"3D models", {"*.obj", "*.glb"}};

class FileChooserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test: ctest runs them side by side.
    root = fs::temp_directory_path() /
           ("hipscope-chooser-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root);
    // No session bus to be found: the portal cannot answer, as on a bare desktop or in CI.
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hipscope-test-bus", 1);
  }
  void TearDown() override { fs::remove_all(root); }
  fs::path root;
};

}  // namespace

TEST_F(FileChooserTest, WithoutAPortalZenityIsAskedWithTheFilter) {
  standIn(root / "a", "zenity", 0, "/home/kim/hip.glb");
  standIn(root / "a", "kdialog", 0, "/never/this.obj");
  const FileChoice choice =
      chooseFile("Open a model", kModels, {{"portal", "zenity", "kdialog"}, (root / "a").string()});
  EXPECT_EQ(choice.via, "zenity");
  ASSERT_TRUE(choice.path.has_value());
  EXPECT_EQ(*choice.path, "/home/kim/hip.glb");
  EXPECT_NE(read(root / "a" / "zenity.args").find("--file-filter=3D models | *.obj *.glb"), std::string::npos);
  EXPECT_FALSE(fs::exists(root / "a" / "kdialog.args")) << "kdialog asked although zenity answered";
}

TEST_F(FileChooserTest, ABrokenOrMissingZenityFallsBackToKdialog) {
  standIn(root / "b", "zenity", 5, "");  // cannot open a display, say
  standIn(root / "b", "kdialog", 0, "/home/kim/pelvis.obj");
  FileChoice choice = chooseFile("Open a model", kModels, {{"portal", "zenity", "kdialog"}, (root / "b").string()});
  EXPECT_EQ(choice.via, "kdialog");
  EXPECT_EQ(choice.path.value_or(""), "/home/kim/pelvis.obj");
  EXPECT_NE(read(root / "b" / "kdialog.args").find("*.obj *.glb|3D models"), std::string::npos);
  fs::remove(root / "b" / "zenity");
  choice = chooseFile("Open a model", kModels, {{"portal", "zenity", "kdialog"}, (root / "b").string()});
  EXPECT_EQ(choice.via, "kdialog");
}

TEST_F(FileChooserTest, CancellingEndsThereAndNoChooserLeavesTheTypedField) {
  standIn(root / "c", "zenity", 1, "");  // the person pressed Cancel
  standIn(root / "c", "kdialog", 0, "/never/this.obj");
  const FileChoice cancelled =
      chooseFile("Open a model", kModels, {{"portal", "zenity", "kdialog"}, (root / "c").string()});
  EXPECT_TRUE(cancelled.cancelled);
  EXPECT_FALSE(cancelled.path.has_value());
  EXPECT_EQ(cancelled.via, "zenity");
  EXPECT_FALSE(fs::exists(root / "c" / "kdialog.args"));

  fs::create_directories(root / "empty");
  const FileChoice none =
      chooseFile("Open a model", kModels, {{"portal", "zenity", "kdialog"}, (root / "empty").string()});
  EXPECT_FALSE(none.path.has_value());
  EXPECT_FALSE(none.cancelled);
  EXPECT_EQ(none.via, "");
  EXPECT_NE(none.message.find("type the model's path"), std::string::npos) << none.message;
}

TEST_F(FileChooserTest, OnAThreadTheAnswerArrivesOnceAndSaysWhenItIsReady) {
  standIn(root / "d", "zenity", 0, "/home/kim/hip.glb");
  FileChooser chooser;
  std::promise<void> woke;
  chooser.start("Open a model", kModels, [&] { woke.set_value(); }, {{"portal", "zenity"}, (root / "d").string()});
  EXPECT_TRUE(chooser.busy());
  woke.get_future().wait();
  const std::optional<FileChoice> choice = chooser.poll();
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(choice->path.value_or(""), "/home/kim/hip.glb");
  EXPECT_FALSE(chooser.busy());
  EXPECT_FALSE(chooser.poll().has_value());
}

TEST_F(FileChooserTest, QuittingWhileTheChooserIsOpenClosesIt) {
  fs::create_directories(root / "e");
  std::ofstream(root / "e" / "zenity") << "#!/bin/sh\nexec sleep 30\n";
  chmod((root / "e" / "zenity").c_str(), 0755);
  const auto started = std::chrono::steady_clock::now();
  {
    FileChooser chooser;
    chooser.start("Open a model", kModels, {}, {{"zenity"}, (root / "e").string()});
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the chooser is up
    EXPECT_FALSE(chooser.ready());
  }  // the window closes
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(), 5.0);
}
