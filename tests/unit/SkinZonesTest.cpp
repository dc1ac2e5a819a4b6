// The skin's pain zones on the built-in model: every zone is there, the sides mirror each other, and
// each zone lies where a pain drawing puts it against the skeleton (the buttock behind the hip joint,
// the groin in front of it, the calf behind the shin bone, the sole lowest).
#include <gtest/gtest.h>

#include <cmath>

#include "BuiltInModel.hpp"
#include "view/SkinZones.hpp"

namespace hipscope {
namespace {

struct Tagged {
  const MeshPart* skin = nullptr;
  SkinLandmarks lm;
  std::vector<ZoneTag> tags;
  std::array<ZoneCentre, kZoneCount> centres{};
};

const Tagged& tagged() {
  static const Tagged t = [] {
    Tagged out;
    const LoadedModel& m = test::builtIn();
    out.skin = m.model.find("skin");
    if (!out.skin || !m.mechanics) return out;
    out.lm = *skinLandmarks(*m.mechanics, *out.skin);
    out.tags = tagSkin(out.lm, *out.skin);
    out.centres = zoneCentres(*out.skin, out.tags);
    return out;
  }();
  return t;
}

int zone(const char* id) { return *findZone(id); }
glm::vec3 centre(const char* id) { return tagged().centres[static_cast<std::size_t>(zone(id))].position; }

TEST(SkinZones, EveryZoneHasSkin) {
  const Tagged& t = tagged();
  ASSERT_NE(t.skin, nullptr);
  for (int z = 0; z < kZoneCount; ++z) {
    const std::size_t count = t.centres[static_cast<std::size_t>(z)].vertices;
    std::cout << zoneId(z) << ": " << count << " vertices\n";
    EXPECT_GE(count, 20u) << zoneId(z);
  }
}

TEST(SkinZones, SidesAreMirrorImages) {
  const Tagged& t = tagged();
  ASSERT_NE(t.skin, nullptr);
  for (std::size_t k = 0; k < kPairedZones.size(); ++k) {
    const ZoneCentre& l = t.centres[2 * k];
    const ZoneCentre& r = t.centres[2 * k + 1];
    EXPECT_GT(l.position.x, 0.0f) << kPairedZones[k];  // +X is the subject's left
    EXPECT_NEAR(l.position.x, -r.position.x, 0.01f) << kPairedZones[k];
    EXPECT_NEAR(l.position.y, r.position.y, 0.01f) << kPairedZones[k];
    EXPECT_NEAR(l.position.z, r.position.z, 0.01f) << kPairedZones[k];
    const double ratio = double(l.vertices) / double(std::max<std::size_t>(r.vertices, 1));
    EXPECT_NEAR(ratio, 1.0, 0.15) << kPairedZones[k];
  }
  EXPECT_NEAR(t.centres[kCoccyxZone].position.x, 0.0f, 0.005f);
}

TEST(SkinZones, ZonesLieWhereAPainDrawingPutsThem) {
  const Tagged& t = tagged();
  ASSERT_NE(t.skin, nullptr);
  const glm::vec3 hip = t.lm.hip[1], knee = t.lm.knee[1], ankle = t.lm.ankle[1];
  EXPECT_LT(centre("buttock_r").z, hip.z - 0.04f);      // behind the hip joint
  EXPECT_GT(centre("groin_r").z, hip.z + 0.04f);        // in front of it
  EXPECT_LT(centre("lateral_hip_r").x, hip.x - 0.05f);  // out over the greater trochanter
  EXPECT_GT(centre("low_back_r").y, centre("sacroiliac_r").y);
  EXPECT_GT(centre("sacroiliac_r").y, centre("coccyx").y);
  EXPECT_LT(centre("coccyx").z, hip.z - 0.05f);
  // The thigh's quarters round the femur, between hip and knee.
  for (const char* q : {"anterior_thigh_r", "medial_thigh_r", "lateral_thigh_r", "posterior_thigh_r"}) {
    EXPECT_LT(centre(q).y, hip.y) << q;
    EXPECT_GT(centre(q).y, knee.y) << q;
  }
  EXPECT_GT(centre("anterior_thigh_r").z, centre("posterior_thigh_r").z + 0.07f);
  EXPECT_LT(centre("lateral_thigh_r").x, centre("medial_thigh_r").x - 0.06f);  // right side: lateral is -X
  EXPECT_NEAR(centre("knee_r").y, knee.y, 0.02f);
  EXPECT_LT(centre("calf_r").z, knee.z - 0.03f);  // behind the tibia
  EXPECT_GT(centre("shin_r").z, centre("calf_r").z + 0.05f);
  EXPECT_LT(centre("lateral_leg_r").x, centre("shin_r").x - 0.02f);
  EXPECT_NEAR(centre("ankle_r").y, ankle.y, 0.04f);
  EXPECT_GT(centre("foot_top_r").y, centre("foot_sole_r").y);
  // The sole is the lowest zone.
  for (int z = 0; z < kZoneCount; ++z)
    if (z != zone("foot_sole_l") && z != zone("foot_sole_r"))
      EXPECT_GT(t.centres[static_cast<std::size_t>(z)].position.y, centre("foot_sole_r").y) << zoneId(z);
}

TEST(SkinZones, EdgesAreSoft) {
  const Tagged& t = tagged();
  ASSERT_NE(t.skin, nullptr);
  std::size_t border = 0, inside = 0;
  for (const ZoneTag& g : t.tags) {
    EXPECT_GE(g.weight, 0.5f);
    EXPECT_LE(g.weight, 1.0f);
    if (g.zone >= 0 && g.neighbour != g.zone && g.weight < 0.75f) ++border;
    if (g.weight > 0.999f) ++inside;
  }
  EXPECT_GT(border, t.tags.size() / 20);  // a band of vertices on each border, not a hard line
  EXPECT_GT(inside, t.tags.size() / 4);
}

}  // namespace
}  // namespace hipscope
