// A muscle's seed as the packer (MusclePacking.cpp) grows it: the muscle as authored filled into its
// part of the lattice, its distance field and where along it it is thickest.
#pragma once
#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include <glm/glm.hpp>

#include "generator/Geometry.hpp"
#include "generator/MeshQueryOf.hpp"
#include "generator/VoxelGrid.hpp"

namespace hipscope::gen::pack {

inline constexpr float kCell = 0.0025f;  // the lattice, metres
inline constexpr float kReach = 0.030f;  // the most a muscle grows beyond its seed (at its thickest)
inline constexpr float kInf = std::numeric_limits<float>::infinity();

// Where along a polyline (0 at its first point, 1 at its last, by arc length) `p` lies nearest.
struct Along {
  float t = 0;
  glm::vec3 point{0}, tangent{0, 1, 0};
};
Along alongLine(const std::vector<glm::vec3>& line, glm::vec3 p);

// One muscle being grown, on its own part of the side's lattice.
struct Seed {
  std::size_t mesh = 0;
  Lattice local;
  glm::ivec3 offset{0};
  std::vector<float> distance;  // to the seed (0 inside it)
  std::vector<float> weight;    // how much it grows here: its belly's thickness at this station, 0..1
  double target = 0;            // m3
  float growth = 0, lo = 0, hi = kReach;
  double volume = 0;

  // Lower claims more. A muscle's own seed is always its own: no neighbour's growth reaches that low;
  // where two seeds overlap, the one whose surface is nearer claims (see shareSeed). A muscle gives
  // way (growth below 0) only as far as a fascia is full there (`fill`, 0..1: see MusclePacking.cpp).
  float score(std::size_t v, float fill = 0) const {
    return distance[v] <= 0 ? -distance[v] - 2 * kReach : distance[v] - grown(fill) * weight[v];
  }
  float grown(float fill) const { return growth < 0 ? growth * fill : growth; }
  std::size_t global(const Lattice& side, int i, int j, int k) const {
    return side.index(i + offset.x, j + offset.y, k + offset.z);
  }
};

// Distances from a voxel transform are exact between voxel centres, so a surface drawn close to
// the set they measure from follows the voxels' steps. Within a few cells of the meshes the distance
// is measured to their surfaces instead (negative inside them).
void refineNear(std::vector<float>& distance, const std::vector<std::uint8_t>& inside, const Lattice& l,
                const std::vector<mesh::MeshQuery>& surfaces);

void bounds(const GenMesh& m, glm::vec3& lo, glm::vec3& hi);

// The seed of muscle `index` of the side's lattice, to be grown to `target` m3.
Seed makeSeed(const GenMesh& m, std::size_t index, const Lattice& side, double target);

}  // namespace hipscope::gen::pack
