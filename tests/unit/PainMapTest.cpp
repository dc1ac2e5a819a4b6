// The pain map's knowledge: the zones and pain.sites, the catalog's referral and nerve patterns, and
// the ranking of the structures whose pattern covers the painted zones.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "anatomy/PainMap.hpp"
#include "base/Error.hpp"
#include "options/OptionRegistry.hpp"
#include "view/ModelSource.hpp"

using namespace hipscope;

namespace {

const Catalog& shipped() {
  static const Catalog c = loadCatalog(HIPSCOPE_ASSET_DIR "/catalog.json");
  return c;
}

std::string errorOf(std::string_view sites) {
  try {
    parsePainSites(sites);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

std::string catalogError(const std::string& referral) {
  const std::string text =
      R"({"version": 1, "layers": [{"id": "deep_rotators", "clinical": "Deep hip rotators", "lay": "deep hip muscles",
      "peel_order": 1}], "structures": [{"id": "piriformis", "paired": true, "kind": "muscle", "layer": "deep_rotators",
      "depth": 4, "clinical": "Piriformis", "lay": "deep hip muscle", "origin": "sacrum", "insertion": "trochanter",
      "action": "turns the thigh out", "pain": "It can press on the nerve.", "referral": )" +
      referral + "}]}";
  try {
    parseCatalog(text, "catalog.json");
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

int rankOf(const PainAnalysis& a, const std::string& id, bool nerve = false) {
  for (std::size_t i = 0; i < a.candidates.size(); ++i)
    if (a.candidates[i].id == id && a.candidates[i].nerve == nerve) return static_cast<int>(i);
  return -1;
}

PainAnalysis analyse(std::string_view sites) { return analysePain(shipped(), parsePainSites(sites)); }

void print(const PainAnalysis& a) {
  for (std::size_t i = 0; i < a.candidates.size() && i < 5; ++i)
    std::printf("  %zu. %s%s %.3f\n", i + 1, a.candidates[i].id.c_str(),
                a.candidates[i].nerve ? (" on " + a.candidates[i].nerveId).c_str() : "", a.candidates[i].score);
  std::printf("  pattern: %s\n", a.pattern.c_str());
}

}  // namespace

TEST(PainMap, ZoneIdsRoundTrip) {
  EXPECT_EQ(kZoneCount, 33);
  EXPECT_EQ(zoneId(0), "low_back_l");
  EXPECT_EQ(zoneId(3), "sacroiliac_r");
  EXPECT_EQ(zoneId(kCoccyxZone), "coccyx");
  for (int z = 0; z < kZoneCount; ++z) EXPECT_EQ(findZone(zoneId(z)), z);
  EXPECT_FALSE(findZone("buttock"));  // an exact id has its side
  EXPECT_FALSE(findZone("coccyx_r"));
}

TEST(PainMap, SitesWithoutSideMeanBothSides) {
  const std::vector<int> zones = parsePainSites("calf_r,buttock,coccyx,calf_r,");
  EXPECT_EQ(formatPainSites(zones), "buttock_l,buttock_r,calf_r,coccyx");
  EXPECT_TRUE(parsePainSites("").empty());
  EXPECT_EQ(parsePainSites(formatPainSites(zones)), zones);
}

TEST(PainMap, WrongZoneNamesTheClosest) {
  EXPECT_EQ(errorOf("buttock_r,calff_r"), "pain.sites: \"calff_r\" is not a pain zone (did you mean \"calf_r\"?)");
  EXPECT_NE(errorOf("lateral_tigh").find("did you mean \"lateral_thigh\""), std::string::npos);
  EXPECT_NE(errorOf("coccyx_l").find("\"coccyx_l\" is not a pain zone"), std::string::npos);
}

TEST(PainMap, OptionIsAViewOption) {
  const OptionSpec* spec = OptionRegistry::instance().find("pain.sites");
  ASSERT_TRUE(spec);
  EXPECT_EQ(spec->kind, OptionKind::Text);
  EXPECT_TRUE(spec->has(role::kView));
  EXPECT_FALSE(spec->help.empty());
}

// --set, storyboard steps and the panel's values all pass through checkStructureOptions.
TEST(PainMap, OptionIsCheckedWithTheOtherStructureOptions) {
  Settings settings;
  OptionRegistry::instance().set(settings, "pain.sites", "buttock,calf_r");
  EXPECT_NO_THROW(checkStructureOptions(settings, Model{}));
  OptionRegistry::instance().set(settings, "pain.sites", "buttock,calff_r");
  try {
    checkStructureOptions(settings, Model{});
    ADD_FAILURE() << "a wrong zone passed";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("did you mean \"calf_r\""), std::string::npos) << e.what();
  }
}

TEST(PainMap, CatalogReferralZonesAreChecked) {
  EXPECT_EQ(catalogError(R"({"core": ["buttock"], "spill": ["thigh"], "source": "T&S", "why": "It aches."})")
                .rfind("catalog.json: structures[0] (\"piriformis\").referral.spill: unknown zone \"thigh\"", 0),
            0u);
  EXPECT_NE(catalogError(R"({"core": ["buttock_r"], "source": "T&S", "why": "It aches."})").find("unknown zone"),
            std::string::npos);
  EXPECT_NE(catalogError(R"({"core": [], "source": "T&S", "why": "It aches."})").find("at least one zone"),
            std::string::npos);
  EXPECT_NE(catalogError(R"({"core": ["buttock"], "why": "It aches."})").find("\"source\""), std::string::npos);
  EXPECT_NE(catalogError(R"({"core": ["buttock"], "spill": ["buttock"], "source": "T&S", "why": "It aches."})")
                .find("also in \"core\""),
            std::string::npos);
  EXPECT_EQ(catalogError(R"({"core": ["buttock", "coccyx"], "source": "T&S", "why": "It aches."})"), "");
}

TEST(PainMap, EveryMuscleOfTheListedGroupsHasAPatternWithASource) {
  const std::set<std::string> layers{"superficial_glutes", "deep_rotators", "hip_flexors", "thigh", "low_back", "calf"};
  int muscles = 0;
  for (const Structure& s : shipped().structures) {
    if (s.kind != StructureKind::Muscle) {
      EXPECT_FALSE(s.referral) << s.id;
      continue;
    }
    EXPECT_TRUE(layers.count(s.layer)) << s.id << " is in layer " << s.layer;
    ASSERT_TRUE(s.referral) << s.id << " has no referral pattern";
    ++muscles;
    EXPECT_FALSE(s.referral->core.empty()) << s.id;
    EXPECT_NE(s.referral->source.find("Travell & Simons"), std::string::npos) << s.id;
    EXPECT_FALSE(s.referral->why.empty()) << s.id;
    EXPECT_FALSE(referralZones(shipped(), s.id).empty()) << s.id;
  }
  EXPECT_EQ(muscles, 62);  // 31 muscles a side
  ASSERT_EQ(shipped().nervePatterns.size(), 3u);
  for (const NervePattern& p : shipped().nervePatterns) {
    EXPECT_FALSE(p.source.empty()) << p.id;
    EXPECT_NE(p.pattern.find("nerve"), std::string::npos) << p.id;
  }
}

TEST(PainMap, ReferralZonesAreOnTheMusclesSide) {
  const std::vector<ZoneWeight> minimus = referralZones(shipped(), "gluteus_minimus_r");
  ASSERT_FALSE(minimus.empty());
  for (const ZoneWeight& z : minimus) EXPECT_EQ(zoneId(z.zone).back(), 'r') << zoneId(z.zone);
  auto weightOf = [](const std::vector<ZoneWeight>& zones, std::string_view id) {
    for (const ZoneWeight& z : zones)
      if (z.zone == *findZone(id)) return z.weight;
    return 0.0f;
  };
  EXPECT_FLOAT_EQ(weightOf(minimus, "lateral_leg_r"), 1.0f);  // core
  EXPECT_FLOAT_EQ(weightOf(minimus, "calf_r"), 0.5f);         // spill-over (the posterior fibres)
  EXPECT_FLOAT_EQ(weightOf(referralZones(shipped(), "gluteus_maximus_l"), "coccyx"), 1.0f);
  EXPECT_TRUE(referralZones(shipped(), "femur_r").empty());
  // A nerve root's pattern is soft: no zone is certain, and it fades into the zones around it.
  const std::vector<ZoneWeight> l5 = referralZones(shipped(), "disc_l4_l5");
  ASSERT_FALSE(l5.empty());
  for (const ZoneWeight& z : l5) EXPECT_LT(z.weight, 1.0f) << zoneId(z.zone);
  EXPECT_GT(weightOf(l5, "foot_top_l"), weightOf(l5, "lateral_thigh_l"));
  EXPECT_GT(weightOf(l5, "lateral_thigh_l"), weightOf(l5, "knee_l"));
  EXPECT_GT(weightOf(l5, "knee_r"), 0.0f);
}

TEST(PainMap, PainBelowTheKneeAlongTheNerveRanksTheSciaticNerve) {
  const PainAnalysis a = analyse("buttock_r,posterior_thigh_r,calf_r");
  print(a);
  const int at = rankOf(a, "piriformis_r", /*nerve=*/true);
  ASSERT_GE(at, 0);
  EXPECT_LE(at, 1);
  EXPECT_EQ(a.candidates[static_cast<std::size_t>(at)].nerveId, "sciatic_nerve_r");
  EXPECT_NE(a.pattern.find("sciatic nerve"), std::string::npos);
  for (std::size_t i = 1; i < a.candidates.size(); ++i) {
    EXPECT_LE(a.candidates[i].score, a.candidates[i - 1].score);
    EXPECT_GT(a.candidates[i].score, 0.0);
    EXPECT_LE(a.candidates[i - 1].score, 1.0);
  }
}

TEST(PainMap, SideOfThighAndLegRanksGluteusMinimus) {
  const PainAnalysis a = analyse("lateral_thigh_r,lateral_leg_r");
  print(a);
  const int at = rankOf(a, "gluteus_minimus_r");
  EXPECT_TRUE(at == 0 || at == 1) << at;
  EXPECT_NE(a.candidates.at(static_cast<std::size_t>(std::max(at, 0))).why.find("gluteus minimus"), std::string::npos);
}

TEST(PainMap, LowBackAndButtockRankMuscles) {
  const PainAnalysis a = analyse("low_back_r,sacroiliac_r,buttock_r");
  print(a);
  const int ql = rankOf(a, "quadratus_lumborum_r"), medius = rankOf(a, "gluteus_medius_r");
  EXPECT_TRUE((ql >= 0 && ql < 3) || (medius >= 0 && medius < 3)) << ql << " " << medius;
  EXPECT_FALSE(a.candidates.at(0).nerve);
  EXPECT_EQ(a.pattern.find("nerve"), std::string::npos) << a.pattern;
}

TEST(PainMap, GroinAndFrontOfThighRankIliopsoas) {
  const PainAnalysis a = analyse("groin_r,anterior_thigh_r");
  print(a);
  const int psoas = rankOf(a, "psoas_major_r"), iliacus = rankOf(a, "iliacus_r");
  EXPECT_TRUE((psoas >= 0 && psoas < 3) || (iliacus >= 0 && iliacus < 3)) << psoas << " " << iliacus;
}

TEST(PainMap, TopOfFootAndSideOfLegRankTheL5Root) {
  const PainAnalysis a = analyse("lateral_leg_l,foot_top_l");
  print(a);
  ASSERT_FALSE(a.candidates.empty());
  EXPECT_EQ(a.candidates[0].id, "disc_l4_l5");
  EXPECT_EQ(a.candidates[0].nerveId, "sciatic_nerve_l");
  EXPECT_NE(a.pattern.find("L5 nerve root"), std::string::npos);
}

TEST(PainMap, OneSidePaintedRanksOnlyThatSide) {
  const PainAnalysis left = analyse("buttock_l,posterior_thigh_l,calf_l");
  ASSERT_FALSE(left.candidates.empty());
  for (const PainCandidate& c : left.candidates) {
    EXPECT_FALSE(c.id.ends_with("_r")) << c.id;
    EXPECT_FALSE(c.nerveId.ends_with("_r")) << c.id;
  }
  const PainAnalysis both = analyse("buttock");
  EXPECT_GE(rankOf(both, "piriformis_l"), 0);
  EXPECT_GE(rankOf(both, "piriformis_r"), 0);
  EXPECT_TRUE(analyse("").candidates.empty());
  EXPECT_TRUE(analyse("").pattern.empty());
}

// More of the cases a therapist meets every week, each with the muscles the literature names for it
// (Travell & Simons vol. 2: the chapter of each muscle; Murphy et al. 2009 and Taylor et al. 2013 for S1).
namespace {

// Whether one of `ids` ranks within the first `top` candidates.
bool amongTop(const PainAnalysis& a, std::initializer_list<const char*> ids, int top) {
  for (const char* id : ids)
    if (const int at = rankOf(a, id); at >= 0 && at < top) return true;
  return false;
}

}  // namespace

// S1: the back of the thigh, the calf and the sole (ch. on radicular pain; Taylor et al. 2013).
TEST(PainMap, CalfSoleAndBackOfThighRankTheS1Root) {
  const PainAnalysis a = analyse("posterior_thigh_r,calf_r,foot_sole_r");
  print(a);
  bool s1 = false;
  for (std::size_t i = 0; i < a.candidates.size() && i < 2; ++i)
    s1 |= a.candidates[i].id == "disc_l5_s1" && a.candidates[i].nerve;
  EXPECT_TRUE(s1) << "the S1 root among the first two";
}

// The front of the knee: rectus femoris and vastus medialis (ch. 14, quadriceps).
TEST(PainMap, FrontOfTheKneeRanksTheQuadriceps) {
  const PainAnalysis a = analyse("knee_r,anterior_thigh_r");
  print(a);
  EXPECT_TRUE(amongTop(a, {"rectus_femoris_r", "vastus_medialis_r", "vastus_intermedius_r"}, 3));
  EXPECT_FALSE(a.candidates.at(0).nerve);
}

// The groin and the inside of the thigh: adductor longus and brevis, pectineus (ch. 13, 15).
TEST(PainMap, GroinAndInnerThighRankTheAdductors) {
  const PainAnalysis a = analyse("groin_l,medial_thigh_l");
  print(a);
  EXPECT_TRUE(amongTop(a, {"adductor_longus_l", "adductor_brevis_l", "adductor_magnus_l", "pectineus_l"}, 3));
}

// The tailbone: gluteus maximus and obturator internus (ch. 6, 7); never the sciatic nerve.
TEST(PainMap, TheTailboneRanksGluteusMaximusOrObturatorInternus) {
  const PainAnalysis a = analyse("coccyx,buttock_r");
  print(a);
  EXPECT_TRUE(amongTop(a, {"gluteus_maximus_r", "obturator_internus_r", "multifidus_r"}, 3));
  EXPECT_FALSE(a.candidates.at(0).nerve);
}

// The side of the hip and thigh down to the knee: tensor fasciae latae, vastus lateralis, gluteus
// minimus (ch. 9, 12, 14).
TEST(PainMap, SideOfTheHipAndThighRankTFLAndVastusLateralis) {
  const PainAnalysis a = analyse("lateral_hip_r,lateral_thigh_r");
  print(a);
  EXPECT_TRUE(amongTop(a, {"tensor_fasciae_latae_r", "vastus_lateralis_r", "gluteus_minimus_r"}, 3));
}

// The back of the thigh and of the knee, nothing below: the hamstrings (ch. 16), a muscle before the nerve.
TEST(PainMap, BackOfTheThighAndKneeRankTheHamstrings) {
  const PainAnalysis a = analyse("posterior_thigh_r,knee_r");
  print(a);
  EXPECT_TRUE(amongTop(a, {"biceps_femoris_long_r", "semitendinosus_r", "semimembranosus_r"}, 3));
  EXPECT_FALSE(a.candidates.at(0).nerve);
}

// The calf and the heel: soleus and gastrocnemius (ch. 21, 22).
TEST(PainMap, CalfAndHeelRankTheCalfMuscles) {
  const PainAnalysis a = analyse("calf_r,ankle_r");
  print(a);
  EXPECT_TRUE(amongTop(a, {"soleus_r", "gastrocnemius_r"}, 2));
}

// Sciatica painted in one stroke from the buttock down the back of the thigh, behind the knee, into the
// calf: the nerve runs behind the knee, so crossing it keeps the nerve pattern first (Hopayian et al. 2010).
TEST(PainMap, SciaticaPaintedThroughTheBackOfTheKneeStillRanksTheNerve) {
  const PainAnalysis a = analyse("buttock_r,posterior_thigh_r,knee_r,calf_r");
  print(a);
  ASSERT_FALSE(a.candidates.empty());
  EXPECT_TRUE(a.candidates[0].nerve) << a.candidates[0].id;
  EXPECT_NE(a.pattern.find("sciatic nerve"), std::string::npos) << a.pattern;
}
