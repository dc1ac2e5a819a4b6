// The anatomy catalog: the shipped file, its agreement with the built-in model, and clear errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

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
    R"("version": 1, "layers": [{"id": "deep_rotators", "clinical": "Deep hip rotators", "lay": "small deep butt muscles", "lay_formal": "small deep buttock muscles", "peel_order": 1}])";

std::string withStructure(const std::string& fields) {
  return std::string("{") + kLayers +
         R"(, "structures": [{"id": "piriformis", "paired": true, "kind": "muscle", "layer": "deep_rotators",
     "depth": 4, "clinical": "Piriformis", "lay": "deep butt muscle", "lay_formal": "deep buttock muscle", "origin": "sacrum", "insertion": "greater trochanter",
     "action": "turns the thigh out", "pain": "It can press on the sciatic nerve.")" +
         fields + "}]}";
}

}  // namespace

TEST(Catalog, ShippedCatalogDescribesEveryStructure) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  EXPECT_EQ(c.layers.size(), 10u);
  for (const char* layer : {"skin", "bones", "superficial_glutes", "deep_rotators", "hip_flexors", "thigh", "calf",
                            "low_back", "ligaments", "nerves"})
    EXPECT_NE(c.layer(layer), nullptr) << layer;
  const Structure* piriformis = c.find("piriformis_r");
  ASSERT_NE(piriformis, nullptr);
  EXPECT_EQ(piriformis->lay, "piriformis (deep butt muscle)");
  EXPECT_EQ(piriformis->layFormal, "piriformis (deep buttock muscle)");
  EXPECT_EQ(piriformis->layer, "deep_rotators");
  EXPECT_EQ(piriformis->side, 'r');
  EXPECT_EQ(c.find("sacrum")->side, 0);
  EXPECT_EQ(c.find("psoas_major_l")->layer, "hip_flexors");
  EXPECT_EQ(c.find("skin")->depth, 1);  // the skin outermost, the gluteus maximus just under it
  EXPECT_EQ(c.find("skin")->kind, StructureKind::Skin);
  EXPECT_EQ(c.find("gluteus_maximus_l")->depth, 2);
  EXPECT_EQ(c.find("sacrospinous_ligament_r")->kind, StructureKind::Ligament);
  EXPECT_EQ(c.layer("skin")->peelOrder, 1);  // peeled first
  for (const Structure& s : c.structures) {
    EXPECT_FALSE(s.lay.empty()) << s.id;
    EXPECT_GE(s.pain.size(), 40u) << s.id << ": the pain note should be a couple of sentences";
  }
}

TEST(Catalog, BothNamesNeverRepeatThemselves) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  EXPECT_EQ(displayName(*c.find("sciatic_nerve_r"), NameMode::Both), "Sciatic nerve (big leg nerve), right");
  EXPECT_EQ(displayName(*c.find("piriformis_l"), NameMode::Both), "Piriformis (deep butt muscle), left");
  EXPECT_EQ(displayName(*c.find("hip_bone_l"), NameMode::Both), "Hip bone (os coxae), left");
  EXPECT_EQ(displayName(*c.find("biceps_femoris_long_r"), NameMode::Both),
            "Biceps femoris (long head; outer hamstring), right");
  for (const Structure& s : c.structures) {
    const std::string both = displayName(s, NameMode::Both);
    std::string lower;
    for (char ch : both) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string clinical;
    for (char ch : s.clinical) clinical += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(lower.find(clinical, 1), std::string::npos) << both << ": the clinical name twice";
    // Short enough for a label in the 3D view, and no brackets inside brackets.
    const auto characters = [](const std::string& text) {  // UTF-8: "–" is one
      return std::count_if(text.begin(), text.end(),
                           [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; });
    };
    EXPECT_LE(characters(s.lay), 34) << s.lay;
    EXPECT_LE(characters(s.layFormal), 34) << s.layFormal;
    int depth = 0, deepest = 0;
    for (char ch : both) deepest = std::max(deepest, depth += ch == '(' ? 1 : ch == ')' ? -1 : 0);
    EXPECT_LE(deepest, 1) << both;
  }
}

TEST(Catalog, TheFormalWordingNeverSaysButt) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const Structure& maximus = *c.find("gluteus_maximus_r");
  EXPECT_EQ(displayName(maximus, NameMode::Lay), "big butt muscle, right");
  EXPECT_EQ(displayName(maximus, NameMode::Lay, NameWording::Formal), "large buttock muscle, right");
  EXPECT_EQ(displayName(maximus, NameMode::Both, NameWording::Formal), "Gluteus maximus (large buttock muscle), right");
  EXPECT_EQ(displayName(maximus, NameMode::Clinical, NameWording::Formal), "Gluteus maximus, right");
  EXPECT_EQ(c.layer("superficial_glutes")->layName(NameWording::Formal), "buttock muscles");
  int butts = 0;
  for (const Structure& s : c.structures) {
    butts += saysButt(s.lay);
    EXPECT_FALSE(saysButt(displayName(s, NameMode::Both, NameWording::Formal))) << s.id;
    if (!saysButt(s.lay)) EXPECT_EQ(s.layFormal, s.lay) << s.id << ": the same name where it says no \"butt\"";
  }
  EXPECT_GE(butts, 8);  // the everyday wording does say it
  for (const Layer& l : c.layers) EXPECT_FALSE(saysButt(l.layName(NameWording::Formal))) << l.id;
  EXPECT_TRUE(saysButt("Butt muscles"));
  EXPECT_FALSE(saysButt("buttock"));
  EXPECT_FALSE(saysButt("rebuttal"));
}

TEST(Catalog, FormalWordingAndPatientWordsAreChecked) {
  std::string noFormal = withStructure("");
  noFormal.replace(noFormal.find("\"lay_formal\": \"deep buttock muscle\","), 37, "");
  EXPECT_NE(errorOf(noFormal).find("structures[0] (\"piriformis\").lay: says \"butt\": add \"lay_formal\""),
            std::string::npos)
      << errorOf(noFormal);
  std::string stillButt = withStructure("");
  stillButt.replace(stillButt.find("deep buttock muscle"), 19, "deep butt muscle!!!");
  EXPECT_NE(errorOf(stillButt).find(".lay_formal: says \"butt\""), std::string::npos) << errorOf(stillButt);
  EXPECT_NE(errorOf(withStructure(R"(, "patient_words": "sciatica")")).find(".patient_words: expected an array"),
            std::string::npos);
  EXPECT_NE(errorOf(withStructure(R"(, "patient_words": ["sciatica", ""])")).find(".patient_words[1]: expected a word"),
            std::string::npos);
  EXPECT_NE(errorOf(withStructure(R"(, "patient_words": ["Sciatica", "sciatica"])"))
                .find(".patient_words[1]: \"sciatica\" appears twice"),
            std::string::npos);
  const Catalog c = parseCatalog(withStructure(R"(, "patient_words": ["sciatica", "buttock pain"])"), "catalog.json");
  EXPECT_EQ(c.find("piriformis_l")->patientWords, (std::vector<std::string>{"sciatica", "buttock pain"}));
}

namespace {

std::vector<std::string> found(const Catalog& c, const std::string& query) {
  std::vector<std::string> ids;
  for (const Structure& s : c.structures)
    if (matchesSearch(s, query)) ids.push_back(s.id);
  return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST(Catalog, SearchFindsStructuresInThePatientsWords) {
  const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  const auto sciatica = found(c, "Sciatica");
  for (const char* id :
       {"piriformis_l", "piriformis_r", "sciatic_nerve_l", "sciatic_nerve_r", "disc_l4_l5", "disc_l5_s1"})
    EXPECT_TRUE(has(sciatica, id)) << id;
  for (const char* id : {"gluteus_maximus_r", "femur_l", "psoas_major_r", "l1", "rectus_femoris_l"})
    EXPECT_FALSE(has(sciatica, id)) << id;
  const auto lowBack = found(c, " low back ");
  for (const char* id : {"l1", "l3", "l5", "disc_l4_l5", "sacrum", "hip_bone_l", "quadratus_lumborum_r",
                         "erector_spinae_l", "iliacus_r", "psoas_major_l"})
    EXPECT_TRUE(has(lowBack, id)) << id;
  for (const char* id : {"piriformis_r", "femur_l", "semitendinosus_r", "quadratus_femoris_l", "coccyx"})
    EXPECT_FALSE(has(lowBack, id)) << id;
  const auto groin = found(c, "GROIN");
  for (const char* id : {"iliacus_l", "psoas_major_r", "adductor_magnus_l", "obturator_externus_r"})
    EXPECT_TRUE(has(groin, id)) << id;
  for (const char* id : {"piriformis_l", "sciatic_nerve_r", "l4", "gluteus_maximus_l"})
    EXPECT_FALSE(has(groin, id)) << id;
  EXPECT_TRUE(found(c, "frobnication").empty());
  EXPECT_EQ(found(c, "").size(), c.structures.size());
  // Both names and the id still find a structure, whatever the wording on screen.
  EXPECT_TRUE(has(found(c, "buttock muscle"), "gluteus_maximus_l"));
  EXPECT_TRUE(has(found(c, "big butt"), "gluteus_maximus_l"));
  EXPECT_TRUE(has(found(c, "Gemellus"), "gemellus_superior_r"));
  EXPECT_TRUE(has(found(c, "quadratus_femoris"), "quadratus_femoris_r"));
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
  missing.replace(missing.find("\"lay_formal\": \"deep buttock muscle\","), 37, "");
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
