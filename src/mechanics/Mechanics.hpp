// Muscle mechanics (no GL): lines of action attached to joints, a pose, and the lengths that follow.
#pragma once
#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace hipscope {

// Joint angles in degrees. Index 0 is the left side, 1 the right.
struct Pose {
  std::array<float, 2> hipFlexion{0, 0};    // + brings the thigh forward
  std::array<float, 2> hipAbduction{0, 0};  // + takes it out to the side
  std::array<float, 2> hipRotation{0, 0};   // + internal rotation
  float lumbarFlexion = 0;                  // + bends the low back forward, shared over L1-L5
  float lumbarSideBend = 0;                 // + bends it toward the left (+X), shared over L1-L5
  std::array<float, 2> kneeFlexion{0, 0};   // + bends the knee, the heel toward the buttock
  std::array<float, 2> ankleFlexion{0, 0};  // + dorsiflexion (toes up), - plantar flexion
};

struct MusclePath {
  std::string id;  // e.g. "piriformis_r"
  struct Point {
    int joint;               // index into Mechanics::joints()
    glm::vec3 position;      // rest pose, model space
    glm::vec3 normal{0.0f};  // via points: out of the bone they wrap over; zero for attachments
  };
  std::vector<Point> points;  // origin, via points, insertion
};

struct JointInfo {
  std::string name;
  int parent;  // -1 for the root
  glm::vec3 position;
};

class Mechanics {
 public:
  // Reads mechanics.json as written by the generator; throws UserError naming the file and problem.
  static Mechanics load(const std::filesystem::path& path);

  const std::vector<MusclePath>& muscles() const { return muscles_; }
  const std::vector<JointInfo>& joints() const { return joints_; }
  const MusclePath* find(const std::string& id) const;

  // Rest-to-posed transform of every joint (what skinning applies to points bound to it).
  std::vector<glm::mat4> jointTransforms(const Pose& pose) const;
  // jointTransforms(Pose{}), computed once when loaded.
  const std::vector<glm::mat4>& restTransforms() const { return rest_; }
  // A muscle's line of action in the pose. A via point counts only while the muscle presses on it
  // (its straight course between the neighbouring points would dip into the bone there), so the
  // path wraps over bone where it must and lifts off where the pose lets it.
  std::vector<glm::vec3> posedPath(const MusclePath& muscle, const std::vector<glm::mat4>& transforms) const;
  // Length of the line of action in metres.
  float length(const MusclePath& muscle, const Pose& pose) const;

 private:
  std::vector<JointInfo> joints_;
  std::vector<MusclePath> muscles_;
  std::vector<glm::mat4> rest_;
};

// Rotation in model axes for a hip of side `side` (0 left, 1 right): flexion, abduction, rotation.
glm::mat4 hipRotation(int side, float flexionDeg, float abductionDeg, float rotationDeg);
// The knee's and the ankle's hinge in the thigh's and the shank's frame (about the X axis): knee
// flexion takes the shank backward (-Z), dorsiflexion takes the toes up (+Y).
glm::mat4 kneeRotation(float flexionDeg);
glm::mat4 ankleRotation(float dorsiflexionDeg);

}  // namespace hipscope
