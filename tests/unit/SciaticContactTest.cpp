// The sciatic compression is measured between the meshes as they are drawn: moving the nerve away
// frees it, moving it closer presses it harder, relaxed it is free, and the positions and the
// variant press harder because of where the meshes go, not because a term says so.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

#include "BuiltInModel.hpp"
#include "anatomy/Layers.hpp"
#include "mechanics/Body.hpp"
#include "options/OptionRegistry.hpp"
#include "scene/MeshQuery.hpp"
#include "view/ModelSource.hpp"

using namespace hipscope;

namespace {

using hipscope::test::builtIn;

// The body of `model` (the built-in mechanics pose it) for these settings; side 1 is the right.
NerveCompression compression(const Settings& s, int side = 1, const Model& model = builtIn().model) {
  const BodyModel parts(model, muscleParts(model, &*builtIn().catalog), &*builtIn().mechanics);
  return computeBody(model, parts, &*builtIn().mechanics, s, 0.0f).nerves[static_cast<std::size_t>(side)];
}

Settings with(std::initializer_list<const char*> assignments) {
  Settings s;
  for (const char* a : assignments) OptionRegistry::instance().apply(s, a, "test");
  return s;
}

MeshPart& partOf(Model& model, const std::string& name) {
  for (MeshPart& p : model.parts)
    if (p.name == name) return p;
  throw std::runtime_error("no " + name);
}

// The built-in model with the right sciatic nerve moved by `offset` (metres) where it passes under the
// piriformis, fading out over 4 cm so the nerve stays whole.
Model withNerveMoved(const glm::vec3& around, const glm::vec3& offset) {
  Model m = builtIn().model;
  MeshPart& nerve = partOf(m, "sciatic_nerve_r");
  for (Vertex& v : nerve.vertices) {
    const float d = glm::distance(v.position, around);
    v.position += offset * (1.0f - glm::smoothstep(0.02f, 0.04f, d));
  }
  return m;
}

}  // namespace

TEST(SciaticContact, RelaxedTheNerveIsFreeAndTensionPressesItSteadilyHarder) {
  EXPECT_FALSE(compression(Settings{}).touching());
  EXPECT_FLOAT_EQ(compression(Settings{}).amount, 0.0f);
  float previous = 0.0f;
  for (const char* t : {"tension.piriformis_r=0.5", "tension.piriformis_r=0.75", "tension.piriformis_r=1"}) {
    const NerveCompression c = compression(with({t}));
    std::printf("%s -> compression %.3f, depth %.2f mm, nerve radius %.2f mm, at (%.3f %.3f %.3f)\n", t, c.amount,
                c.depth * 1000, c.radius * 1000, c.contact.x, c.contact.y, c.contact.z);
    EXPECT_GT(c.amount, previous) << t;
    previous = c.amount;
  }
  // The left nerve is untouched by the right piriformis.
  EXPECT_FLOAT_EQ(compression(with({"tension.piriformis_r=1"}), 0).amount, 0.0f);
}

TEST(SciaticContact, TheContactLiesOnBothMeshesAndMovesWithTheNerve) {
  const NerveCompression c = compression(with({"tension.piriformis_r=1"}));
  ASSERT_TRUE(c.touching());
  EXPECT_EQ(c.structure, "piriformis_r");
  const Model& m = builtIn().model;
  for (const char* name : {"piriformis_r", "sciatic_nerve_r"}) {
    const MeshPart& p = *m.find(name);
    mesh::TriangleMesh t;
    for (const Vertex& v : p.vertices) t.positions.emplace_back(v.position);
    for (std::size_t i = 0; i + 2 < p.indices.size(); i += 3)
      t.triangles.push_back({p.indices[i], p.indices[i + 1], p.indices[i + 2]});
    const double d = mesh::MeshQuery(std::move(t)).closest(mesh::Vec3(c.contact)).distance;
    std::printf("contact %.1f mm from %s\n", d * 1000, name);
    EXPECT_LT(d, 0.010) << name;
  }
  // Moved clear by 12 mm, the nerve is free; 2 mm closer, it is pressed harder.
  const glm::vec3 away = glm::normalize(c.contact - c.centre);  // from the nerve's centre toward the muscle
  const NerveCompression clear =
      compression(with({"tension.piriformis_r=1"}), 1, withNerveMoved(c.contact, -0.012f * away));
  const NerveCompression closer =
      compression(with({"tension.piriformis_r=1"}), 1, withNerveMoved(c.contact, 0.002f * away));
  std::printf("compression %.3f; nerve 12 mm away %.3f; 2 mm closer %.3f\n", c.amount, clear.amount, closer.amount);
  EXPECT_LT(clear.amount, 0.02f);
  EXPECT_GT(closer.amount, c.amount);
}

TEST(SciaticContact, PositionsPressHarderBecauseOfWhereTheMeshesGo) {
  const float neutral = compression(with({"tension.piriformis_r=0.5"})).amount;
  // FAIR: hip flexed about 60 degrees, adducted, internally rotated.
  const float fair = compression(with({"tension.piriformis_r=0.5", "pose.hip_flexion_r=60", "pose.hip_abduction_r=-15",
                                       "pose.hip_rotation_r=20"}))
                         .amount;
  const float side = compression(with({"preset=lying_on_side", "tension.piriformis_r=0.5"})).amount;
  // Extension with adduction: the line-of-action formula this replaced gave 0 here at full tension.
  const float extension =
      compression(with({"tension.piriformis_r=1", "pose.hip_flexion_r=-25", "pose.hip_abduction_r=-15"})).amount;
  std::printf("tension 0.5: neutral %.3f, FAIR %.3f, lying on the side %.3f; extension + adduction at 1: %.3f\n",
              neutral, fair, side, extension);
  EXPECT_GT(fair, neutral);
  EXPECT_GT(side, neutral);
  EXPECT_GT(extension, 0.1f);
}

TEST(SciaticContact, ThroughThePiriformisTheVariantsOwnMeshesPressHarder) {
  for (int side = 0; side < 2; ++side) {
    EXPECT_FLOAT_EQ(compression(with({"anatomy.sciatic_nerve=through"}), side).amount, 0.0f) << side;
    EXPECT_FLOAT_EQ(compression(Settings{}, side).amount, 0.0f) << side;
  }
  for (const char* t : {"tension.piriformis_r=0.5", "tension.piriformis_r=0.75"}) {
    const NerveCompression below = compression(with({t}));
    const NerveCompression through = compression(with({t, "anatomy.sciatic_nerve=through"}));
    std::printf("%s: below %.3f at (%.3f %.3f %.3f), through %.3f at (%.3f %.3f %.3f) by %s\n", t, below.amount,
                below.contact.x, below.contact.y, below.contact.z, through.amount, through.contact.x, through.contact.y,
                through.contact.z, through.structure.c_str());
    EXPECT_GT(through.amount, below.amount) << t;
    EXPECT_EQ(through.structure, "piriformis_r" + std::string(kThroughSuffix));
    EXPECT_GT(glm::distance(through.contact, below.contact), 1e-3f);
  }
}

TEST(SciaticContact, AModelWithoutTheStructuresOrWithABrokenNerveSaysSo) {
  Model m = builtIn().model;
  std::erase_if(m.parts, [](const MeshPart& p) { return p.name == "sciatic_nerve_l"; });
  MeshPart& nerve = partOf(m, "sciatic_nerve_r");
  nerve.indices.resize(nerve.indices.size() - 3);  // a hole: not closed
  const SciaticContact contact(m);
  ASSERT_EQ(contact.problems().size(), 2u);
  EXPECT_EQ(contact.problems()[0],
            "piriformis_l has no sciatic_nerve_l to be pressed against: no compression on that side");
  EXPECT_EQ(contact.problems()[1], "sciatic_nerve_r is not a closed mesh, so what presses into it cannot be measured");
  EXPECT_FALSE(contact.measurable(0));
  EXPECT_FALSE(contact.measurable(1));
  EXPECT_FALSE(compression(with({"tension.piriformis_r=1"}), 1, m).measured);
  EXPECT_TRUE(SciaticContact(builtIn().model).problems().empty());
}

TEST(SciaticContact, TheScenariosPressTheNerveAndReleaseFreesIt) {
  const float piriformis = compression(with({"scenario=piriformis"})).amount;
  const float both = compression(with({"scenario=both"})).amount;
  std::printf("scenario piriformis %.3f, both %.3f\n", piriformis, both);
  EXPECT_GT(piriformis, 0.2f);
  EXPECT_GT(both, piriformis) << "both at once: the piriformis at full tension";
  EXPECT_FLOAT_EQ(compression(with({"scenario=both", "scenario=release"})).amount, 0.0f) << "the nerve is free";
}
