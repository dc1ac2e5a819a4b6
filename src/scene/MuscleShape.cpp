// The vertex shader's posing and muscle deformation, on the CPU.
#include "scene/MuscleShape.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope {

FibreEnds fibreEndsOf(const MeshPart& part) {
  FibreEnds e;
  glm::vec3 sums[2] = {glm::vec3(0.0f), glm::vec3(0.0f)};
  int counts[2] = {0, 0};
  for (const Vertex& v : part.vertices) {
    const int k = v.uv.x < 0.05f ? 0 : v.uv.x > 0.95f ? 1 : -1;
    if (k < 0) continue;
    sums[k] += v.position;
    if (counts[k]++ == 0 && v.weights[0] + v.weights[1] > 0.0f)
      (k == 0 ? e.startJoint : e.endJoint) = v.weights[0] >= v.weights[1] ? v.joints[0] : v.joints[1];
  }
  if (counts[0] == 0 || counts[1] == 0) return e;
  e.start = sums[0] / static_cast<float>(counts[0]);
  e.end = sums[1] / static_cast<float>(counts[1]);
  e.valid = glm::distance(e.start, e.end) > 1e-4f;
  return e;
}

MuscleDeform muscleDeform(const FibreEnds& e, const std::vector<glm::mat4>& joints, float tension) {
  MuscleDeform d;
  d.bulge = kBulgeAtFullTension * tension;
  if (!e.valid || tension <= 0.0f) return d;
  auto posed = [&](const glm::vec3& p, int joint) {
    return joint >= 0 && static_cast<std::size_t>(joint) < joints.size()
               ? glm::vec3(joints[static_cast<std::size_t>(joint)] * glm::vec4(p, 1.0f))
               : p;
  };
  const glm::vec3 a = posed(e.start, e.startJoint), b = posed(e.end, e.endJoint);
  if (glm::distance(a, b) < 1e-4f) return d;
  d.axis = glm::normalize(b - a);
  d.shortening = kBellyShortening * tension;
  d.centre = 0.5f * (a + b);
  return d;
}

glm::mat4 skinMatrix(const Vertex& v, const std::vector<glm::mat4>& joints) {
  // As setJoints uploads them: more joints than the shader holds leave the model at rest.
  if (joints.empty() || joints.size() > static_cast<std::size_t>(kMaxSkinJoints) || v.weights[0] + v.weights[1] <= 0.0f)
    return glm::mat4(1.0f);
  const int count = static_cast<int>(joints.size());
  auto joint = [&](int j) -> const glm::mat4& { return joints[static_cast<std::size_t>(std::min(j, count - 1))]; };
  return joint(v.joints[0]) * v.weights[0] + joint(v.joints[1]) * v.weights[1];
}

glm::vec3 drawnPosition(const Vertex& v, const std::vector<glm::mat4>& joints, const MuscleDeform* deform) {
  const glm::mat4 skin = skinMatrix(v, joints);
  glm::vec3 world = glm::vec3(skin * glm::vec4(v.position, 1.0f));
  if (!deform) return world;
  if (deform->shortening > 0.0f) {
    const float along = glm::dot(world - deform->centre, deform->axis);
    world -= deform->axis * along * deform->shortening * std::sin(3.14159265f * std::clamp(v.uv.x, 0.0f, 1.0f));
  }
  const glm::vec3 n = glm::mat3(skin) * v.normal;
  const float length = glm::length(n);
  if (length > 0.0f) world += n / length * deform->bulge;
  return world;
}

}  // namespace hipscope
