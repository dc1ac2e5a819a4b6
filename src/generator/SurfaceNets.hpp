// Polygonises a signed distance field into a smooth, closed triangle mesh (naive surface nets).
#pragma once
#include "generator/Geometry.hpp"
#include "generator/Sdf.hpp"

namespace hipscope::gen {

// Samples `field` on a grid of `cell` metres over [lo, hi] (expanded by two cells) and builds the
// zero surface. Vertices are projected onto the surface; normals come from the field's gradient.
GenMesh polygonize(const std::string& name, const Field& field, glm::vec3 lo, glm::vec3 hi, float cell);

}  // namespace hipscope::gen
