// Nerve compression from the posed piriformis and nerve paths; low-back strain from muscle tension.
#include "mechanics/Compression.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "anatomy/Tension.hpp"
#include "scene/Model.hpp"

namespace hipscope {
namespace {

float pathLength(const std::vector<glm::vec3>& p) {
  float total = 0;
  for (std::size_t i = 0; i + 1 < p.size(); ++i) total += glm::length(p[i + 1] - p[i]);
  return total;
}

float distanceToPolyline(const glm::vec3& q, const std::vector<glm::vec3>& line) {
  float best = 1e9f;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const glm::vec3 ab = line[i + 1] - line[i];
    const float t = glm::clamp(glm::dot(q - line[i], ab) / std::max(glm::dot(ab, ab), 1e-12f), 0.0f, 1.0f);
    best = std::min(best, glm::length(line[i] + ab * t - q));
  }
  return best;
}

// Relative strength of each muscle that pulls on the pelvis or lumbar spine (physiological
// cross-section, roughly: the gluteus maximus and the psoas are the big ones).
const std::map<std::string, float>& strength() {
  static const std::map<std::string, float> s = {{"gluteus_maximus", 1.0f},    {"gluteus_medius", 0.8f},
                                                 {"gluteus_minimus", 0.4f},    {"piriformis", 0.3f},
                                                 {"gemellus_superior", 0.1f},  {"gemellus_inferior", 0.1f},
                                                 {"obturator_internus", 0.2f}, {"obturator_externus", 0.2f},
                                                 {"quadratus_femoris", 0.2f},  {"iliacus", 0.6f},
                                                 {"psoas_major", 0.8f},        {"tensor_fasciae_latae", 0.3f},
                                                 {"rectus_femoris", 0.5f},     {"biceps_femoris_long", 0.5f},
                                                 {"semitendinosus", 0.3f},     {"semimembranosus", 0.6f},
                                                 {"adductor_magnus", 0.8f},    {"quadratus_lumborum", 0.5f},
                                                 {"erector_spinae", 0.9f}};
  return s;
}

}  // namespace

std::array<NerveCompression, 2> sciaticCompression(const Mechanics& mechanics, const Settings& settings,
                                                   const Pose& pose) {
  return sciaticCompression(mechanics, settings, mechanics.jointTransforms(pose));
}

std::array<NerveCompression, 2> sciaticCompression(const Mechanics& mechanics, const Settings& settings,
                                                   const std::vector<glm::mat4>& posed) {
  std::array<NerveCompression, 2> out{};
  const std::vector<glm::mat4>& rest = mechanics.restTransforms();
  for (int side = 0; side < 2; ++side) {
    const std::string suffix = side == 0 ? "_l" : "_r";
    const MusclePath* piriformis = mechanics.find("piriformis" + suffix);
    const MusclePath* nerve = mechanics.find("sciatic_nerve" + suffix);
    if (!piriformis || !nerve) continue;
    const std::vector<glm::vec3> piriformisRest = mechanics.posedPath(*piriformis, rest);
    const std::vector<glm::vec3> nerveRest = mechanics.posedPath(*nerve, rest);
    // The nerve point that lies under the piriformis: the one nearest to it at rest.
    std::size_t contact = 0;
    float restGap = 1e9f;
    for (std::size_t i = 0; i < nerveRest.size(); ++i) {
      const float d = distanceToPolyline(nerveRest[i], piriformisRest);
      if (d < restGap) restGap = d, contact = i;
    }
    const float muscleRadius = std::max(restGap - kSciaticRadius, 0.001f);  // touching, without pressure, at rest

    const std::vector<glm::vec3> piriformisPosed = mechanics.posedPath(*piriformis, posed);
    const std::vector<glm::vec3> nervePosed = mechanics.posedPath(*nerve, posed);
    const float gap = distanceToPolyline(nervePosed[contact], piriformisPosed);
    const float tension = tensionOf("piriformis" + suffix, settings);
    const float bulge = muscleRadius * 0.6f * tension;
    const float stretch = std::max(0.0f, pathLength(piriformisPosed) / pathLength(piriformisRest) - 1.0f);
    const float taut = muscleRadius * 1.5f * stretch;
    float pressed = bulge + taut + (restGap - gap);
    glm::vec3 where = nervePosed[contact];
    // The variant: the nerve runs through the piriformis's belly, so the contracting muscle squeezes
    // it from all sides (half again what pressing from one side does) and the stretch tightens the
    // muscle around it; it moves with the muscle, so the gap below no longer counts.
    const MusclePath* throughPath = mechanics.find("sciatic_nerve" + suffix + kThroughSuffix);
    if (settings.anatomy.sciatic == SciaticCourse::Through && throughPath) {
      pressed = 1.5f * bulge + taut;
      const std::vector<glm::vec3> inside = mechanics.posedPath(*throughPath, posed);
      float nearest = 1e9f;
      for (const glm::vec3& p : inside)
        if (const float d = distanceToPolyline(p, piriformisPosed); d < nearest) nearest = d, where = p;
    }
    // Measured against the muscle's own half-thickness: full contraction in a neutral hip gives 0.6
    // (0.9 through the muscle), the stretch position adds the rest.
    out[static_cast<std::size_t>(side)] = {std::clamp(pressed / muscleRadius, 0.0f, 1.0f), where};
  }
  return out;
}

std::array<float, 2> lowBackStrain(const Mechanics& mechanics, const Settings& settings) {
  std::array<float, 2> pull{0, 0}, capacity{0, 0};
  for (const MusclePath& m : mechanics.muscles()) {
    if (m.id.size() < 3) continue;
    const std::string base = m.id.substr(0, m.id.size() - 2);
    const auto s = strength().find(base);
    if (s == strength().end()) continue;  // nerves and muscles that do not reach the pelvis or spine
    const std::size_t side = m.id.ends_with("_l") ? 0 : 1;
    pull[side] += s->second * tensionOf(m.id, settings);
    capacity[side] += s->second;
  }
  return {capacity[0] > 0 ? pull[0] / capacity[0] : 0.0f, capacity[1] > 0 ? pull[1] / capacity[1] : 0.0f};
}

}  // namespace hipscope
