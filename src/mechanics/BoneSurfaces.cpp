// Bones as rigid bodies for routing tension paths around them.
#include "mechanics/BoneSurfaces.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace hipscope {
namespace {

bool routedAround(const std::string& name) {
  for (const char* prefix : {"hip_bone", "sacrum", "coccyx", "femur"})
    if (name.rfind(prefix, 0) == 0) return true;
  return name.size() == 2 && name[0] == 'l' && name[1] >= '1' && name[1] <= '5';  // l1 .. l5
}

// How near the surface a point is told inside or outside by its nearest point alone.
constexpr double kNear = 0.015;

}  // namespace

BoneSurfaces::BoneSurfaces(const Model& model) : state_(std::make_shared<State>()) {
  for (const MeshPart& part : model.parts) {
    if (!routedAround(part.name) || part.indices.size() < 3) continue;
    mesh::TriangleMesh m;
    std::map<int, float> weight;  // per joint, summed over the vertices: the bone follows the strongest
    for (const Vertex& v : part.vertices) {
      m.positions.push_back(glm::dvec3(v.position));
      for (int k = 0; k < 2; ++k)
        if (v.weights[k] > 0) weight[v.joints[k]] += v.weights[k];
    }
    for (std::size_t i = 0; i + 2 < part.indices.size(); i += 3)
      m.triangles.push_back({part.indices[i], part.indices[i + 1], part.indices[i + 2]});
    int joint = -1;
    float best = 0;
    for (const auto& [j, w] : weight)
      if (w > best) best = w, joint = j;
    state_->meshes.push_back(std::move(m));
    state_->joints.push_back(joint);
  }
}

const std::vector<BoneSurfaces::Bone>& BoneSurfaces::bones() const {
  static const std::vector<Bone> kNone;
  if (!state_) return kNone;
  std::call_once(state_->built, [s = state_.get()] {
    for (std::size_t i = 0; i < s->meshes.size(); ++i)
      s->bones.push_back({std::make_shared<const mesh::MeshQuery>(std::move(s->meshes[i])), s->joints[i]});
  });
  return state_->bones;
}

glm::mat4 BoneSurfaces::poseOf(const Bone& bone, const std::vector<glm::mat4>& joints) const {
  if (bone.joint < 0 || static_cast<std::size_t>(bone.joint) >= joints.size()) return glm::mat4(1.0f);
  return joints[static_cast<std::size_t>(bone.joint)];
}

float BoneSurfaces::depthInside(const glm::vec3& p, const std::vector<glm::mat4>& joints) const {
  float deepest = 0.0f;
  for (const Bone& bone : bones()) {
    const glm::dvec3 rest(glm::inverse(poseOf(bone, joints)) * glm::vec4(p, 1.0f));
    if (!bone.tree->contains(rest)) continue;
    deepest = std::max(deepest, static_cast<float>(bone.tree->closest(rest).distance));
  }
  return deepest;
}

BoneSurfaces::Posed BoneSurfaces::posed(const std::vector<glm::mat4>& joints) const {
  Posed out;
  for (const Bone& bone : bones()) {
    out.toPose.push_back(poseOf(bone, joints));
    out.toRest.push_back(glm::inverse(out.toPose.back()));
  }
  return out;
}

glm::vec3 BoneSurfaces::pushOut(glm::vec3 p, const Posed& posed, float clearance) const {
  // Out of one bone may be into its neighbour (the sacrum and the hip bone meet at the sacroiliac
  // joint): again, until clear of all, a few times at most.
  for (int round = 0; round < 4; ++round) {
    bool moved = false;
    const std::vector<Bone>& all = bones();
    for (std::size_t b = 0; b < all.size(); ++b) {
      const Bone& bone = all[b];
      const glm::dvec3 rest(posed.toRest[b] * glm::vec4(p, 1.0f));
      if (!bone.tree->bounds().contains(rest)) continue;
      // Near the surface, outside or inside for certain where the way from the nearest surface point
      // runs clearly with or against its triangle's outward normal (the bones are closed and wound
      // outward); a point at a steep angle to it (beyond an edge or a corner), or farther off, asks the
      // winding number.
      mesh::SurfacePoint s = bone.tree->closest(rest, kNear);
      if (s.found()) {
        const glm::dvec3 from = rest - s.point;
        const double len = glm::length(from), outside = len > 1e-9 ? glm::dot(from, s.normal) / len : 0.0;
        if (outside > 0.5 || (outside > -0.5 && !bone.tree->contains(rest))) continue;
      } else {
        if (!bone.tree->contains(rest)) continue;
        s = bone.tree->closest(rest);
        if (!s.found()) continue;
      }
      // From inside, the way to the nearest surface point is the way out, whichever way it is wound.
      const glm::dvec3 way = s.point - rest;
      const glm::dvec3 outward = glm::length(way) > 1e-9 ? glm::normalize(way) : s.normal;
      p = glm::vec3(posed.toPose[b] * glm::vec4(glm::vec3(s.point + outward * static_cast<double>(clearance)), 1.0f));
      moved = true;
    }
    if (!moved) break;
  }
  return p;
}

}  // namespace hipscope
