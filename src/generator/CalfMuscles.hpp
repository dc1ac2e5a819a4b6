// The superficial calf muscles: gastrocnemius and soleus, joined in the Achilles tendon.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Landmarks.hpp"

namespace hipscope::gen {

// gastrocnemius and soleus of side `s`, appended to `out` (authoring space, the leg straight below the
// hip; buildMuscles pushes them out of the bones).
void addCalfMuscles(std::vector<GenMesh>& out, const Side& s);

}  // namespace hipscope::gen
