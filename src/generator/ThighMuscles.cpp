// Thigh muscles between the pubis, the front of the hip and the knee (our own anatomical estimates:
// Gray's Anatomy, 42nd ed., and Netter's Atlas, plates of the anterior and medial thigh). The adductors
// lie in layers: pectineus and adductor longus in front, adductor brevis behind them, magnus behind
// brevis (Muscles.cpp). The muscles crossing the knee end on the tibia or fibula.
#include "generator/ThighMuscles.hpp"

#include <algorithm>

#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {
namespace {

// The knee bends the tibia about lm::kneeJoint. A via point more than 2 cm below it lies beside the
// tibia, but the mechanics carries it with the femur (only points within 3 cm of the insertion follow
// the tibia), where it would lengthen the muscle as the knee bends: such points shape the mesh only.
void viaPointsAboveTheKnee(GenMesh& m) {
  std::vector<glm::vec3>& line = m.lineOfAction;
  line.erase(std::remove_if(line.begin() + 1, line.end() - 1,
                            [](const glm::vec3& p) { return p.y < lm::kneeJoint.y - 0.02f; }),
             line.end() - 1);
}

}  // namespace

void bicepsTendonBehindTheKnee(GenMesh& m, const Side& s) {
  // The common tendon of the biceps femoris runs down behind the lateral femoral condyle, over the
  // back of the lateral tibial condyle, to the head of the fibula (Gray's, 42nd ed.). As the knee
  // bends it stays on the back of the joint, about 3.5 cm from the axis: this point rides with the
  // shank (it lies within 3 cm of the insertion, Skinning.cpp). Without it the line ran straight from
  // the thigh to the head of the fibula, which swings 6 cm behind the axis, and the muscle shortened
  // over a third more than the reference's (Gait2392) as the knee bent to 90 degrees.
  const glm::vec3 behindTheCondyle{lm::fibularHead.x, lm::kneeJoint.y - 0.032f, lm::kneeJoint.z - 0.020f};
  m.lineOfAction.insert(m.lineOfAction.end() - 1, mirrored(s, {behindTheCondyle})[0]);
}

void addThighMuscles(std::vector<GenMesh>& out, const Side& s) {
  using namespace lm;
  auto P = [&s](std::initializer_list<glm::vec3> pts) { return mirrored(s, pts); };

  // Pectineus: a flat quadrangle from the pecten pubis (the sharp upper border of the superior ramus),
  // down, back and out in front of the obturator externus and medial to the iliopsoas, to the pectineal
  // line below the lesser trochanter. That line is on the back of the femur: the insertion lies just
  // behind its posterior surface (z -0.088 there), not inside the shaft, where the packing dropped the
  // tendon's end and the muscle stopped 2 cm short of the bone.
  out.push_back(fan(s.name("pectineus"), s,
                    {{0.026f, -0.066f, -0.004f}, {0.042f, -0.060f, -0.010f}, {0.058f, -0.054f, -0.020f}},
                    {{0.100f, -0.130f, -0.091f}, {0.104f, -0.146f, -0.091f}, {0.107f, -0.162f, -0.091f}},
                    {0.0f, -0.004f, 0.008f}, 0.018f, kThigh, 14, 24));
  // It passes in front of the hip joint without wrapping on it (it slackens when the hip bends): its
  // line of action is straight, from the middle of the pecten (the bony edge its fibres pull on, at the
  // back of the sheet's fleshy origin) to the middle of the pectineal line. The sheet's bowed central
  // fibre would keep points near the pubis on the pelvis and lengthen it in flexion.
  out.back().lineOfAction = {s({0.044f, -0.058f, -0.022f}), out.back().lineOfAction.back()};
  // Adductor longus: a rounded tendon from the front of the pubic body just below the crest, fanning
  // down and out in front of brevis to the medial lip of the middle third of the linea aspera.
  out.push_back(fan(s.name("adductor_longus"), s, {{0.012f, -0.080f, -0.004f}, {0.020f, -0.086f, -0.006f}},
                    {{0.110f, -0.205f, -0.086f}, {0.107f, -0.260f, -0.080f}, {0.103f, -0.320f, -0.079f}},
                    {-0.008f, 0.0f, 0.010f}, 0.019f, kThigh, 16, 28));
  // Adductor brevis: from the body and the inferior ramus, below the longus, behind pectineus and
  // longus, to the lower pectineal line and the upper linea aspera.
  out.push_back(fan(s.name("adductor_brevis"), s,
                    {{0.012f, -0.092f, -0.012f}, {0.018f, -0.102f, -0.022f}, {0.030f, -0.108f, -0.048f}},
                    {{0.106f, -0.150f, -0.086f}, {0.108f, -0.185f, -0.087f}, {0.107f, -0.220f, -0.086f}},
                    {0.0f, 0.0f, -0.004f}, 0.020f, kThigh, 14, 24));
  // Gracilis: a thin aponeurosis from the lower body of the pubis, the inferior pubic ramus and the
  // adjoining ischial ramus (Gray's), narrowing into a strap, the most medial muscle of the thigh,
  // behind the medial condyle to the pes anserinus, between the sartorius in front and the
  // semitendinosus below. Flat from side to side.
  const std::vector<glm::vec3> gracilisPath = P({{0.024f, -0.150f, -0.044f},
                                                 {0.030f, -0.230f, -0.056f},
                                                 {0.036f, -0.310f, -0.070f},
                                                 {0.042f, -0.410f, -0.088f},
                                                 {0.048f, -0.478f, -0.100f},
                                                 {0.054f, -0.526f, -0.084f},
                                                 pesAnserinus});
  GenMesh gracilis =
      fusiform(s.name("gracilis"), gracilisPath, belly({0.016f, 0.0055f}, 0.2f, 0.25f), {1, 0, 0}, kThigh, 48, 18);
  merge(gracilis,
        fan("", s,
            {{0.008f, -0.094f, -0.010f},
             {0.014f, -0.104f, -0.018f},
             {0.024f, -0.110f, -0.034f},
             {0.034f, -0.115f, -0.050f},
             {0.043f, -0.116f, -0.068f}},
            {{0.022f, -0.170f, -0.044f}, {0.026f, -0.172f, -0.052f}}, {-0.004f, 0.0f, 0.0f}, 0.007f, kThigh, 12, 16));
  // Its line of action starts from the middle of that origin line, on the inferior pubic ramus below and
  // behind the body (not at the front of the body, its upper end): the pull of the whole aponeurosis.
  // From the front of the body it barely lengthened as the hip bent (+36 mm against the reference's
  // +55 mm, issue 12): with the knee straight, flexion stretches the strap, whose origin on the ramus
  // lies well below the hip centre and only 2 cm in front of it.
  gracilis.lineOfAction.insert(gracilis.lineOfAction.begin(), s({0.026f, -0.112f, -0.044f}));
  gracilis.color = kThigh;
  viaPointsAboveTheKnee(gracilis);
  out.push_back(gracilis);
  // Sartorius: a long ribbon from the anterior superior iliac spine, across the front of the thigh from
  // lateral to medial (the lateral border of the femoral triangle, then the roof of the adductor canal),
  // down the medial side behind the medial condyle to the pes anserinus, in front of the gracilis.
  GenMesh sartorius =
      fusiform(s.name("sartorius"),
               P({{0.120f, -0.006f, -0.006f},
                  {0.110f, -0.060f, 0.006f},
                  {0.090f, -0.150f, 0.002f},
                  {0.068f, -0.250f, -0.016f},
                  {0.048f, -0.350f, -0.046f},
                  {0.042f, -0.430f, -0.074f},
                  {0.042f, -0.482f, -0.096f},
                  {0.056f, -0.530f, -0.074f},
                  pesAnserinus + glm::vec3(0.002f, 0.0f, 0.006f)}),
               knots({{0, 0.008f}, {0.1f, 0.016f}, {0.7f, 0.017f}, {0.85f, 0.010f}, {1, 0.006f}}, 0.38f),
               s({-0.4f, 0.0f, 0.9f}), kThigh, 64, 16);
  // Its fibres run straight from the spine to the thigh: the point just below the spine shapes the belly
  // but is no pulley (on the pelvis it would hold the line in front of the hip as the thigh bends).
  sartorius.lineOfAction.erase(sartorius.lineOfAction.begin() + 1);
  viaPointsAboveTheKnee(sartorius);
  out.push_back(sartorius);
  // Biceps femoris, short head: fleshy from the lateral lip of the linea aspera and the lateral
  // supracondylar line, deep to the long head, down behind the lateral condyle into the long head's
  // tendon on the head of the fibula.
  out.push_back(fusiform(s.name("biceps_femoris_short"),
                         P({{0.108f, -0.225f, -0.088f},
                            {0.113f, -0.290f, -0.089f},
                            {0.118f, -0.370f, -0.095f},
                            {0.122f, -0.440f, -0.102f},
                            {0.124f, -0.495f, -0.104f},
                            fibularHead}),
                         knots({{0, 0.009f}, {0.3f, 0.015f}, {0.6f, 0.014f}, {0.82f, 0.007f}, {1, 0.004f}}, 0.7f),
                         {1, 0, 0}, kThigh, 44, 18));
  viaPointsAboveTheKnee(out.back());
  bicepsTendonBehindTheKnee(out.back(), s);
}

}  // namespace hipscope::gen
