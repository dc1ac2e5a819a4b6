// Tense muscles shorten: the styles the renderer gets carry, per tense muscle, its fibre axis between
// its two ends (posed) and how far its belly draws in; relaxed muscles and bones carry nothing.
#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "options/OptionRegistry.hpp"
#include "scene/ModelLoader.hpp"
#include "view/ViewScene.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

std::size_t indexOf(const Model& model, const std::string& name) {
  for (std::size_t i = 0; i < model.parts.size(); ++i)
    if (model.parts[i].name == name) return i;
  ADD_FAILURE() << name << " not in the model";
  return 0;
}

}  // namespace

TEST_F(GlTest, TenseMusclesShortenAlongTheLineBetweenTheirEnds) {
  const ViewScene scene(builtInModel());
  Settings settings;
  OptionRegistry::instance().set(settings, "tension.piriformis_r", "1", "test");
  OptionRegistry::instance().set(settings, "tension.psoas_major_r", "0.5", "test");
  OptionRegistry::instance().set(settings, "pose.hip_flexion_r", "40", "test");
  const PartStyles st = scene.styles(settings, 0.0f);
  const std::size_t piriformis = indexOf(scene.model, "piriformis_r"), psoas = indexOf(scene.model, "psoas_major_r");
  EXPECT_GT(st.contract[piriformis].w, 0.0f);
  EXPECT_NEAR(st.contract[psoas].w, 0.5f * st.contract[piriformis].w, 1e-5f);  // in proportion to tension
  EXPECT_EQ(st.contract[indexOf(scene.model, "piriformis_l")].w, 0.0f);        // relaxed
  EXPECT_EQ(st.contract[indexOf(scene.model, "sacrum")].w, 0.0f);              // a bone
  // The piriformis runs from the sacrum out to the greater trochanter: its axis is mostly sideways,
  // and its middle lies between the two (posed with the flexed hip).
  const glm::vec3 axis(st.contract[piriformis]);
  EXPECT_NEAR(glm::length(axis), 1.0f, 1e-4f);
  EXPECT_GT(std::abs(axis.x), 0.6f);
  const Bounds& all = scene.model.bounds;
  EXPECT_GT(st.contractCentre[piriformis].y, all.min.y);
  EXPECT_LT(st.contractCentre[piriformis].y, all.max.y);
  // Without tension nothing moves.
  const PartStyles relaxed = scene.styles(Settings{}, 0.0f);
  for (const glm::vec4& c : relaxed.contract) EXPECT_EQ(c.w, 0.0f);
}
