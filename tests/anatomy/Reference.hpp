// The OpenSim Gait2392 reference data (read at run time, never copied), converted into our model frame.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "scene/MeshQuery.hpp"

namespace hipscope::anatomy {
using namespace hipscope::mesh;  // the mesh queries live in the library (scene/MeshQuery.hpp)

// Reference frame (x anterior, y superior, z subject's right) -> ours (+X subject's left, +Y superior,
// +Z anterior); both in metres with the origin between the ASIS. The one place the axes are mapped.
Vec3 fromReference(const Vec3& reference);
// An extent (box size) in the reference axes -> the same extent along our axes.
inline Vec3 sizeFromReference(const Vec3& size) { return glm::abs(fromReference(size)); }

// Our frame mirrored across the mid-sagittal plane (left <-> right).
inline Vec3 mirrored(const Vec3& p) { return {-p.x, p.y, p.z}; }

struct Reference {
  std::filesystem::path directory;
  Vec3 pelvisSize{0};     // pelvis incl. sacrum, bounding-box extent along our X, Y, Z
  Vec3 hipCentreLeft{0};  // hip joint centres
  Vec3 hipCentreRight{0};
  Vec3 sciaticNotchRight{0};              // estimate of the right greater sciatic notch apex
  Vec3 kneeCentre[2]{Vec3(0), Vec3(0)};   // knee joint centres, left then right
  Vec3 ankleCentre[2]{Vec3(0), Vec3(0)};  // ankle joint centres, left then right
  // Muscle paths by reference name ("glut_max1_r"), origin first, insertion last, default pose.
  std::map<std::string, std::vector<Vec3>> musclePaths;
  // The body each of those points moves with ("femur_l", "tibia_l", "calcn_l"), in the same order.
  std::map<std::string, std::vector<std::string>> muscleBodies;

  const std::vector<Vec3>* path(const std::string& name) const;
};

// Reads landmarks.json and muscles.json; throws std::runtime_error naming the file on bad data.
Reference loadReference(const std::filesystem::path& directory);

// The bounding box of the vertices of the reference meshes `parts` ("tibia_l" reads
// tibia_l_pelvisframe.obj), in our frame; throws std::runtime_error naming a file it cannot read.
Box referenceBox(const std::filesystem::path& directory, const std::vector<std::string>& parts);

}  // namespace hipscope::anatomy
