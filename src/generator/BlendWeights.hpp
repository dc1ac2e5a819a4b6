// The soft tissue's skin weights: a smooth partition between the bones a muscle, nerve or the skin
// spans, so that a bent joint spreads over a band of tissue instead of tearing it at one seam.
#pragma once
#include <vector>

#include <glm/glm.hpp>

#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// How wide the blend is across each joint: the weight goes from one bone's joint to the next while
// the difference of the distances to the two bones runs over -width..+width (metres).
struct BlendBands {
  float hip = 0.12f;     // pelvis and spine -> femur: a 90 degree bend over most of a hand's breadth
  float knee = 0.045f;   // femur and patella -> tibia and fibula
  float ankle = 0.02f;   // tibia and fibula -> foot
  float lumbar = 0.03f;  // pelvis -> lumbar spine (the vertebrae blend with each other by height)
};

struct BlendWeight {
  glm::u16vec4 joints{0};
  glm::vec4 weights{0.0f};
};

// The two joints (of skeletonJoints()) carrying `p` and their weights, continuous in `p`: along the
// leg the weight of each joint is a smoothstep of the difference of the distances to the bones on
// either side of it; up the back it is linear in height between the vertebral bodies' centres, and
// near the pelvis it goes back to the pelvis. `bones` in model space (converged).
BlendWeight blendWeight(const glm::vec3& p, const std::vector<BoneShape>& bones, const BlendBands& bands);

}  // namespace hipscope::gen
