// Fewer triangles for the same shape (meshoptimizer's edge collapse): the packed muscles at their
// drawn detail, and their coarser levels of detail.
#pragma once
#include "generator/Geometry.hpp"

namespace hipscope::gen {

// The mesh with triangles collapsed while its surface moves by at most `error` metres (and to no
// fewer than `fraction` of its triangles); every vertex attribute carried along, unused ones dropped.
GenMesh simplified(const GenMesh& mesh, float error, float fraction = 0.0f);

}  // namespace hipscope::gen
