// The anatomy catalog: the shipped file, its agreement with the built-in model, and clear errors.
#include <gtest/gtest.h>

#include "anatomy/Catalog.hpp"
#include "base/Error.hpp"
#include "scene/ModelLoader.hpp"

using namespace hipscope;

namespace {

std::string errorOf(const std::string& text) {
  try {
    parseCatalog(text, "catalog.json");
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

const char* kLayers =
    R"("version": 1, "layers": [{"id": "deep_rotators", "clinical": "Deep hip rotators", "lay": "small deep butt muscles", "peel_order": 1}])";

std::string withStructure(const std::string& fields) {
  return std::string("{") + kLayers +
         R"(, "structures": [{"id": "piriformis", "paired": true, "kind": "muscle", "layer": "deep_rotators",
     "depth": 4, "clinical": "Piriformis", "lay": "deep butt muscle", "origin": "sacrum", "insertion": "greater trochanter",
     "action": "turns the thigh out", "pain": "It can press on the sciatic nerve.")" +
         fields + "}]}";
}

}  // namespace

TEST(Catalog, ShippedCatalogDescribesEveryStructure) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  EXPECT_EQ(c.layers.size(), 7u);
  for (const char* layer :
       {"bones", "superficial_glutes", "deep_rotators", "hip_flexors", "thigh", "low_back", "nerves"})
    EXPECT_NE(c.layer(layer), nullptr) << layer;
  const Structure* piriformis = c.find("piriformis_r");
  ASSERT_NE(piriformis, nullptr);
  EXPECT_EQ(piriformis->lay, "deep butt muscle");
  EXPECT_EQ(piriformis->layer, "deep_rotators");
  EXPECT_EQ(piriformis->side, 'r');
  EXPECT_EQ(c.find("sacrum")->side, 0);
  EXPECT_EQ(c.find("psoas_major_l")->layer, "hip_flexors");
  EXPECT_EQ(c.find("gluteus_maximus_l")->depth, 1);
  for (const Structure& s : c.structures) {
    EXPECT_FALSE(s.lay.empty()) << s.id;
    EXPECT_GE(s.pain.size(), 40u) << s.id << ": the pain note should be a couple of sentences";
  }
}

TEST(Catalog, BothNamesNeverRepeatThemselves) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  EXPECT_EQ(displayName(*c.find("sciatic_nerve_r"), NameMode::Both), "Sciatic nerve (big leg nerve), right");
  EXPECT_EQ(displayName(*c.find("piriformis_l"), NameMode::Both), "Piriformis (deep butt muscle), left");
  for (const Structure& s : c.structures) {
    const std::string both = displayName(s, NameMode::Both);
    std::string lower;
    for (char ch : both) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string clinical;
    for (char ch : s.clinical) clinical += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(lower.find(clinical, 1), std::string::npos) << both << ": the clinical name twice";
  }
}

TEST(Catalog, BuiltInModelAndCatalogAgree) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const Model m = loadModel(HIPSCOPE_ASSET_DIR "/hipscope.glb");
  const auto problems = catalogMismatches(c, m);
  EXPECT_TRUE(problems.empty()) << problems.size() << " mismatches, first: " << (problems.empty() ? "" : problems[0]);
  EXPECT_EQ(m.parts.size(), c.structures.size());
}

TEST(Catalog, MismatchesAreNamedBothWays) {
  const Catalog c = parseCatalog(withStructure(""), "catalog.json");
  Model m;
  m.parts.push_back(MeshPart{"piriformis_l", {}, {}, {}});
  m.parts.push_back(MeshPart{"piriformus_x", {}, {}, {}});
  const auto problems = catalogMismatches(c, m);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "catalog entry \"piriformis_r\" has no mesh in the model");
  EXPECT_NE(problems[1].find("mesh \"piriformus_x\" has no catalog entry (did you mean"), std::string::npos)
      << problems[1];
}

TEST(Catalog, ErrorsNameTheFileThePlaceAndTheFix) {
  const std::string broken = "{\n  \"version\": 1,\n  oops\n}";
  EXPECT_EQ(errorOf(broken).rfind("catalog.json line 3: not valid JSON", 0), 0u) << errorOf(broken);
  std::string text = withStructure("");
  text.replace(text.find("\"layer\": \"deep_rotators\""), 24, "\"layer\": \"deep_rotator\"");
  EXPECT_NE(
      errorOf(text).find(
          "structures[0] (\"piriformis\").layer: unknown layer \"deep_rotator\" (did you mean \"deep_rotators\"?)"),
      std::string::npos)
      << errorOf(text);
  std::string kind = withStructure("");
  kind.replace(kind.find("\"kind\": \"muscle\""), 16, "\"kind\": \"musle\"");
  EXPECT_NE(errorOf(kind).find("unknown kind \"musle\" (did you mean \"muscle\"?)"), std::string::npos)
      << errorOf(kind);
  std::string missing = withStructure("");
  missing.replace(missing.find("\"lay\": \"deep butt muscle\","), 26, "");
  EXPECT_NE(errorOf(missing).find("structures[0] (\"piriformis\"): missing \"lay\""), std::string::npos)
      << errorOf(missing);
  EXPECT_NE(errorOf("[]").find("top level"), std::string::npos);
  EXPECT_NE(errorOf(R"({"version": 2, "layers": [], "structures": []})").find("version: expected 1"),
            std::string::npos);
}

TEST(Catalog, DuplicateIdsAreRejected) {
  std::string text = withStructure("");
  const auto start = text.find("[{\"id\": \"piriformis\"");
  const auto end = text.rfind("}]}");
  const std::string structure = text.substr(start + 1, end - start);
  text.insert(end + 1, ", " + structure);
  EXPECT_NE(errorOf(text).find("\"piriformis_l\" appears twice"), std::string::npos) << errorOf(text);
}
