// Muscles at their real size, filling the body as they do in life. Each muscle as first authored (a
// lofted belly or a draped sheet) is the seed of its compartment: every muscle grows out from its
// seed, most where its belly is thickest, until it reaches its volume in life (MuscleVolumes.hpp) or
// meets a neighbour, a bone, a nerve or the midline. Where two grow into the same space they share
// it along the surface halfway between them, with a thin gap, so they pack against each other and
// never pass into one another. The result is polygonised like the bones and smoothed.
#pragma once
#include <string>
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Sdf.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

struct PackedMuscle {
  std::string name;
  double seedCm3 = 0, targetCm3 = 0, packedCm3 = 0;  // closed-mesh volumes
};

// Grows the muscles of `muscles` that have a volume in life (both sides) in place: each is replaced by
// its packed mesh (its line of action kept; uv.x along it, uv.y around it). The `hard` obstacles (bones)
// and the `soft` ones (nerves), and the muscles without a volume, stay as they are and are kept clear
// of; a seed gives way to the soft ones too. `bones` takes the packed meshes' last vertices out of the
// bones exactly.
// Everything stays inside `envelope` (negative inside: the skin less the fat under it, and a fascia),
// seeds too. Where `fill` (0..1) is 1 the fascia is full: every voxel near a seed is some muscle's,
// the volumes shared out among them, with a thinner gap between neighbours.
std::vector<PackedMuscle> packMuscles(std::vector<GenMesh>& muscles, const std::vector<const GenMesh*>& hard,
                                      const std::vector<const GenMesh*>& soft, const Field& envelope, const Field& fill,
                                      const BoneDistance& bones);

// The signed volume enclosed by a closed, outward-facing mesh (m3).
double enclosedVolume(const GenMesh& mesh);

}  // namespace hipscope::gen
