// A generated mesh as a closest-point and inside query (the library's bounding-volume hierarchy).
#pragma once
#include "generator/Geometry.hpp"
#include "scene/MeshQuery.hpp"

namespace hipscope::gen {

mesh::MeshQuery queryOf(const GenMesh& m);

}  // namespace hipscope::gen
