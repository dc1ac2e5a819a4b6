// Low-back strain from muscle tension.
#include "mechanics/Strain.hpp"

#include <map>
#include <string>

#include "anatomy/Tension.hpp"

namespace hipscope {
namespace {

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
