// Mechanics report: per muscle its length and tension; per side the sciatic compression measured
// between the model's own meshes, where they touch, and the low-back strain; with pain.sites, the
// pain map's candidates. No window, no GL.
#include "app/Report.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "anatomy/Layers.hpp"
#include "anatomy/PainMap.hpp"
#include "anatomy/Tension.hpp"
#include "base/AssetPaths.hpp"
#include "mechanics/Body.hpp"
#include "mechanics/StretchLength.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Stretches.hpp"
#include "session/RequestedModel.hpp"

namespace hipscope {
namespace {

double rounded(double v, double scale) { return std::round(v * scale) / scale; }

nlohmann::ordered_json contactJson(const NerveCompression& c) {
  if (!c.measured || !c.touching()) return nullptr;
  return {{"point", {rounded(c.contact.x, 1e5), rounded(c.contact.y, 1e5), rounded(c.contact.z, 1e5)}},
          {"depth_mm", rounded(c.depth * 1000.0, 100)},
          {"structure", c.structure}};
}

// "pain": the painted zones, the structures whose pattern covers them (best first) and the pattern in
// plain words; the built-in catalog's patterns where the model brings no catalog of its own.
nlohmann::ordered_json painJson(const Settings& settings, const std::optional<Catalog>& loaded) {
  const Catalog catalog = loaded ? *loaded : loadCatalog(assetDirectory() / "catalog.json");
  const PainAnalysis pain = analysePain(catalog, parsePainSites(settings.painSites));
  nlohmann::ordered_json sites = nlohmann::ordered_json::array(), candidates = nlohmann::ordered_json::array();
  for (int zone : pain.sites) sites.push_back(zoneId(zone));
  for (const PainCandidate& c : pain.candidates) {
    nlohmann::ordered_json entry{{"id", c.id}, {"score", rounded(c.score, 100)}, {"why", c.why}};
    if (c.nerve) entry["nerve"] = c.nerveId;
    candidates.push_back(entry);
  }
  return {{"sites", sites}, {"candidates", candidates}, {"pattern", pain.pattern}};
}

}  // namespace

int runReport(const CommandLine& cmd) {
  const LoadedModel loaded = loadRequestedModel(cmd);
  const Model& model = loaded.model;
  const Mechanics* mechanics = loaded.mechanics ? &*loaded.mechanics : nullptr;
  const BodyModel parts(model, muscleParts(model, loaded.catalog ? &*loaded.catalog : nullptr), mechanics);
  const std::string name = std::filesystem::path(model.source).filename().string();
  for (const std::string& problem : parts.contact.problems())
    std::fprintf(stderr, "hipscope: %s: %s\n", name.c_str(), problem.c_str());
  if (!parts.contact.measurable(0) && !parts.contact.measurable(1) && parts.contact.problems().empty())
    std::fprintf(stderr, "hipscope: %s has no piriformis and sciatic nerve: no compression to show\n", name.c_str());
  // The pose at --set time (walking moves it).
  const Body body = computeBody(model, parts, mechanics, cmd.settings, cmd.settings.time);
  const Settings& settings = body.settings;
  nlohmann::ordered_json doc;
  doc["model"] = name;
  nlohmann::ordered_json poseJson;
  for (const OptionSpec& spec : OptionRegistry::instance().all())
    if (spec.key.rfind("pose.", 0) == 0 && spec.kind == OptionKind::Float)
      poseJson[spec.key.substr(5)] = rounded(std::stod(formatValue(spec, settings)), 100);
  doc["pose_degrees"] = poseJson;
  doc["walking"] = settings.pose.walking;
  doc["sciatic_nerve"] = formatValue(*OptionRegistry::instance().find("anatomy.sciatic_nerve"), settings);
  doc["time_s"] = rounded(settings.time, 1000);
  // Lengths along the lines of action, which only the built-in model's mechanics know.
  nlohmann::ordered_json muscles = nlohmann::ordered_json::object();
  if (mechanics)
    for (const MusclePath& m : mechanics->muscles()) {
      if (m.id.find('.') != std::string::npos) continue;  // an anatomical variant's course, not a structure
      const std::vector<glm::vec3> path = mechanics->posedPath(m, body.joints);
      float length = 0;
      for (std::size_t i = 0; i + 1 < path.size(); ++i) length += glm::length(path[i + 1] - path[i]);
      muscles[m.id] = {{"length_m", rounded(length, 1e5)}, {"tension", tensionOf(m.id, settings)}};
    }
  doc["muscles"] = muscles;
  // The stretch shown: its targets' lengths in this pose against standing.
  if (settings.stretch > 0) {
    const Stretch& st = stretches()[static_cast<std::size_t>(settings.stretch)];
    nlohmann::ordered_json stretch;
    stretch["name"] = st.name;
    stretch["side"] = settings.stretchSide == 0 ? "left" : "right";
    nlohmann::ordered_json targets = nlohmann::ordered_json::array();
    if (mechanics)
      for (const StretchChange& c : stretchChanges(*mechanics, settings.stretch, settings.stretchSide, body.joints))
        targets.push_back({{"muscle", c.id}, {"length_change_percent", rounded(c.percent, 10)}});
    stretch["targets"] = targets;
    stretch["source"] = st.source;
    doc["stretch"] = stretch;
  }
  for (std::size_t side = 0; side < 2; ++side) {
    const NerveCompression& c = body.nerves[side];
    nlohmann::ordered_json entry;
    entry["sciatic_compression"] = c.measured ? nlohmann::ordered_json(rounded(c.amount, 1e4)) : nullptr;
    entry["sciatic_contact"] = contactJson(c);
    entry["low_back_strain"] = mechanics ? nlohmann::ordered_json(rounded(body.strain[side], 1e4)) : nullptr;
    doc["sides"][side == 0 ? "left" : "right"] = entry;
  }
  if (!settings.painSites.empty()) doc["pain"] = painJson(settings, loaded.catalog);
  std::printf("%s\n", doc.dump(1).c_str());
  return 0;
}

}  // namespace hipscope
