// Muscle separation: each mesh's vertices tested against every overlapping neighbour's surface.
#include "generator/MuscleSeparation.hpp"

#include <algorithm>
#include <future>

#include "generator/MuscleSeed.hpp"
#include "scene/MeshQuery.hpp"

namespace hipscope::gen {
namespace {

bool overlaps(const mesh::Box& a, const mesh::Box& b) {
  return glm::all(glm::lessThanEqual(a.min, b.max)) && glm::all(glm::lessThanEqual(b.min, a.max));
}

}  // namespace

float separate(std::vector<GenMesh*>& meshes, const std::vector<const GenMesh*>& fixed, float clearance) {
  std::vector<mesh::MeshQuery> queries;
  for (const GenMesh* m : meshes) queries.push_back(queryOf(*m));
  for (const GenMesh* m : fixed) queries.push_back(queryOf(*m));
  // Where each vertex goes, decided against the surfaces as they were.
  std::vector<std::vector<glm::vec3>> moved(meshes.size());
  std::vector<float> deepest(meshes.size(), 0.0f);
  auto decide = [&](std::size_t first) {
    for (std::size_t a = first; a < meshes.size(); a += 2) {
      moved[a] = meshes[a]->positions;
      for (std::size_t b = 0; b < queries.size(); ++b) {
        if (a == b || !overlaps(queries[a].bounds(), queries[b].bounds())) continue;
        for (glm::vec3& p : moved[a]) {
          const glm::dvec3 q = p;
          if (!queries[b].contains(q)) continue;
          const mesh::SurfacePoint s = queries[b].closest(q);
          deepest[a] = std::max(deepest[a], static_cast<float>(s.distance));
          // Out along the other's outward normal, whichever way its triangle faced the vertex.
          const glm::dvec3 n = glm::dot(s.normal, q - s.point) > 0 ? -s.normal : s.normal;
          p = glm::vec3(s.point + n * double(clearance));
        }
      }
    }
  };
  auto odd = std::async(std::launch::async, decide, 1);
  decide(0);
  odd.get();
  for (std::size_t a = 0; a < meshes.size(); ++a) {
    meshes[a]->positions = std::move(moved[a]);
    computeNormals(*meshes[a]);
  }
  return *std::max_element(deepest.begin(), deepest.end());
}

}  // namespace hipscope::gen
