// The deep low back muscle: multifidus, in the groove beside the lumbar spinous processes.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Landmarks.hpp"

namespace hipscope::gen {

// multifidus of side `s`, appended to `out` (authoring space; buildMuscles pushes it out of the bones).
void addMultifidus(std::vector<GenMesh>& out, const Side& s);

}  // namespace hipscope::gen
