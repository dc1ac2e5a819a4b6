// Mesh authoring primitives for the anatomy generator: smooth lofts along curved paths.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace hipscope::gen {

struct GenMesh {
  std::string name;
  glm::vec4 color{0.8f, 0.8f, 0.8f, 1.0f};
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<glm::vec2> uvs;  // u along the path (muscle fibre direction), v around it
  std::vector<std::uint32_t> indices;
};

// Cross-section half-widths at path parameter t in 0..1 (x: along the frame's side axis, y: its up axis).
using Profile = std::function<glm::vec2(float t)>;

struct LoftOptions {
  int rings = 32;        // stations along the path
  int sides = 24;        // vertices around each ring
  glm::vec3 up{0, 0, 1}; // preferred direction of the cross-section's y axis
  bool capStart = true, capEnd = true;
};

// Centripetal Catmull-Rom through `points`, sampled at t in 0..1.
glm::vec3 samplePath(const std::vector<glm::vec3>& points, float t);

// A closed tube with elliptical cross-sections along a smooth path through `points`.
GenMesh loft(const std::string& name, const std::vector<glm::vec3>& points, const Profile& profile,
             const LoftOptions& options = {});

// Fusiform profile: thin tendons at both ends, a belly of `belly` half-widths in the middle.
Profile fusiform(glm::vec2 belly, float tendon = 0.25f);
// Constant profile.
Profile constant(glm::vec2 halfWidths);

// Recomputes smooth vertex normals from the triangles.
void computeNormals(GenMesh& mesh);

}  // namespace hipscope::gen
