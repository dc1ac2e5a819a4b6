// The low back's muscle masses: erector spinae and, deep to it, multifidus, beside the lumbar spine.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Landmarks.hpp"

namespace hipscope::gen {

// erector_spinae of side `s`, appended to `out` (authoring space; buildMuscles pushes it out of the bones).
void addErectorSpinae(std::vector<GenMesh>& out, const Side& s);
// multifidus of side `s`, likewise.
void addMultifidus(std::vector<GenMesh>& out, const Side& s);

}  // namespace hipscope::gen
