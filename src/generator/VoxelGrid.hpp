// A regular lattice of voxels, closed meshes filled into it, and exact distances between voxels
// (the muscle packer's ground: MusclePacking.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "generator/Geometry.hpp"

namespace hipscope::gen {

struct Lattice {
  glm::vec3 origin{0.0f};  // centre of voxel (0, 0, 0)
  float cell = 0.0025f;    // metres
  glm::ivec3 size{0};      // voxels per axis

  std::size_t count() const { return static_cast<std::size_t>(size.x) * size.y * size.z; }
  std::size_t index(int i, int j, int k) const { return (static_cast<std::size_t>(k) * size.y + j) * size.x + i; }
  glm::vec3 centre(int i, int j, int k) const { return origin + glm::vec3(i, j, k) * cell; }
  // The part of this lattice around [lo, hi] (widened by `margin` metres), on the same voxel centres,
  // clipped to this lattice. `offset` receives its first voxel's index here.
  Lattice around(glm::vec3 lo, glm::vec3 hi, float margin, glm::ivec3& offset) const;
};

// 1 for every voxel whose centre lies inside the closed mesh (crossings counted along +Z), else 0.
// Voxels already set in `into` stay set (a union of meshes).
void fillInside(const GenMesh& mesh, const Lattice& lattice, std::vector<std::uint8_t>& into);

// Euclidean distance (metres) from each voxel centre to the nearest voxel set in `inside` (0 there),
// exact on the lattice (Felzenszwalb & Huttenlocher's separable transform).
std::vector<float> distanceToSet(const std::vector<std::uint8_t>& inside, const Lattice& lattice);

// The values smoothed by a [1 2 1] / 4 filter along each axis (the lattice's faces kept).
void smoothAlongAxes(std::vector<float>& values, const Lattice& lattice);

// The value at `p` of a field given at voxel centres, interpolated trilinearly (outside: `outside`).
float sampleTrilinear(const std::vector<float>& values, const Lattice& lattice, glm::vec3 p, float outside);

}  // namespace hipscope::gen
