// Muscle paths from origin through via points to insertion (our own anatomical estimates).
#include "generator/Muscles.hpp"

#include <algorithm>
#include <cmath>

#include "generator/BackMuscles.hpp"
#include "generator/CalfMuscles.hpp"
#include "generator/Landmarks.hpp"
#include "generator/MuscleProfiles.hpp"
#include "generator/ThighMuscles.hpp"

namespace hipscope::gen {
namespace {

const glm::vec4 kGlute{0.62f, 0.17f, 0.15f, 1.0f};
const glm::vec4 kDeep{0.74f, 0.26f, 0.18f, 1.0f};
const glm::vec4 kFlexor{0.68f, 0.20f, 0.20f, 1.0f};
const glm::vec4 kBack{0.60f, 0.19f, 0.16f, 1.0f};

void addSide(std::vector<GenMesh>& out, const Side& s, const BoneDistance& bones) {
  using namespace lm;
  auto P = [&s](std::initializer_list<glm::vec3> pts) { return mirrored(s, pts); };

  // Gluteals: three fans, outermost first.
  out.push_back(fan(s.name("gluteus_maximus"), s,
                    {{0.070f, 0.064f, -0.122f},
                     {0.050f, 0.044f, -0.160f},
                     {0.026f, 0.008f, -0.168f},
                     {0.014f, -0.028f, -0.164f},
                     {0.008f, -0.060f, -0.152f}},
                    {{0.152f, -0.084f, -0.072f}, {0.142f, -0.130f, -0.083f}, {0.124f, -0.214f, -0.082f}},
                    {0.012f, -0.010f, -0.030f}, 0.014f, kGlute, 22, 30, &bones, 0.035f));
  out.push_back(fan(s.name("gluteus_medius"), s,
                    {{0.126f, 0.028f, -0.006f},
                     {0.128f, 0.056f, -0.040f},
                     {0.094f, 0.076f, -0.076f},
                     {0.074f, 0.070f, -0.112f},
                     {0.064f, 0.052f, -0.138f},
                     {0.060f, 0.036f, -0.146f},
                     {0.070f, 0.018f, -0.126f}},
                    // Its posterior fibres reach round the back of the trochanter's lateral facet.
                    {{0.142f, -0.064f, -0.068f}, {0.142f, -0.074f, -0.084f}, {0.139f, -0.079f, -0.092f}},
                    {0.010f, 0.0f, -0.006f}, 0.010f, kGlute, 18, 26, &bones, 0.060f));
  out.push_back(fan(s.name("gluteus_minimus"), s,
                    {{0.120f, -0.012f, -0.020f},
                     {0.128f, 0.018f, -0.050f},
                     {0.108f, 0.026f, -0.086f},
                     {0.090f, 0.010f, -0.104f},
                     {0.084f, -0.004f, -0.100f}},
                    // Inserts on the anterior facet of the greater trochanter, reaching round onto
                    // its front-lateral surface, in front of the medius on the lateral facet. Its
                    // central fibre passes just behind the hip's flexion axis: flexing the hip barely
                    // changes its length (it shortens by about a millimetre).
                    {{0.136f, -0.064f, -0.054f}, {0.139f, -0.070f, -0.0640f}, {0.140f, -0.075f, -0.074f}},
                    {0.006f, 0.0f, 0.0f}, 0.0075f, kGlute, 18, 26, &bones, 0.060f));

  // Deep rotators.
  // Broad, fleshy origin on the front of the sacrum (S2-S4), narrowing through the greater sciatic
  // foramen to a tendon on the top of the greater trochanter, on the fore part of its upper border
  // (under 2 cm behind the hip centre, not at the back of the trochanter: from there it would wrap
  // too far round the back of the hip and lengthen too much as the hip flexes).
  out.push_back(fusiform(s.name("piriformis"),
                         P({{0.022f, 0.008f, -0.122f},
                            {0.046f, -0.004f, -0.116f},
                            {0.070f, -0.026f, -0.104f},
                            {0.100f, -0.050f, -0.094f},
                            {0.130f, -0.064f, -0.081f}}),
                         piriformisProfile(), kPiriformisUp, kDeep));
  // The gemelli join the obturator internus tendon across the back of the hip capsule; the three
  // insert together on the fore part of the medial surface of the greater trochanter, above and in
  // front of the trochanteric fossa (not behind it, where the lever for flexion would be longer);
  // the superior gemellus's tendon reaches the front of that common insertion.
  out.push_back(fusiform(s.name("gemellus_superior"),
                         P({{0.054f, -0.058f, -0.114f}, {0.085f, -0.066f, -0.108f}, {0.120f, -0.070f, -0.076f}}),
                         belly({0.005f, 0.004f}), {0, 1, 0}, kDeep, 20, 12));
  out.push_back(fusiform(s.name("obturator_internus"),
                         P({{0.034f, -0.072f, -0.052f},
                            {0.040f, -0.078f, -0.090f},
                            {0.060f, -0.078f, -0.122f},
                            {0.090f, -0.076f, -0.108f},
                            {0.120f, -0.072f, -0.078f}}),
                         knots({{0, 0.016f}, {0.3f, 0.012f}, {0.5f, 0.006f}, {1, 0.004f}}, 0.45f), {1, 0, 0}, kDeep, 30,
                         14));
  out.push_back(fusiform(s.name("gemellus_inferior"),
                         P({{0.060f, -0.092f, -0.112f}, {0.088f, -0.084f, -0.108f}, {0.119f, -0.074f, -0.079f}}),
                         belly({0.005f, 0.004f}), {0, 1, 0}, kDeep, 20, 12));
  // Quadratus femoris runs horizontally from the lateral border of the ischial tuberosity to the
  // quadrate tubercle, a little above the middle of the intertrochanteric crest (not down toward
  // the lesser trochanter).
  out.push_back(fusiform(s.name("quadratus_femoris"),
                         P({{0.063f, -0.114f, -0.112f}, {0.092f, -0.100f, -0.104f}, {0.116f, -0.090f, -0.097f}}),
                         belly({0.014f, 0.005f}, 0.5f, 0.8f), {0, 0, 1}, kDeep, 20, 14));
  // It is fleshy and flat from end to end and no bone bends it between standing and sitting: its line
  // of action is the straight line between its attachments (the middle knot only shapes the belly;
  // as a via point on the femur it swung forward with the thigh and wrapped the line around it).
  out.back().lineOfAction = {out.back().lineOfAction.front(), out.back().lineOfAction.back()};
  out.push_back(fusiform(s.name("obturator_externus"),
                         P({{0.040f, -0.086f, -0.040f}, {0.078f, -0.102f, -0.072f}, {0.110f, -0.082f, -0.086f}}),
                         knots({{0, 0.011f}, {0.4f, 0.008f}, {1, 0.004f}}, 0.5f), {0, 1, 0}, kDeep, 24, 14));

  // Iliopsoas: iliacus fans from the iliac fossa and joins the psoas tendon on the lesser trochanter.
  GenMesh iliacus = fan(s.name("iliacus"), s,
                        {{0.110f, 0.000f, -0.008f},
                         {0.114f, 0.040f, -0.038f},
                         {0.078f, 0.072f, -0.080f},
                         {0.060f, 0.062f, -0.112f},
                         {0.054f, 0.040f, -0.120f}},
                        {{0.086f, -0.042f, -0.006f}, {0.072f, -0.046f, -0.016f}}, {-0.010f, 0.0f, 0.008f}, 0.009f,
                        kFlexor, 18, 26, &bones, 0.035f);
  const std::vector<glm::vec3> iliacusTendon = P(
      {{0.080f, -0.040f, -0.008f}, {0.084f, -0.072f, -0.022f}, {0.094f, -0.104f, -0.060f}, {0.096f, -0.122f, -0.086f}});
  iliacus.lineOfAction.insert(iliacus.lineOfAction.end(), iliacusTendon.begin() + 1, iliacusTendon.end());
  merge(iliacus, loft("", iliacusTendon, knots({{0, 0.013f}, {0.5f, 0.010f}, {1, 0.005f}}, 0.7f), {36, 16, {0, 0, 1}}));
  iliacus.color = kFlexor;
  out.push_back(iliacus);
  std::vector<glm::vec3> psoasPath;
  const float psoasRadius[5] = {0.008f, 0.011f, 0.014f, 0.017f, 0.019f};
  for (int i = 0; i < 5; ++i) {
    const glm::vec3 c = lumbarBody[i];
    const float width = 0.022f + 0.0012f * i;
    psoasPath.push_back(s({width + psoasRadius[i] - 0.001f, c.y + 0.006f, c.z + 0.005f}));
  }
  for (const glm::vec3& p : {glm::vec3(0.064f, 0.040f, -0.058f), glm::vec3(0.074f, -0.040f, -0.014f),
                             glm::vec3(0.088f, -0.084f, -0.044f), glm::vec3(0.095f, -0.123f, -0.087f)})
    psoasPath.push_back(s(p));
  out.push_back(fusiform(s.name("psoas_major"), psoasPath,
                         knots({{0, 0.008f},
                                {0.125f, 0.011f},
                                {0.25f, 0.014f},
                                {0.375f, 0.017f},
                                {0.5f, 0.019f},
                                {0.625f, 0.020f},
                                {0.75f, 0.016f},
                                {0.875f, 0.011f},
                                {1, 0.005f}},
                               0.85f),
                         {0, 0, 1}, kFlexor, 56, 20));
  out.push_back(fan(s.name("tensor_fasciae_latae"), s,
                    {{0.120f, 0.002f, 0.002f}, {0.130f, 0.026f, -0.016f}, {0.134f, 0.042f, -0.032f}},
                    {{0.148f, -0.125f, -0.046f}, {0.151f, -0.125f, -0.058f}}, {0.010f, 0.0f, 0.004f}, 0.008f, kFlexor,
                    10, 22, &bones, 0.02f));
  // The iliotibial band passes over the lateral femoral epicondyle (not in front of it: only a little
  // of the band lies before the knee's axis, so bending the knee stretches it by about a centimetre).
  const std::vector<glm::vec3> iliotibialBand = P({{0.149f, -0.110f, -0.052f},
                                                   {0.156f, -0.250f, -0.068f},
                                                   {0.146f, -0.400f, -0.070f},
                                                   {0.128f, -0.480f, -0.073f},
                                                   gerdysTubercle});
  out.back().lineOfAction.insert(out.back().lineOfAction.end(), iliotibialBand.begin() + 1, iliotibialBand.end());
  merge(out.back(), loft("", iliotibialBand, constant({0.010f, 0.0015f}), {40, 10, {1, 0, 0}}));

  // Hamstrings from the ischial tuberosity.
  out.push_back(fusiform(s.name("biceps_femoris_long"),
                         P({{0.064f, -0.112f, -0.116f},
                            {0.085f, -0.200f, -0.116f},
                            {0.105f, -0.330f, -0.110f},
                            {0.118f, -0.440f, -0.102f},
                            fibularHead}),
                         belly({0.017f, 0.014f}, 0.45f, 0.45f), {0, 0, 1}, kThigh, 44, 18));
  bicepsTendonBehindTheKnee(out.back(), s);
  out.push_back(fusiform(s.name("semitendinosus"),
                         P({{0.058f, -0.114f, -0.118f},
                            {0.068f, -0.210f, -0.122f},
                            {0.068f, -0.340f, -0.114f},
                            {0.060f, -0.450f, -0.100f},
                            pesAnserinus}),
                         belly({0.014f, 0.012f}, 0.35f, 0.4f), {0, 0, 1}, kThigh, 44, 18));
  out.push_back(fusiform(s.name("semimembranosus"),
                         P({{0.066f, -0.104f, -0.112f},
                            {0.074f, -0.230f, -0.104f},
                            {0.066f, -0.380f, -0.096f},
                            {0.062f, -0.470f, -0.094f},
                            medialTibialCondyle}),
                         belly({0.019f, 0.014f}, 0.6f, 0.45f), {0, 0, 1}, kThigh, 44, 18));
  // Quadriceps. The rectus femoris's belly lies on the vastus intermedius in front of the femur (its
  // upper part about 4 cm in front of the shaft, so a flexed hip folds it less than it would further
  // forward). Its tendon goes on past the kneecap's apex in the patellar tendon: that point rides with
  // the thigh (our kneecap does) and, as the knee bends, the tendon wraps over it around the front of the
  // condyles to the tibial tuberosity.
  out.push_back(fusiform(s.name("rectus_femoris"),
                         P({{0.100f, -0.040f, -0.008f},
                            {0.106f, -0.130f, -0.024f},
                            {0.101f, -0.260f, -0.022f},
                            {0.093f, -0.400f, -0.030f},
                            {0.088f, -0.470f, -0.034f},
                            {0.088f, -0.494f, -0.040f},
                            tibialTuberosity}),
                         belly({0.019f, 0.014f}, 0.45f), {0, 0, 1}, kThigh, 48, 18));
  merge(out.back(), loft("", P({{0.096f, -0.042f, -0.046f}, {0.104f, -0.050f, -0.024f}, {0.106f, -0.090f, -0.014f}}),
                         constant({0.005f, 0.004f}), {16, 10, {0, 1, 0}}));
  out.push_back(fusiform(s.name("vastus_lateralis"),
                         P({{0.136f, -0.080f, -0.070f},
                            {0.142f, -0.200f, -0.070f},
                            {0.132f, -0.330f, -0.062f},
                            {0.118f, -0.430f, -0.046f},
                            {0.094f, -0.455f, -0.030f}}),
                         belly({0.030f, 0.018f}, 0.45f, 0.5f), {1, 0, 0}, kThigh, 44, 20));
  out.push_back(fusiform(s.name("vastus_medialis"),
                         P({{0.098f, -0.120f, -0.062f},
                            {0.090f, -0.250f, -0.072f},
                            {0.076f, -0.380f, -0.066f},
                            {0.068f, -0.430f, -0.050f},
                            {0.082f, -0.458f, -0.030f}}),
                         belly({0.024f, 0.018f}, 0.75f, 0.3f), {-1, 0, 0}, kThigh, 44, 20));
  out.push_back(fusiform(s.name("vastus_intermedius"),
                         P({{0.120f, -0.125f, -0.050f},
                            {0.112f, -0.250f, -0.044f},
                            {0.100f, -0.380f, -0.046f},
                            {0.090f, -0.440f, -0.040f},
                            {0.088f, -0.452f, -0.030f}}),
                         belly({0.022f, 0.011f}, 0.5f, 0.35f), {0, 0, 1}, kThigh, 40, 18));
  // Adductor magnus in its three parts, one muscle: the upper (pubic) fibres run almost across to the
  // top of the linea aspera, the middle ones down its length, and the ischial ("hamstring") part
  // straight down from the ischial tuberosity to the adductor tubercle above the medial condyle. Each
  // is a belly of its own (as one sheet the fan folded over itself); the packing fills between them.
  GenMesh magnus = fusiform(s.name("adductor_magnus"),
                            P({{0.045f, -0.115f, -0.078f},
                               {0.075f, -0.200f, -0.085f},
                               {0.100f, -0.300f, -0.080f},
                               {0.098f, -0.365f, -0.078f}}),
                            belly({0.020f, 0.013f}, 0.45f, 0.3f), {0, 0, 1}, kThigh, 40, 18);
  merge(magnus, loft("", P({{0.030f, -0.106f, -0.045f}, {0.075f, -0.135f, -0.070f}, {0.114f, -0.165f, -0.084f}}),
                     belly({0.014f, 0.009f}, 0.4f, 0.35f), {30, 16, {0, 1, 0}}));
  merge(magnus, loft("",
                     P({{0.060f, -0.118f, -0.106f},
                        {0.060f, -0.220f, -0.100f},
                        {0.058f, -0.350f, -0.090f},
                        {0.058f, -0.440f, -0.074f}}),
                     belly({0.016f, 0.013f}, 0.4f, 0.3f), {40, 16, {0, 0, 1}}));
  out.push_back(magnus);
  // Low back.
  out.push_back(fan(s.name("quadratus_lumborum"), s, {{0.074f, 0.078f, -0.108f}, {0.056f, 0.066f, -0.136f}},
                    {{0.072f, 0.300f, -0.110f}, {0.040f, 0.290f, -0.112f}}, {0.0f, 0.0f, -0.010f}, 0.008f, kBack, 12,
                    24));
  addErectorSpinae(out, s);
  addThighMuscles(out, s);
  addMultifidus(out, s);
  addCalfMuscles(out, s);
}

}  // namespace

std::vector<GenMesh> buildMuscles(const BoneDistance& bones) {
  std::vector<GenMesh> out;
  addSide(out, kLeft, bones);
  addSide(out, kRight, bones);
  for (GenMesh& m : out) {
    pushOutOfBones(m, bones, 0.0008f);
    // Where a tendon ends on the small bones at the knee (the fibular head, the kneecap) it starts deep
    // inside them: a second pass takes the last vertices out.
    if (std::any_of(m.positions.begin(), m.positions.end(), [](const glm::vec3& p) { return p.y < -0.45f; }))
      pushOutOfBones(m, bones, 0.0008f);
    // The line of action runs through the muscle, which lies on the bone: keep it just off it.
    for (glm::vec3& p : m.lineOfAction)
      for (int i = 0; i < 4 && bones(p) < 0.002f; ++i) p += bones.gradient(p) * (0.002f - bones(p) + 1e-4f);
  }
  return out;
}

}  // namespace hipscope::gen
