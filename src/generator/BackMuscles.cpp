// Multifidus, our own estimate from the atlas (Gray's, Netter) placed on the vertebrae's landmarks: a
// thick mass filling the groove between the spinous processes and the transverse processes, lying on
// the laminae, deep to (in front of and medial of) the erector spinae. Broadest and thickest over the
// back of the sacrum, between its median crest and the posterior superior iliac spine, narrowing up to
// L1; its fascicles rise two to four levels to the spinous processes above.
#include "generator/BackMuscles.hpp"

#include "generator/MuscleProfiles.hpp"

namespace hipscope::gen {
namespace {

const glm::vec4 kDeepBack{0.66f, 0.22f, 0.17f, 1.0f};

}  // namespace

void addMultifidus(std::vector<GenMesh>& out, const Side& s) {
  using namespace lm;
  // Up the back of the sacrum (S4 to S1), then over the lamina of each lumbar vertebra, L5 to L1: the
  // laminae meet the spinous process about 44 mm behind the body's centre (Skeleton.cpp, vertebra), the
  // muscle lies just behind them, beside the spinous process.
  std::vector<glm::vec3> path = mirrored(
      s, {{0.013f, -0.026f, -0.156f}, {0.021f, 0.012f, -0.159f}, {0.023f, 0.040f, -0.153f}, {0.019f, 0.068f, -0.143f}});
  for (int level = 4; level >= 0; --level) {
    const glm::vec3 c = lumbarBody[level];
    path.push_back(s({0.0165f - 0.0008f * static_cast<float>(4 - level), c.y, c.z - 0.049f}));
  }
  // Wide and flat over the sacrum and lower lumbar spine, thinner and narrower toward L1.
  GenMesh m = fusiform(s.name("multifidus"), path,
                       sections({{0, 0.008f, 0.005f},
                                 {0.12f, 0.015f, 0.009f},
                                 {0.3f, 0.016f, 0.011f},
                                 {0.45f, 0.013f, 0.010f},
                                 {0.7f, 0.011f, 0.008f},
                                 {0.9f, 0.008f, 0.006f},
                                 {1, 0.005f, 0.004f}}),
                       {0, 0, 1}, kDeepBack, 48, 18);
  // The line of action: from the back of the sacrum over L5 and L4 to the spinous processes of L3 to
  // L1 (the via points on the laminae move with their vertebrae).
  m.lineOfAction = {path[1], path[4], path[5], path[6], path[8]};
  out.push_back(std::move(m));
}

}  // namespace hipscope::gen
