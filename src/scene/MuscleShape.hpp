// How a drawn structure is posed and deformed, on the CPU exactly as shaders/mesh.vert does it on the
// GPU: skinned by its two joints, a tense muscle's belly drawn in along its fibres toward its middle,
// and its surface swollen outward. The sciatic contact measures the muscle as it is drawn from this.
#pragma once
#include <vector>

#include <glm/glm.hpp>

#include "scene/Model.hpp"

namespace hipscope {

// The shader's joint array size: joint indices past it use the last one.
inline constexpr int kMaxSkinJoints = 16;
// How far a muscle at full tension swells outward along its normals (metres).
inline constexpr float kBulgeAtFullTension = 0.005f;
// How much a muscle's belly shortens at full tension (of its distance from the middle).
inline constexpr float kBellyShortening = 0.35f;

// A muscle's two ends along its fibres (u near 0 and near 1) and the joints that carry them.
struct FibreEnds {
  glm::vec3 start{0.0f}, end{0.0f};
  int startJoint = -1, endJoint = -1;  // -1: does not move with the skeleton
  bool valid = false;
};
FibreEnds fibreEndsOf(const MeshPart& part);

// A tense muscle's deformation in a pose: the fibre axis (posed, unit), how much the belly shortens
// (0 relaxed), the middle between its two ends (posed), and its swelling in metres.
struct MuscleDeform {
  glm::vec3 axis{0.0f};
  float shortening = 0.0f;
  glm::vec3 centre{0.0f};
  float bulge = 0.0f;
};
// For tension 0..1 in the pose given by `joints` (rest-to-posed per Model::jointNames; empty: rest).
MuscleDeform muscleDeform(const FibreEnds& ends, const std::vector<glm::mat4>& joints, float tension);

// The vertex's skinning matrix (identity when it has no weights or there are no joints).
glm::mat4 skinMatrix(const Vertex& v, const std::vector<glm::mat4>& joints);
// Where the vertex is drawn: skinned, then deformed as a muscle (null: not a muscle, or relaxed).
glm::vec3 drawnPosition(const Vertex& v, const std::vector<glm::mat4>& joints, const MuscleDeform* deform = nullptr);

}  // namespace hipscope
