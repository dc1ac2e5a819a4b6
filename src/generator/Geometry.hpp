// Mesh authoring primitives for the anatomy generator: smooth lofts along curved paths.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>

namespace hipscope::gen {

struct GenMesh {
  std::string name;
  glm::vec4 color{0.8f, 0.8f, 0.8f, 1.0f};
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<glm::vec2> uvs;  // u along the path (muscle fibre direction), v around it
  std::vector<std::uint32_t> indices;
  // Muscles: the line of action, origin through via points to insertion (rest pose).
  std::vector<glm::vec3> lineOfAction;
  // Skinning (optional): up to four joints per vertex with weights summing to 1.
  std::vector<glm::u16vec4> joints;
  std::vector<glm::vec4> weights;
};

// Cross-section half-widths at path parameter t in 0..1 (x: along the frame's side axis, y: its up axis).
using Profile = std::function<glm::vec2(float t)>;

struct LoftOptions {
  int rings = 32;         // stations along the path
  int sides = 24;         // vertices around each ring
  glm::vec3 up{0, 0, 1};  // preferred direction of the cross-section's y axis
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

namespace hipscope::gen {

// A fan- or sheet-shaped muscle: fibres run from points on an origin line to points on an insertion
// line (which may collapse to a tendon), each fibre a quadratic curve bowed by `bulge`. The sheet
// gets a thickness that is greatest in the belly and thins to the edges and tendons.
struct SheetSpec {
  std::vector<glm::vec3> origin;     // polyline across the origin, resampled
  std::vector<glm::vec3> insertion;  // polyline across the insertion, resampled (one point = tendon)
  glm::vec3 bulge{0.0f};             // displacement of every fibre's middle (outward = thickness side)
  float thickness = 0.01f;           // half-thickness of the belly
  float originFraction = 0.6f;       // fraction of the belly's thickness at the origin (fleshy)
  float insertionFraction = 0.3f;    // ... and at the insertion (tendinous)
  int fibres = 20, stations = 28;
  // Optional: moves a point of the mid-surface (e.g. to lie on the bone the muscle covers).
  std::function<glm::vec3(const glm::vec3&)> conform;
};
GenMesh sheet(const std::string& name, const SheetSpec& spec);

// Point on a polyline at parameter t in 0..1 (by arc length).
glm::vec3 alongPolyline(const std::vector<glm::vec3>& line, float t);

// Appends one mesh to another.
void merge(GenMesh& into, const GenMesh& part);

}  // namespace hipscope::gen
