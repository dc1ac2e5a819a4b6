// "Where does it hurt?" in the view: the painted zones (pain.sites) that glow on the skin, the
// structures whose pattern covers them (anatomy/PainMap's ranking), the lines from each to the pain,
// and the reverse: with nothing painted, the selected muscle's referral zones glow.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/PainMap.hpp"
#include "options/Settings.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct ViewScene;

// How many of the best candidates are highlighted and drawn a line to.
inline constexpr std::size_t kPainCandidates = 4;

struct PainLine {
  std::size_t part = 0;  // the candidate's part
  glm::vec3 from{0.0f};  // its centre, posed
  glm::vec3 to{0.0f};    // the middle of the painted zones on its side, posed
};

struct PainView {
  std::vector<int> sites;              // the painted zones
  bool referral = false;               // nothing painted: the selected structure's referral zones glow
  bool outlined = false;               // the glow as a rim and a faint wash (the referral; a selection)
  std::vector<float> zoneGlow;         // per zone, 0..1; empty: nothing glows
  PainAnalysis analysis;               // the ranking (empty without a catalog or sites)
  std::vector<std::size_t> highlight;  // the parts of the best candidates (and a pressed nerve), best first
  std::vector<PainLine> lines;
};

// The sites as the option gives them; a list that is not valid counts as nothing painted.
std::vector<int> paintedSites(const Settings& settings);
// `joints`: the pose per Model::jointNames (empty: the rest pose).
PainView painView(const ViewScene& scene, const Settings& settings, const std::vector<glm::mat4>& joints = {});
// The zone of the skin under `ndc` (-1..1) as `camera` sees it (rest pose), or nothing.
std::optional<int> zoneUnder(const ViewScene& scene, const OrbitCamera& camera, glm::vec2 ndc);
// pain.sites with `zone` added (on) or taken away (off), in the option's form.
std::string withZone(const std::string& sites, int zone, bool on);

}  // namespace hipscope
