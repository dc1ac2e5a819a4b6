// The tension paths of the built-in model as a frame computes them: at most six, and routed along
// the bones, never through them (the straight or merely smoothed curve would cross the sacrum and
// the hip bone).
#include <gtest/gtest.h>

#include "BuiltInModel.hpp"
#include "mechanics/Body.hpp"
#include "options/OptionRegistry.hpp"

using namespace hipscope;

namespace {

Settings scenario(const std::string& name) {
  Settings s;
  OptionRegistry::instance().apply(s, "scenario=" + name);
  return s;
}

}  // namespace

TEST(TensionPaths, NoPathRunsThroughBoneInAnyScenario) {
  const LoadedModel& m = test::builtIn();
  ASSERT_TRUE(m.mechanics);
  const BodyModel parts(m.model, std::vector<char>(m.model.parts.size(), 0), &*m.mechanics);
  ASSERT_FALSE(parts.bones.empty());
  struct Case {
    const char* name;
    float seconds;
  };
  for (const auto& [name, seconds] : {Case{"tight_hips", 0.5f}, Case{"iliopsoas", 0.5f}, Case{"piriformis", 0.5f},
                                      Case{"both", 0.5f}, Case{"walking", 0.3f}, Case{"walking", 0.8f}}) {
    Settings shown = scenario(std::string(name) == "walking" ? "both" : name);
    shown.pose.walking = std::string(name) == "walking";  // the paths rerouted as the legs swing
    const Body body = computeBody(m.model, parts, &*m.mechanics, shown, seconds);
    ASSERT_FALSE(body.lines.empty()) << name;
    EXPECT_LE(body.lines.size(), kMaxTensionPaths) << name;
    float deepest = 0.0f, unroutedDeepest = 0.0f;
    for (const TensionLine& line : body.lines)
      for (const glm::vec3& p : line.points) deepest = std::max(deepest, parts.bones.depthInside(p, body.modelJoints));
    for (const TensionLine& line : tensionLines(*m.mechanics, body.settings, body.joints))
      for (const glm::vec3& p : line.points)
        unroutedDeepest = std::max(unroutedDeepest, parts.bones.depthInside(p, body.modelJoints));
    std::printf("%s: %zu paths, deepest sample in bone %.2f mm routed, %.2f mm unrouted\n", name, body.lines.size(),
                deepest * 1e3f, unroutedDeepest * 1e3f);
    EXPECT_LE(deepest, 0.001f) << name << ": a path runs through bone";
    EXPECT_GT(unroutedDeepest, 0.003f) << name << ": the unrouted curve would have crossed bone";
  }
  const Body both = computeBody(m.model, parts, &*m.mechanics, scenario("both"), 0.5f);
  EXPECT_EQ(both.lines.size(), 6u) << "rotators, glutes and hip flexors, each side: one path each";
}
