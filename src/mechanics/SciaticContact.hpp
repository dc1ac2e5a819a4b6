// The piriformis pressing on the sciatic nerve, measured between the meshes as they are drawn: the
// muscle and the nerve skinned into the pose, the muscle deformed by its tension exactly as the vertex
// shader does it (scene/MuscleShape.hpp), then how far they overlap, and how far the hip bone of the
// sciatic notch behind the nerve overlaps it where the muscle pushes it there.
//
// Measured along the nerve's trunk (its largest connected piece), where the nerve leaves the pelvis
// below the muscle. The scale: compression = overlap depth / the nerve's own radius (its trunk's median radius at
// rest), clamped to 0..1.
// 0: the two only touch or lie apart; 1: the overlap reaches the nerve's centre line.
// With the anatomical variant (anatomy.sciatic_nerve=through) the same is measured on the variant's
// own meshes: the nerve between the two heads of a split piriformis, pressed from both sides.
#pragma once
#include <array>
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "scene/MeshQuery.hpp"
#include "scene/Model.hpp"
#include "scene/MuscleShape.hpp"

namespace hipscope {

struct NerveCompression {
  bool measured = false;    // the model has this side's piriformis and sciatic nerve
  float amount = 0.0f;      // 0..1, see above
  float depth = 0.0f;       // metres of overlap: muscle into nerve, plus the bone behind it
  float radius = 0.0f;      // the nerve's own radius, the scale (metres)
  glm::vec3 contact{0.0f};  // posed point on the nerve's surface where it is pressed hardest
  glm::vec3 centre{0.0f};   // the nerve's centre line there, where its narrowing is drawn
  float along = 0.0f;       // the nerve's u (uv.x, roots 0 .. leg 1) there: pain runs on from it
  std::string structure;    // what presses on it: "piriformis_r", or the variant's mesh
  bool touching() const { return depth > 0.0f; }
};

class SciaticContact {
 public:
  SciaticContact() = default;
  // Finds each side's piriformis, sciatic nerve (and their ".through" variants) and hip bone; what is
  // missing or unusable (a nerve mesh that is not closed) becomes one line in problems().
  explicit SciaticContact(const Model& model);

  bool measurable(int side) const { return sides_[static_cast<std::size_t>(side)].muscle >= 0; }
  // The part index of that side's piriformis (-1 when the side is not measurable).
  int muscle(int side) const { return sides_[static_cast<std::size_t>(side)].muscle; }
  const std::vector<std::string>& problems() const { return problems_; }

  // Side 0 left, 1 right. `joints`: rest-to-posed per Model::jointNames (empty: rest); `piriformis`:
  // that muscle's deformation for its tension in this pose; `through`: the variant's meshes.
  NerveCompression measure(const Model& model, int side, const std::vector<glm::mat4>& joints,
                           const MuscleDeform& piriformis, bool through) const;

 private:
  struct Side {
    int muscle = -1, nerve = -1;                // part indices
    int muscleThrough = -1, nerveThrough = -1;  // variant indices within those parts, or -1
    int bone = -1;                              // the hip bone part, or -1
    // The nerve's trunk, usual and variant: its largest connected piece (the roots of the plexus and
    // the branches above the knee are pieces of their own, which the muscle does not press on).
    std::vector<char> trunk, trunkThrough;
    float trunkRadius = 0.0f, trunkRadiusThrough = 0.0f;  // their median radius at rest
    // The trunk's triangles (offsets into the index list) that lie within reach of the muscle at rest:
    // the only ones a pose can bring into it.
    std::vector<std::uint32_t> near, nearThrough;
    std::shared_ptr<const mesh::MeshQuery> boneAtRest;
    // The muscle's tree (usual and variant), built once at rest and refitted to each pose.
    std::shared_ptr<mesh::MeshQuery> muscleTree, muscleTreeThrough;
  };
  // The last measurement per side and what it was measured for: frames that redraw an unchanged pose
  // (a breathing highlight, a turning camera) measure nothing again.
  struct Memo {
    std::vector<glm::mat4> joints;
    MuscleDeform deform;
    bool through = false, valid = false;
    NerveCompression result;
  };
  NerveCompression compute(const Model& model, int side, const std::vector<glm::mat4>& joints,
                           const MuscleDeform& piriformis, bool through) const;

  std::array<Side, 2> sides_;
  std::vector<std::string> problems_;
  mutable std::array<Memo, 2> memo_;
};

// Whether the part's triangles form a closed surface (every edge shared by exactly two triangles).
bool isClosed(const MeshPart& part);
// Per vertex, 1 in the part's largest connected piece of triangles.
std::vector<char> largestPiece(const MeshPart& part);

}  // namespace hipscope
