// STAND-IN for the pain branch's PainMap.cpp: the zone names done properly, a few demo patterns.
#include "anatomy/PainMap.hpp"

#include <algorithm>

#include "anatomy/Layers.hpp"
#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "base/Translate.hpp"

namespace hipscope {

std::string zoneId(int zone) {
  if (zone == kCoccyxZone) return std::string(kMidlineZone);
  return std::string(kPairedZones.at(static_cast<std::size_t>(zone / 2))) + (zone % 2 == 0 ? "_l" : "_r");
}

std::optional<int> findZone(std::string_view id) {
  for (int z = 0; z < kZoneCount; ++z)
    if (zoneId(z) == id) return z;
  return std::nullopt;
}

std::vector<int> parsePainSites(std::string_view list) {
  std::vector<int> out;
  for (const std::string& id : splitIds(list)) {
    if (auto z = findZone(id)) {
      out.push_back(*z);
      continue;
    }
    const auto both = std::find(kPairedZones.begin(), kPairedZones.end(), id);
    if (both != kPairedZones.end()) {
      const int k = static_cast<int>(both - kPairedZones.begin());
      out.push_back(2 * k), out.push_back(2 * k + 1);
      continue;
    }
    std::vector<std::string> names;
    for (int z = 0; z < kZoneCount; ++z) names.push_back(zoneId(z));
    throw UserError("pain.sites: \"" + id + "\" is not a skin zone" + suggestionSuffix(id, names));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string formatPainSites(const std::vector<int>& zones) {
  std::string out;
  for (int z : zones) out += (out.empty() ? "" : ",") + zoneId(z);
  return out;
}

namespace {

struct Demo {
  const char* muscle;
  std::vector<std::pair<const char*, float>> zones;
  const char* why;
  bool nerve;
};

const std::vector<Demo>& demos() {
  static const std::vector<Demo> d{
      {"gluteus_minimus",
       {{"buttock", 1},
        {"lateral_thigh", 1},
        {"lateral_leg", 1},
        {"posterior_thigh", 0.5f},
        {"calf", 0.5f},
        {"ankle", 0.5f}},
       N_("A tight gluteus minimus often sends pain down the side of the thigh and leg."),
       false},
      {"piriformis",
       {{"buttock", 1}, {"sacroiliac", 0.5f}, {"posterior_thigh", 0.5f}, {"lateral_hip", 0.5f}},
       N_("A tight piriformis often aches deep in the buttock and over the back of the hip."),
       false},
      {"piriformis",
       {{"buttock", 1}, {"posterior_thigh", 1}, {"calf", 1}, {"foot_sole", 0.5f}, {"lateral_leg", 0.5f}},
       N_("The piriformis can press on the sciatic nerve: pain runs from the buttock down the back of the leg."),
       true},
      {"gluteus_medius",
       {{"low_back", 0.5f}, {"sacroiliac", 1}, {"buttock", 1}, {"lateral_hip", 0.5f}},
       N_("A tight gluteus medius often aches along the top of the buttock and the low back."),
       false},
      {"gluteus_maximus",
       {{"buttock", 1}, {"sacroiliac", 0.5f}, {"coccyx", 0.5f}},
       N_("A tight gluteus maximus often aches in the buttock, near the tailbone."),
       false},
  };
  return d;
}

std::vector<ZoneWeight> zonesOf(const Demo& d, int side) {
  std::vector<ZoneWeight> out;
  for (const auto& [name, w] : d.zones) {
    if (std::string_view(name) == kMidlineZone) {
      out.push_back({kCoccyxZone, w});
      continue;
    }
    for (std::size_t k = 0; k < kPairedZones.size(); ++k)
      if (kPairedZones[k] == name) out.push_back({static_cast<int>(2 * k) + side, w});
  }
  return out;
}

}  // namespace

PainAnalysis analysePain(const Catalog& catalog, const std::vector<int>& sites) {
  PainAnalysis a;
  a.sites = sites;
  if (sites.empty()) return a;
  for (const Demo& d : demos())
    for (int side = 0; side < 2; ++side) {
      const std::string id = std::string(d.muscle) + (side == 0 ? "_l" : "_r");
      if (!catalog.find(id)) continue;
      double covered = 0;
      for (const ZoneWeight& w : zonesOf(d, side))
        if (std::find(sites.begin(), sites.end(), w.zone) != sites.end()) covered += w.weight;
      if (covered <= 0) continue;
      const double score = covered / static_cast<double>(sites.size());
      a.candidates.push_back({id, std::min(1.0, score), tr(d.why), d.nerve,
                              d.nerve ? std::string("sciatic_nerve") + (side == 0 ? "_l" : "_r") : ""});
    }
  std::stable_sort(a.candidates.begin(), a.candidates.end(),
                   [](const PainCandidate& x, const PainCandidate& y) { return x.score > y.score; });
  a.pattern = a.candidates.empty() ? "" : a.candidates.front().why;
  return a;
}

std::vector<ZoneWeight> referralZones(const Catalog& catalog, std::string_view structureId) {
  const Structure* s = catalog.find(std::string(structureId));
  if (!s || !s->side) return {};
  for (const Demo& d : demos())
    if (!d.nerve && s->baseId == d.muscle) return zonesOf(d, s->side == 'l' ? 0 : 1);
  return {};
}

}  // namespace hipscope
