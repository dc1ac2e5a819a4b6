// The pain map in the view: what glows, what is highlighted, which lines run where.
#include "view/PainView.hpp"

#include <algorithm>
#include <limits>

#include "base/Error.hpp"
#include "scene/Raycast.hpp"
#include "view/ViewScene.hpp"

namespace hipscope {
namespace {

glm::vec3 posed(const std::vector<glm::mat4>& joints, int joint, const glm::vec3& p) {
  if (joint < 0 || static_cast<std::size_t>(joint) >= joints.size()) return p;
  return glm::vec3(joints[static_cast<std::size_t>(joint)] * glm::vec4(p, 1.0f));
}

int partIndex(const ViewScene& scene, const std::string& id) {
  for (std::size_t i = 0; i < scene.model.parts.size(); ++i)
    if (scene.model.parts[i].name == id) return static_cast<int>(i);
  return -1;
}

// The middle of the painted zones on `side` (0 left, 1 right) and the midline; all of them where
// none lies on that side.
std::optional<glm::vec3> siteCentre(const ViewScene& scene, const std::vector<int>& sites, int side,
                                    const std::vector<glm::mat4>& joints) {
  for (int pass = 0; pass < 2; ++pass) {
    glm::vec3 sum(0.0f);
    float weight = 0;
    for (int z : sites) {
      if (pass == 0 && z != kCoccyxZone && z % 2 != side) continue;
      const ZoneCentre& c = scene.zones[static_cast<std::size_t>(z)];
      if (!c.vertices) continue;
      sum += posed(joints, c.joint, c.position), weight += 1;
    }
    if (weight > 0) return sum / weight;
  }
  return std::nullopt;
}

}  // namespace

std::vector<int> paintedSites(const Settings& settings) {
  if (settings.painSites.empty()) return {};
  try {
    return parsePainSites(settings.painSites);
  } catch (const UserError&) {
    return {};
  }
}

PainView painView(const ViewScene& scene, const Settings& settings, const std::vector<glm::mat4>& joints) {
  PainView v;
  if (scene.skinPart < 0) return v;
  v.sites = paintedSites(settings);
  if (v.sites.empty()) {
    // The reverse: the selected muscle's referral zones, core stronger, spill-over softer, on the skin
    // while the skin shows (a view that takes the skin away is about what lies under it: the nerve, the
    // deep muscles).
    const LayerSettings& skin = settings.layers[static_cast<std::size_t>(LayerId::Skin)];
    const bool skinShows = skin.visible && skin.opacity > kHiddenOpacity && settings.render.peel <= 0.0f &&
                           settings.hidden.find("skin") == std::string::npos && settings.isolate.empty();
    if (!scene.catalog || settings.select.empty() || !skinShows) return v;
    const std::vector<ZoneWeight> zones = referralZones(*scene.catalog, settings.select);
    if (zones.empty()) return v;
    v.referral = v.outlined = true;
    v.zoneGlow.assign(kZoneCount, 0.0f);
    for (const ZoneWeight& w : zones)
      if (w.zone >= 0 && w.zone < kZoneCount) v.zoneGlow[static_cast<std::size_t>(w.zone)] = w.weight;
    return v;
  }
  v.zoneGlow.assign(kZoneCount, 0.0f);
  for (int z : v.sites) v.zoneGlow[static_cast<std::size_t>(z)] = 1.0f;
  // With a structure selected (a candidate clicked in the panel) the pain is drawn as a rim round it and
  // a faint wash, so the selected muscle under the ghosted skin shows through; the pain stays marked.
  v.outlined = !settings.select.empty();
  if (!scene.catalog) return v;
  // The likely sources are always worked out (the panel lists them); pain.candidates off (a scenario
  // telling its own story) only leaves them unmarked in the view.
  v.analysis = analysePain(*scene.catalog, v.sites);
  if (!settings.painCandidates) return v;
  for (const PainCandidate& c : v.analysis.candidates) {
    if (v.lines.size() >= kPainCandidates) break;
    const int part = partIndex(scene, c.id);
    if (part < 0 || std::any_of(v.lines.begin(), v.lines.end(),
                                [&](const PainLine& l) { return l.part == static_cast<std::size_t>(part); }))
      continue;
    const std::size_t p = static_cast<std::size_t>(part);
    v.highlight.push_back(p);
    if (c.nerve)
      if (const int nerve = partIndex(scene, c.nerveId); nerve >= 0)
        v.highlight.push_back(static_cast<std::size_t>(nerve));
    const Structure* s = scene.structure(c.id);
    const int side = s && s->side == 'l' ? 0 : 1;
    if (const auto to = siteCentre(scene, v.sites, side, joints))
      v.lines.push_back({p, posed(joints, scene.centreJoints[p], scene.centres[p]), *to});
  }
  return v;
}

std::optional<int> zoneUnder(const ViewScene& scene, const OrbitCamera& camera, glm::vec2 ndc) {
  if (scene.skinPart < 0) return std::nullopt;
  std::vector<char> only(scene.model.parts.size(), 0);
  only[static_cast<std::size_t>(scene.skinPart)] = 1;
  const std::optional<RayHit> hit = raycast(scene.model, camera.rayThrough(ndc), &only);
  if (!hit) return std::nullopt;
  // The zone of the skin's vertex nearest the hit.
  const MeshPart& skin = scene.model.parts[static_cast<std::size_t>(scene.skinPart)];
  float best = std::numeric_limits<float>::max();
  int zone = kNoZone;
  for (std::size_t i = 0; i < skin.vertices.size() && i < scene.skinTags.size(); ++i) {
    const float d = glm::distance(skin.vertices[i].position, hit->point);
    if (d < best) best = d, zone = scene.skinTags[i].zone;
  }
  if (zone == kNoZone) return std::nullopt;
  return zone;
}

std::string withZone(const std::string& sites, int zone, bool on) {
  std::vector<int> zones;
  try {
    zones = parsePainSites(sites);
  } catch (const UserError&) {}
  zones.erase(std::remove(zones.begin(), zones.end(), zone), zones.end());
  if (on) zones.push_back(zone);
  std::sort(zones.begin(), zones.end());
  return formatPainSites(zones);
}

}  // namespace hipscope
