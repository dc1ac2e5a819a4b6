// Shared profiles of the muscle and nerve generators, and the lofted muscle.
#include "generator/MuscleProfiles.hpp"

#include <algorithm>
#include <cmath>

namespace hipscope::gen {

std::vector<glm::vec3> mirrored(const Side& s, std::initializer_list<glm::vec3> left) {
  std::vector<glm::vec3> out;
  for (const glm::vec3& p : left) out.push_back(s(p));
  return out;
}

Profile piriformisProfile() { return knots({{0, 0.015f}, {0.3f, 0.016f}, {0.6f, 0.010f}, {1, 0.004f}}, 0.5f); }

Profile knots(std::vector<glm::vec2> k, float aspect) {
  return [k, aspect](float t) {
    for (std::size_t i = 0; i + 1 < k.size(); ++i)
      if (t <= k[i + 1].x) {
        const float r = glm::mix(k[i].y, k[i + 1].y, (t - k[i].x) / (k[i + 1].x - k[i].x));
        return glm::vec2(r, r * aspect);
      }
    return glm::vec2(k.back().y, k.back().y * aspect);
  };
}

Profile sections(std::vector<glm::vec3> k) {
  return [k](float t) {
    for (std::size_t i = 0; i + 1 < k.size(); ++i)
      if (t <= k[i + 1].x) {
        const float w = (t - k[i].x) / (k[i + 1].x - k[i].x);
        return glm::vec2(glm::mix(k[i].y, k[i + 1].y, w), glm::mix(k[i].z, k[i + 1].z, w));
      }
    return glm::vec2(k.back().y, k.back().z);
  };
}

// Fusiform belly whose widest point sits at `peak` along the path.
Profile belly(glm::vec2 half, float peak, float tendon) {
  return [half, peak, tendon](float t) {
    const float x = t < peak ? 0.5f * t / peak : 0.5f + 0.5f * (t - peak) / (1.0f - peak);
    return half * (tendon + (1.0f - tendon) * std::pow(std::max(0.0f, std::sin(kPi * x)), 0.75f));
  };
}

GenMesh fusiform(const std::string& name, const std::vector<glm::vec3>& path, const Profile& profile, glm::vec3 up,
                 const glm::vec4& color, int rings, int sides) {
  GenMesh m = loft(name, path, profile, {rings, sides, up});
  m.color = color;
  m.lineOfAction = path;
  return m;
}

GenMesh fan(const std::string& name, const Side& s, std::initializer_list<glm::vec3> origin,
            std::initializer_list<glm::vec3> insertion, glm::vec3 bulge, float thickness, const glm::vec4& color,
            int fibres, int stations, const BoneDistance* drapeOn, float drape) {
  SheetSpec spec;
  if (drapeOn) {
    // Mid-surface points nearer than `drape` to a bone are laid onto it at half the muscle's
    // thickness (the sheet then gets smoothed), so the muscle follows the bone it covers.
    const BoneDistance& bones = *drapeOn;
    const glm::vec3 outward = glm::normalize(s(bulge));
    spec.conform = [&bones, outward, drape, thickness](const glm::vec3& p) {
      const float d = bones(p);
      if (d >= drape) return p;
      // Only onto bone surfaces that face the muscle (the iliacus lies in the iliac fossa, never
      // on the gluteal side of the same thin wing).
      const glm::vec3 g = bones.gradient(p);
      if (glm::dot(g, outward) < 0.2f) return p;
      const float target = thickness * 0.9f;
      // Blend out toward the drape limit so the sheet does not crease where it leaves the bone.
      const float w = std::clamp((drape - d) / (drape * 0.5f), 0.0f, 1.0f);
      return p - g * ((d - target) * w);
    };
  }
  spec.origin = mirrored(s, origin);
  spec.insertion = mirrored(s, insertion);
  spec.bulge = s(bulge);
  spec.thickness = thickness;
  spec.fibres = fibres;
  spec.stations = stations;
  GenMesh m = sheet(name, spec);
  m.color = color;
  // The central fibre is the line of action.
  const glm::vec3 a = alongPolyline(spec.origin, 0.5f), b = alongPolyline(spec.insertion, 0.5f);
  const glm::vec3 c = (a + b) * 0.5f + spec.bulge;
  for (float t : {0.0f, 0.25f, 0.5f, 0.75f, 1.0f}) {
    const glm::vec3 p = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
    m.lineOfAction.push_back(spec.conform && t > 0.0f && t < 1.0f ? spec.conform(p) : p);
  }
  return m;
}

}  // namespace hipscope::gen
