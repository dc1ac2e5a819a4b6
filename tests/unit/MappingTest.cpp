// Mapping files: a model's own mesh names (atlas ids, other languages, patterns) to structures and
// layers; every mistake is named with its line and the closest valid name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "anatomy/Mapping.hpp"
#include "base/Error.hpp"

using namespace hipscope;

namespace {

const Catalog& catalog() {
  static const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  return c;
}

std::string errorOf(const std::string& text) {
  try {
    parseMapping(text, "atlas.mapping.json", catalog());
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

MeshPart named(const std::string& name) {
  MeshPart p;
  p.name = name;
  return p;
}

}  // namespace

TEST(Mapping, NamesIdsAndPatternsBecomeStructuresAndLayers) {
  const Mapping m = parseMapping(R"json({"meshes": [
    {"match": "Gluteus maximus muscle (R)", "id": "gluteus_maximus_r"},
    {"match": "12345", "id": "piriformis_l"},
    {"regex": "^Musculus piriformis .*rechts$", "id": "piriformis_r"},
    {"regex": "nerv", "layer": "nerves"}]})json",
                                 "atlas.mapping.json", catalog());
  Model model;
  for (const char* n :
       {"Gluteus maximus muscle (R)", "12345", "Musculus piriformis (M.) rechts", "Nervus ischiadicus", "Femur"})
    model.parts.push_back(named(n));
  const MappingResult r = applyMapping(m, model);
  EXPECT_EQ(r.mapped, 4u);
  EXPECT_EQ(r.meshes, 5u);
  EXPECT_EQ(model.parts[0].name, "gluteus_maximus_r");
  EXPECT_EQ(model.parts[1].name, "piriformis_l");
  EXPECT_EQ(model.parts[2].name, "piriformis_r");
  EXPECT_EQ(model.parts[3].name, "Nervus ischiadicus");  // a layer only: the name stays
  EXPECT_EQ(r.layers.at("Nervus ischiadicus"), LayerId::Nerves);
  EXPECT_EQ(model.parts[4].name, "Femur");  // unmapped: the "other" layer
  EXPECT_EQ(mappingPathFor("/atlas/pelvis.fbx"), std::filesystem::path("/atlas/pelvis.mapping.json"));
}

TEST(Mapping, MistakesNameTheLineAndTheClosestName) {
  EXPECT_EQ(errorOf("{\"meshes\": [\n{\"match\": \"a\", \"id\": \"piriformis_rr\"}]}"),
            "atlas.mapping.json line 2: meshes[0].id: no structure \"piriformis_rr\" (did you mean \"piriformis_r\"?)");
  EXPECT_EQ(errorOf("{\"meshes\": [\n{\"match\": \"a\", \"layer\": \"nerve\"}]}"),
            "atlas.mapping.json line 2: meshes[0].layer: no layer \"nerve\" (did you mean \"nerves\"?)");
  EXPECT_EQ(errorOf("{\"meshes\": [{\"match\": \"a\", \"id\": \"piriformis_r\"},\n\n {\"regex\": \"(\", \"id\": "
                    "\"piriformis_r\"}]}")
                .rfind("atlas.mapping.json line 3: meshes[1].regex: \"(\" is not a valid pattern", 0),
            0u);
  EXPECT_EQ(errorOf("{\"meshes\": [{\"mach\": \"a\", \"id\": \"piriformis_r\"}]}"),
            "atlas.mapping.json line 1: meshes[0]: unknown key \"mach\" (did you mean \"match\"?)");
  EXPECT_NE(
      errorOf("{\"meshes\": [{\"match\": \"a\", \"regex\": \"b\", \"id\": \"piriformis_r\"}]}").find("exactly one of"),
      std::string::npos);
  EXPECT_NE(errorOf("{\"meshes\": [{\"match\": \"a\"}]}").find("needs an \"id\""), std::string::npos);
  EXPECT_NE(errorOf("{\"meshes\": [{\"match\": 5, \"id\": \"piriformis_r\"}]}").find("expected text"),
            std::string::npos);
  EXPECT_EQ(errorOf("{\"mesh\": []}"), "atlas.mapping.json line 1: expected {\"meshes\": [...]}");
  EXPECT_EQ(errorOf("{\"meshes\": [\n").rfind("atlas.mapping.json line 2: not valid JSON (", 0), 0u);
}

// The same rules in TOML (a file named *.toml), found beside the model before a JSON one.
TEST(Mapping, TomlFilesSayTheSameWithTheirOwnLines) {
  const Mapping m = parseMapping(R"toml(# an atlas export in German
[[meshes]]
match = "12345"
id = "piriformis_l"

[[meshes]]
regex = "^Musculus piriformis .*rechts$"
id = "piriformis_r"

[[meshes]]
regex = "nerv"
layer = "nerves"
)toml",
                                 "atlas.mapping.toml", catalog());
  ASSERT_EQ(m.rules.size(), 3u);
  EXPECT_EQ(m.rules[0].line, 2);
  EXPECT_EQ(m.rules[1].line, 6);
  Model model;
  for (const char* n : {"12345", "Musculus piriformis dexter rechts", "Nervus ischiadicus", "Femur"})
    model.parts.push_back(named(n));
  const MappingResult r = applyMapping(m, model);
  EXPECT_EQ(r.mapped, 3u);
  EXPECT_EQ(model.parts[0].name, "piriformis_l");
  EXPECT_EQ(model.parts[1].name, "piriformis_r");
  EXPECT_EQ(r.layers.at("Nervus ischiadicus"), LayerId::Nerves);

  auto tomlError = [](const std::string& text) {
    try {
      parseMapping(text, "atlas.mapping.toml", catalog());
    } catch (const UserError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_EQ(
      tomlError(
          "[[meshes]]\nmatch = \"a\"\nid = \"piriformis_r\"\n\n[[meshes]]\nmatch = \"b\"\nid = \"piriformus_r\"\n"),
      "atlas.mapping.toml line 5: meshes[1].id: no structure \"piriformus_r\" (did you mean \"piriformis_r\"?)");
  EXPECT_EQ(tomlError("[[meshes]]\nmach = \"a\"\nid = \"piriformis_r\"\n"),
            "atlas.mapping.toml line 1: meshes[0]: unknown key \"mach\" (did you mean \"match\"?)");
  EXPECT_EQ(tomlError("[[meshes]]\nmatch = 5\nid = \"piriformis_r\"\n"),
            "atlas.mapping.toml line 1: meshes[0].match: expected text");
  EXPECT_EQ(tomlError("[[mesh]]\nmatch = \"a\"\n")
                .rfind("atlas.mapping.toml line 1: unknown key \"mesh\" (did you mean \"meshes\"?)", 0),
            0u);
  EXPECT_EQ(tomlError("").rfind("atlas.mapping.toml line 1: expected [[meshes]] tables", 0), 0u);
  const std::string broken = tomlError("[[meshes]]\nmatch = \"a\nid = \"piriformis_r\"\n");
  EXPECT_EQ(broken.rfind("atlas.mapping.toml line 2: not valid TOML (", 0), 0u) << broken;
  EXPECT_EQ(broken.find('\n'), std::string::npos) << broken;

  // Beside the model, a TOML mapping is found before a JSON one.
  const std::filesystem::path dir = std::filesystem::path(HIPSCOPE_TEST_OUT) / "mapping_toml";
  std::filesystem::create_directories(dir);
  std::filesystem::remove(dir / "pelvis.mapping.toml");
  EXPECT_EQ(mappingPathFor(dir / "pelvis.obj"), dir / "pelvis.mapping.json");
  std::ofstream(dir / "pelvis.mapping.toml") << "[[meshes]]\nmatch = \"a\"\nid = \"piriformis_r\"\n";
  EXPECT_EQ(mappingPathFor(dir / "pelvis.obj"), dir / "pelvis.mapping.toml");
}
