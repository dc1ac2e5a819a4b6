// What the window remembers: preferences changed in the panel, not what is being shown; the command
// line wins; a remembered value that no longer fits is said, not silently dropped.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "options/OptionRegistry.hpp"
#include "session/Preferences.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

TEST(Preferences, RememberWhatWasChangedAndLetTheCommandLineWin) {
  const fs::path dir = fs::temp_directory_path() / "hipscope-prefs-test";
  fs::remove_all(dir);
  const OptionRegistry& r = OptionRegistry::instance();
  EXPECT_TRUE(isPreference("names"));
  EXPECT_TRUE(isPreference("record.watermark"));
  EXPECT_FALSE(isPreference("scenario"));
  EXPECT_FALSE(isPreference("tension.piriformis_r"));
  EXPECT_FALSE(isPreference("camera.zoom"));

  // A first run: the panel changes the naming and the watermark, and a scenario (not remembered).
  Settings startup, now;
  r.set(now, "names", "lay", "panel");
  r.set(now, "record.watermark", "Praxis Weber", "panel");
  r.set(now, "scenario", "both", "panel");
  Preferences first = loadPreferences(dir);
  EXPECT_TRUE(first.problems.empty());
  first.windowWidth = 1200, first.windowHeight = 800;
  savePreferences(dir, first, startup, now);

  // The next run: both come back, the scenario does not; the command line's names win.
  Preferences second = loadPreferences(dir);
  EXPECT_EQ(second.windowWidth, 1200);
  Settings fromCommandLine;
  r.set(fromCommandLine, "names", "clinical", "--set");
  applyPreferences(second, fromCommandLine);
  EXPECT_EQ(formatValue(*r.find("names"), fromCommandLine), "clinical");
  EXPECT_EQ(fromCommandLine.record.watermark, "Praxis Weber");
  EXPECT_EQ(fromCommandLine.scenario, 0);
  EXPECT_TRUE(second.problems.empty());

  // A value that no longer fits, and an option that no longer exists: both said, both forgotten.
  std::ofstream(dir / "settings.json") << R"({"options": {"record.fps": "25", "camera.fob": "30", "labels": "true"}})";
  Preferences third = loadPreferences(dir);
  Settings s;
  applyPreferences(third, s);
  EXPECT_TRUE(s.labels);
  ASSERT_EQ(third.problems.size(), 2u);
  EXPECT_NE(third.problems[0].find("camera.fob is no longer an option"), std::string::npos) << third.problems[0];
  EXPECT_NE(third.problems[1].find("record.fps=25"), std::string::npos) << third.problems[1];
  // A damaged file: said once, defaults used.
  std::ofstream(dir / "settings.json") << "{ broken";
  EXPECT_EQ(loadPreferences(dir).problems.size(), 1u);
  // A window size that cannot be: said, the default size used.
  std::ofstream(dir / "settings.json") << "{\"options\": {}}";
  for (const char* window :
       {R"({"width": 100000, "height": 800})", R"({"width": "wide", "height": 800})", "[1200, 800]"}) {
    std::ofstream(dir / "window.json") << window;
    const Preferences p = loadPreferences(dir);
    EXPECT_EQ(p.windowWidth, 0) << window;
    ASSERT_EQ(p.problems.size(), 1u) << window;
    EXPECT_NE(p.problems[0].find("window.json does not hold a window size"), std::string::npos) << p.problems[0];
  }
  fs::remove_all(dir);
}

TEST(Preferences, ARememberedValueTheCheckRefusesIsSaidOnceAndForgotten) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "hipscope-prefs-check";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "settings.json") << R"({"options": {"record.logo": "/gone/logo.png", "labels": "true"}})";
  auto check = [](const std::string& key, const std::string& value) -> std::string {
    return key == "record.logo" && !std::filesystem::exists(value) ? "cannot read " + value : "";
  };
  Preferences prefs = loadPreferences(dir);
  Settings s;
  applyPreferences(prefs, s, check);
  EXPECT_TRUE(s.labels);
  EXPECT_TRUE(s.record.logo.empty());
  ASSERT_EQ(prefs.problems.size(), 1u);
  EXPECT_NE(prefs.problems[0].find("record.logo: cannot read /gone/logo.png"), std::string::npos) << prefs.problems[0];
  EXPECT_NE(prefs.problems[0].find("forgotten"), std::string::npos) << prefs.problems[0];
  savePreferences(dir, prefs, s, s);
  // The next start: nothing to say, the logo is gone from the file.
  Preferences next = loadPreferences(dir);
  Settings again;
  applyPreferences(next, again, check);
  EXPECT_TRUE(next.problems.empty());
  EXPECT_EQ(next.options.count("record.logo"), 0u);
  EXPECT_TRUE(again.labels);
  std::filesystem::remove_all(dir);
}
