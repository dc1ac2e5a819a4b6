// A simple stand-in pelvis/hip scene built from lofts, until the full anatomy generator lands (issue 3).
#pragma once
#include <vector>

#include "generator/Geometry.hpp"

namespace hipscope::gen {

// Model conventions: metres; +Y superior, +Z anterior, +X the subject's left; origin between the ASIS.
std::vector<GenMesh> buildPlaceholderAnatomy();

}  // namespace hipscope::gen
