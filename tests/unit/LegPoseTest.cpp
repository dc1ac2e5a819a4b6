// The knee and the ankle: the leg's joints chain hip -> knee -> ankle, the bones below the knee move
// with it, the muscles that cross the knee change length the way they should, and posing every
// preset that bends a knee stretches no triangle of the leg's bones, the muscles that cross the knee
// or the leg's nerves past 3x its rest length (skinned on the CPU exactly as the vertex shader does).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "BuiltInModel.hpp"
#include "anatomy/Layers.hpp"
#include "mechanics/Body.hpp"
#include "mechanics/Gait.hpp"
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

// From 8 cm above the knee's axis down: the knee, the shank and the foot. (Higher up, where a muscle
// blends between the pelvis and the femur, a hip flexed to 90 degrees already stretches a few of
// its triangles far more, with the knee straight or bent; that is the hip's blend, not the knee's.)
constexpr float kKneeRegionTop = -0.39f;

// The worst ratio of a triangle edge's drawn length to its rest length, at the knee and below.
float worstStretch(const MeshPart& p, const std::vector<glm::mat4>& joints) {
  std::vector<glm::vec3> posed;
  posed.reserve(p.vertices.size());
  for (const Vertex& v : p.vertices) posed.push_back(drawnPosition(v, joints));
  float worst = 0.0f;
  for (std::size_t i = 0; i + 2 < p.indices.size(); i += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = p.indices[i + static_cast<std::size_t>(e)],
                          b = p.indices[i + static_cast<std::size_t>((e + 1) % 3)];
      const float rest = glm::distance(p.vertices[a].position, p.vertices[b].position);
      if (rest < 1e-5f || p.vertices[a].position.y > kKneeRegionTop || p.vertices[b].position.y > kKneeRegionTop)
        continue;
      worst = std::max(worst, glm::distance(posed[a], posed[b]) / rest);
    }
  return worst;
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

TEST(LegPose, PresetsThatBendTheKneeTearNothingAtTheKneeOrAnkle) {
  struct Case {
    std::string preset;
    float seconds;
  };
  std::vector<Case> cases{{"sitting", 0}, {"bending_to_lift", 0}, {"lying_on_side", 0}};
  for (int i = 0; i < 8; ++i) cases.push_back({"walking", kStrideSeconds * static_cast<float>(i) / 8.0f});
  std::vector<std::string> parts;
  for (const char* base : {"tibia", "fibula", "patella", "foot", "biceps_femoris_long", "semitendinosus",
                           "semimembranosus", "rectus_femoris", "vastus_lateralis", "vastus_medialis",
                           "vastus_intermedius", "tensor_fasciae_latae", "adductor_magnus", "gracilis", "sartorius",
                           "biceps_femoris_short", "sciatic_nerve", "tibial_nerve", "common_fibular_nerve"})
    for (const char* side : {"_l", "_r"}) parts.push_back(base + std::string(side));
  for (const Case& c : cases) {
    const Settings s = with({"preset=" + c.preset});
    const Body body = bodyOf(s, c.seconds);
    if (c.preset != "walking") {
      EXPECT_GT(std::max(body.pose.kneeFlexion[0], body.pose.kneeFlexion[1]), 20.0f) << c.preset << " bends a knee";
    }
    float worst = 0.0f;
    std::string worstPart;
    for (const std::string& name : parts) {
      const float w = worstStretch(part(name), body.modelJoints);
      EXPECT_LE(w, 3.0f) << c.preset << " at " << c.seconds << " s: a triangle of " << name << " is stretched " << w
                         << "x its rest length";
      if (w > worst) worst = w, worstPart = name;
    }
    std::printf("%-16s t=%.2f s  knees %5.1f %5.1f  ankles %5.1f %5.1f  worst stretch %.2fx (%s)\n", c.preset.c_str(),
                c.seconds, body.pose.kneeFlexion[0], body.pose.kneeFlexion[1], body.pose.ankleFlexion[0],
                body.pose.ankleFlexion[1], worst, worstPart.c_str());
  }
}
