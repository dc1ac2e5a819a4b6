// The calf muscles, our own estimates from the atlas (Gray's, Netter) placed on the knee and ankle
// landmarks: the two heads of gastrocnemius above the femoral condyles, the soleus below them on the
// fibula and tibia, both ending in the Achilles tendon on the back of the calcaneus.
#include "generator/CalfMuscles.hpp"

#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {
namespace {

const glm::vec4 kCalf{0.64f, 0.19f, 0.17f, 1.0f};
const glm::vec4 kSoleus{0.70f, 0.23f, 0.18f, 1.0f};
const glm::vec3 kBackToFront{0, 0, 1};  // the sections' thin axis: the calf muscles are flat front to back

// Where the Achilles tendon ends: the middle of the back of the calcaneal tuber (lm::heel).
constexpr glm::vec3 kAchillesEnd{lm::heel.x + 0.001f, lm::heel.y + 0.014f, lm::heel.z - 0.019f};
// The lines of action end where the tendon's fibres meet the bone, in front of the tendon's centre.
constexpr glm::vec3 kAchillesOnBone = kAchillesEnd + glm::vec3(0.0f, 0.0f, 0.004f);

GenMesh gastrocnemius(const Side& s) {
  // The medial head, the larger, from the back of the femur just above the medial condyle, reaching
  // lower down the calf than the lateral head.
  const std::vector<glm::vec3> medial = mirrored(s, {{lm::medialCondyle.x, -0.456f, -0.098f},
                                                     {0.066f, -0.484f, -0.123f},
                                                     {0.069f, -0.540f, -0.140f},
                                                     {0.074f, -0.610f, -0.147f},
                                                     {0.081f, -0.670f, -0.145f},
                                                     {0.086f, -0.715f, -0.140f}});
  // The lateral head, from above the lateral condyle (the lateral epicondyle's back).
  const std::vector<glm::vec3> lateral = mirrored(s, {{lm::lateralCondyle.x + 0.001f, -0.458f, -0.097f},
                                                      {0.107f, -0.484f, -0.121f},
                                                      {0.108f, -0.540f, -0.136f},
                                                      {0.104f, -0.600f, -0.141f},
                                                      {0.098f, -0.650f, -0.139f},
                                                      {0.092f, -0.690f, -0.136f}});
  // The heads' aponeurosis on their deep surface narrows into the Achilles tendon, behind the soleus's.
  const std::vector<glm::vec3> tendon = mirrored(s, {{0.088f, -0.640f, -0.136f},
                                                     {0.089f, -0.720f, -0.138f},
                                                     {0.090f, -0.800f, -0.136f},
                                                     {0.090f, -0.860f, -0.135f},
                                                     kAchillesEnd});
  GenMesh m = loft(s.name("gastrocnemius"), medial,
                   sections({{0, 0.007f, 0.004f},
                             {0.15f, 0.013f, 0.009f},
                             {0.45f, 0.027f, 0.016f},
                             {0.75f, 0.021f, 0.012f},
                             {1, 0.009f, 0.004f}}),
                   {40, 20, kBackToFront});
  merge(m, loft("", lateral,
                sections({{0, 0.006f, 0.004f},
                          {0.15f, 0.009f, 0.008f},
                          {0.45f, 0.019f, 0.013f},
                          {0.75f, 0.016f, 0.010f},
                          {1, 0.008f, 0.004f}}),
                {40, 18, kBackToFront}));
  merge(m, loft("", tendon,
                sections({{0, 0.020f, 0.004f}, {0.35f, 0.013f, 0.0035f}, {0.7f, 0.008f, 0.0035f}, {1, 0.007f, 0.003f}}),
                {40, 14, kBackToFront}));
  m.color = kCalf;
  // One line of action for both heads: from between their origins, round the back of the condyles
  // (where it wraps while the knee is straight), down the calf on the shank and the tendon to the heel.
  // It spans the knee and the ankle. The wrap point rides the femur on the upper back of the condyles,
  // where their surface faces back and up: as the knee bends the heads leave it and run straight back
  // from their origins to the calf (as the reference's wrap point, which holds only to 45 degrees). Set
  // at the condyles' most posterior point (facing straight back), it caught the calf again at 90
  // degrees, the path dipping down to it and back up, and the muscle barely shortened (-2 mm against
  // the reference's -30 mm, issue 12).
  m.lineOfAction = mirrored(s, {{0.090f, -0.457f, -0.098f},
                                {0.090f, -0.468f, -0.106f},
                                {0.090f, -0.620f, -0.126f},
                                {0.090f, -0.820f, -0.130f},
                                kAchillesOnBone});
  return m;
}

GenMesh soleus(const Side& s) {
  // The main mass, broad and flat, under the gastrocnemius from below the knee to low in the calf; its
  // tendon joins the front of the gastrocnemius's in the Achilles tendon.
  const std::vector<glm::vec3> mass = mirrored(s, {{0.100f, -0.560f, -0.118f},
                                                   {0.096f, -0.620f, -0.117f},
                                                   {0.092f, -0.700f, -0.121f},
                                                   {0.090f, -0.780f, -0.123f},
                                                   {0.090f, -0.850f, -0.128f},
                                                   kAchillesEnd + glm::vec3(0.0f, 0.002f, 0.005f)});
  GenMesh m = loft(s.name("soleus"), mass,
                   sections({{0, 0.012f, 0.004f},
                             {0.05f, 0.022f, 0.008f},
                             {0.14f, 0.034f, 0.013f},
                             {0.35f, 0.040f, 0.015f},
                             {0.55f, 0.030f, 0.012f},
                             {0.72f, 0.010f, 0.004f},
                             {1, 0.007f, 0.003f}}),
                   {48, 22, kBackToFront});
  // The fibular origin: the back of the fibular head and the upper third of the shaft's back.
  merge(m, loft("",
                mirrored(s, {{lm::fibularHead.x + 0.004f, -0.540f, -0.106f},
                             {0.113f, -0.580f, -0.099f},
                             {0.107f, -0.625f, -0.094f},
                             {0.104f, -0.670f, -0.111f}}),
                sections({{0, 0.006f, 0.005f}, {0.4f, 0.009f, 0.010f}, {1, 0.010f, 0.010f}}), {24, 12, kBackToFront}));
  // The tibial origin: the soleal line and the middle third of the tibia's medial border. The tibial
  // nerve passes between the two origins, under the tendinous arch that joins them.
  merge(m, loft("", mirrored(s, {{0.078f, -0.590f, -0.097f}, {0.073f, -0.640f, -0.100f}, {0.078f, -0.700f, -0.112f}}),
                sections({{0, 0.004f, 0.003f}, {0.4f, 0.006f, 0.005f}, {1, 0.008f, 0.005f}}), {20, 12, kBackToFront}));
  m.color = kSoleus;
  // It spans the ankle only: from the shank to the heel.
  m.lineOfAction = mirrored(s, {{0.100f, -0.590f, -0.104f}, {0.090f, -0.800f, -0.126f}, kAchillesOnBone});
  return m;
}

}  // namespace

void addCalfMuscles(std::vector<GenMesh>& out, const Side& s) {
  out.push_back(gastrocnemius(s));
  out.push_back(soleus(s));
}

}  // namespace hipscope::gen
