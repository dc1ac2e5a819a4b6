// The knee and the ankle: the leg's joints chain hip -> knee -> ankle, the bones below the knee move
// with it, and the muscles that cross the knee change length the way they should. (That no preset
// tears a muscle, nerve or the skin is anatomy.AnatomyFidelity.EveryPresetPosesWithoutTornMusclesOrSkin.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "BuiltInModel.hpp"
#include "anatomy/Layers.hpp"
#include "mechanics/Body.hpp"
#include "options/OptionRegistry.hpp"
#include "scene/MuscleShape.hpp"
#include "view/ModelSource.hpp"

using namespace hipscope;

namespace {

using hipscope::test::builtIn;

Settings with(std::initializer_list<std::string> assignments) {
  Settings s;
  for (const std::string& a : assignments) OptionRegistry::instance().apply(s, a, "test");
  return s;
}

Body bodyOf(const Settings& s, float seconds = 0.0f) {
  const Model& model = builtIn().model;
  const BodyModel parts(model, muscleParts(model, &*builtIn().catalog), &*builtIn().mechanics);
  return computeBody(model, parts, &*builtIn().mechanics, s, seconds);
}

const MeshPart& part(const std::string& name) {
  for (const MeshPart& p : builtIn().model.parts)
    if (p.name == name) return p;
  throw std::runtime_error("the built-in model has no " + name);
}

glm::vec3 centroid(const MeshPart& p, const std::vector<glm::mat4>& joints) {
  glm::vec3 sum(0.0f);
  for (const Vertex& v : p.vertices) sum += drawnPosition(v, joints);
  return sum / static_cast<float>(p.vertices.size());
}

float muscleLength(const char* id, const Settings& s) {
  const Mechanics& m = *builtIn().mechanics;
  return m.length(*m.find(id), bodyOf(s).pose);
}

}  // namespace

TEST(LegPose, JointsChainHipKneeAnkle) {
  const Mechanics& m = *builtIn().mechanics;
  auto index = [&m](const std::string& name) {
    for (std::size_t i = 0; i < m.joints().size(); ++i)
      if (m.joints()[i].name == name) return static_cast<int>(i);
    return -1;
  };
  for (const char* side : {"_l", "_r"}) {
    const std::string hip = std::string("hip") + side, knee = std::string("knee") + side,
                      ankle = std::string("ankle") + side;
    ASSERT_GE(index(knee), 0) << knee;
    ASSERT_GE(index(ankle), 0) << ankle;
    EXPECT_EQ(m.joints()[static_cast<std::size_t>(index(knee))].parent, index(hip));
    EXPECT_EQ(m.joints()[static_cast<std::size_t>(index(ankle))].parent, index(knee));
  }
  EXPECT_LE(static_cast<int>(m.joints().size()), kMaxSkinJoints) << "the shader holds 16 joints";
}

TEST(LegPose, BendingTheKneeTakesTheShinAndFootBackAndTheToesComeUpWithTheAnkle) {
  const Body rest = bodyOf(Settings{});
  const Body bent = bodyOf(with({"pose.knee_flexion_l=90"}));
  const glm::vec3 footRest = centroid(part("foot_l"), rest.modelJoints);
  const glm::vec3 footBent = centroid(part("foot_l"), bent.modelJoints);
  // At 90 degrees the shank points straight back: the foot rises by most of the shank's length and
  // goes behind the knee; the right foot and the left femur stay where they were.
  EXPECT_GT(footBent.y - footRest.y, 0.3f);
  EXPECT_LT(footBent.z, footRest.z - 0.3f);
  EXPECT_NEAR(glm::distance(centroid(part("foot_r"), bent.modelJoints), centroid(part("foot_r"), rest.modelJoints)),
              0.0f, 1e-5f);
  EXPECT_NEAR(glm::distance(centroid(part("femur_l"), bent.modelJoints), centroid(part("femur_l"), rest.modelJoints)),
              0.0f, 1e-5f);
  EXPECT_GT(glm::distance(centroid(part("tibia_l"), bent.modelJoints), centroid(part("tibia_l"), rest.modelJoints)),
            0.1f);
  // Toes up: the front of the foot rises, the heel drops a little.
  const Body up = bodyOf(with({"pose.ankle_flexion_l=25"}));
  const MeshPart& foot = part("foot_l");
  float toeRest = -1e9f, toeUp = -1e9f;
  for (const Vertex& v : foot.vertices)
    if (v.position.z > 0.10f) {
      toeRest = std::max(toeRest, drawnPosition(v, rest.modelJoints).y);
      toeUp = std::max(toeUp, drawnPosition(v, up.modelJoints).y);
    }
  EXPECT_GT(toeUp - toeRest, 0.03f);
}

TEST(LegPose, HamstringsShortenAndTheRectusFemorisLengthensWhenTheKneeBends) {
  const Settings straight, bent = with({"pose.knee_flexion_r=90"});
  for (const char* hamstring : {"biceps_femoris_long_r", "semitendinosus_r", "semimembranosus_r"})
    EXPECT_LT(muscleLength(hamstring, bent), muscleLength(hamstring, straight) - 0.02f) << hamstring;
  // So do the other muscles that pass behind the knee to the tibia or fibula.
  for (const char* flexor : {"biceps_femoris_short_r", "gracilis_r", "sartorius_r"})
    EXPECT_LT(muscleLength(flexor, bent), muscleLength(flexor, straight) - 0.015f) << flexor;
  EXPECT_GT(muscleLength("rectus_femoris_r", bent), muscleLength("rectus_femoris_r", straight) + 0.02f);
  // A muscle that ends above the knee does not notice it.
  EXPECT_NEAR(muscleLength("piriformis_r", bent), muscleLength("piriformis_r", straight), 1e-6f);
}
