// Every kind of text file a user writes or keeps (a storyboard, a mapping file, the saved views),
// broken every way: empty, cut short, binary garbage, numbers too large, UTF-16, a folder. Each gives
// one line naming the file, and, where the text is there to point at, the line.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "anatomy/Catalog.hpp"
#include "anatomy/Mapping.hpp"
#include "base/Error.hpp"
#include "options/UserPresets.hpp"
#include "recording/Storyboard.hpp"

using namespace hipscope;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Kind {
  std::string name;
  std::string good;                           // a valid file of this kind
  std::string absurd;                         // the same with a number far too large
  std::function<void(const fs::path&)> read;  // throws UserError
};

std::string errorOf(const Kind& kind, const fs::path& file) {
  try {
    kind.read(file);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(BrokenTextFiles, EveryKindBrokenEveryWayIsOneLineNamingTheFile) {
  const fs::path dir = fs::path(HIPSCOPE_TEST_OUT) / "broken_text";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const Catalog catalog = loadCatalog(fs::path(HIPSCOPE_ASSET_DIR) / "catalog.json");
  const std::string storyboard = readAll(fs::path(HIPSCOPE_TEST_DATA) / "storyboards/short.json");
  const std::string mapping = readAll(fs::path(HIPSCOPE_TEST_DATA) / "mapped/atlas.mapping.json");
  const std::string presets =
      "{\n \"version\": 1,\n \"presets\": [\n  {\"name\": \"Sciatica\", \"set\": [\n    \"camera.zoom=1.5\"]}\n ]\n}\n";
  const std::vector<Kind> kinds{
      {"storyboard", storyboard, std::string(storyboard).replace(storyboard.find("0.5"), 3, "1e999"),
       [](const fs::path& f) { loadStoryboard(f, Settings{}); }},
      {"mapping", mapping, "{\"meshes\": [{\"match\": \"a\", \"id\": \"piriformis_r\", \"x\": 1e999}]}",
       [&](const fs::path& f) { loadMapping(f, catalog); }},
      {"presets", presets, std::string(presets).replace(presets.find("1.5"), 3, "1e999"),
       [](const fs::path& f) {
         const UserPresets p = loadUserPresets(f);
         if (!p.problem.empty()) throw UserError(p.problem);
         for (const UserPreset& view : p.presets)
           if (!view.problem.empty()) throw UserError(view.problem);
       }},
  };
  for (const Kind& kind : kinds) {
    SCOPED_TRACE(kind.name);
    const fs::path ok = dir / (kind.name + "_good.json");
    std::ofstream(ok, std::ios::binary) << kind.good;
    EXPECT_EQ(errorOf(kind, ok), "");

    std::string utf16 = "\xff\xfe";
    for (char c : kind.good) utf16 += std::string{c, '\0'};
    const std::vector<std::pair<std::string, std::string>> cases{
        {"empty", ""},
        {"cut_short", kind.good.substr(0, kind.good.size() / 2)},
        {"garbage", std::string("\x89PNG\r\n\x1a\n\0\0\xff\xfe", 12) + std::string(200, '\x01')},
        {"absurd_number", kind.absurd},
        {"utf16", utf16},
    };
    for (const auto& [name, bytes] : cases) {
      SCOPED_TRACE(name);
      const fs::path file = dir / (kind.name + "_" + name + ".json");
      std::ofstream(file, std::ios::binary) << bytes;
      const std::string e = errorOf(kind, file);
      ASSERT_NE(e, "") << "a broken " << kind.name << " was read";
      EXPECT_NE(e.find(file.filename().string()), std::string::npos) << e;
      EXPECT_EQ(e.find('\n'), std::string::npos) << e;
      if (name != "absurd_number") EXPECT_NE(e.find(" line "), std::string::npos) << e;
      if (name == "empty") EXPECT_NE(e.find("line 1: the file is empty"), std::string::npos) << e;
      if (name == "utf16")
        EXPECT_NE(e.find("line 1: the file is UTF-16 text; save it as UTF-8"), std::string::npos) << e;
      EXPECT_TRUE(std::all_of(e.begin(), e.end(), [](unsigned char c) { return c >= 0x20 && c < 0x7f; }))
          << "not plain text: " << e;
      std::printf("  %-10s %-13s %s\n", kind.name.c_str(), name.c_str(),
                  e.substr(e.find(file.filename().string())).c_str());
    }
    const fs::path folder = dir / (kind.name + "_folder.json");
    fs::create_directories(folder);
    EXPECT_NE(errorOf(kind, folder).find(folder.filename().string() + ": it is a directory"), std::string::npos)
        << errorOf(kind, folder);
  }
}
