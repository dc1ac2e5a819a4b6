// The pain map's zones, the patterns' weights over them, and the ranking of the patterns against the
// painted zones.
#include "anatomy/PainMap.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "base/Translate.hpp"

namespace hipscope {
namespace {

constexpr int kPairedCount = static_cast<int>(kPairedZones.size());
constexpr float kCore = 1.0f, kSpill = 0.5f;
// Radicular pain has no hard dermatome edges (Murphy et al. 2009; Taylor et al. 2013): its core is
// not certain, its spill-over less so, and it fades into the zones next to them.
constexpr float kSoftCore = 0.8f, kSoftSpill = 0.45f, kSoftEdge = 0.2f;

// The zones next to each paired zone on the same side (the skin's own layout, as view/SkinZones
// draws it); the coccyx borders the sacroiliac zones and the buttocks.
int pairedIndex(std::string_view name) {
  const auto it = std::find(kPairedZones.begin(), kPairedZones.end(), name);
  return it == kPairedZones.end() ? -1 : static_cast<int>(it - kPairedZones.begin());
}

std::vector<std::string_view> neighboursOf(std::string_view zone) {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> table{
      {"low_back", {"sacroiliac", "buttock", "lateral_hip"}},
      {"sacroiliac", {"low_back", "buttock", "coccyx"}},
      {"buttock", {"low_back", "sacroiliac", "lateral_hip", "posterior_thigh", "coccyx"}},
      {"lateral_hip", {"low_back", "buttock", "groin", "lateral_thigh"}},
      {"groin", {"lateral_hip", "anterior_thigh", "medial_thigh"}},
      {"anterior_thigh", {"groin", "medial_thigh", "lateral_thigh", "knee"}},
      {"medial_thigh", {"groin", "anterior_thigh", "posterior_thigh", "knee"}},
      {"lateral_thigh", {"lateral_hip", "anterior_thigh", "posterior_thigh", "knee"}},
      {"posterior_thigh", {"buttock", "medial_thigh", "lateral_thigh", "knee"}},
      {"knee", {"anterior_thigh", "medial_thigh", "lateral_thigh", "posterior_thigh", "shin", "lateral_leg", "calf"}},
      {"shin", {"knee", "lateral_leg", "ankle"}},
      {"lateral_leg", {"knee", "shin", "calf", "ankle"}},
      {"calf", {"knee", "lateral_leg", "ankle"}},
      {"ankle", {"shin", "lateral_leg", "calf", "foot_top", "foot_sole"}},
      {"foot_top", {"ankle", "foot_sole"}},
      {"foot_sole", {"ankle", "foot_top"}},
      {"coccyx", {"sacroiliac", "buttock"}}};
  for (const auto& [name, next] : table)
    if (name == zone) return next;
  return {};
}

// A zone name without side ("buttock", "coccyx") on side 0 (left) or 1 (right).
int zoneOn(std::string_view name, int side) {
  if (name == kMidlineZone) return kCoccyxZone;
  return 2 * pairedIndex(name) + side;
}

void lift(std::vector<float>& weights, int zone, float w) {
  weights[static_cast<std::size_t>(zone)] = std::max(weights[static_cast<std::size_t>(zone)], w);
}

// A pattern's weight on every zone, for one side.
std::vector<float> patternWeights(const std::vector<std::string>& core, const std::vector<std::string>& spill,
                                  bool soft, int side) {
  std::vector<float> w(kZoneCount, 0.0f);
  if (soft)
    for (const auto* list : {&core, &spill})
      for (const std::string& zone : *list)
        for (std::string_view next : neighboursOf(zone)) lift(w, zoneOn(next, side), kSoftEdge);
  for (const std::string& zone : spill) lift(w, zoneOn(zone, side), soft ? kSoftSpill : kSpill);
  for (const std::string& zone : core) lift(w, zoneOn(zone, side), soft ? kSoftCore : kCore);
  return w;
}

std::vector<ZoneWeight> listed(const std::vector<float>& w) {
  std::vector<ZoneWeight> zones;
  for (int z = 0; z < kZoneCount; ++z)
    if (w[static_cast<std::size_t>(z)] > 0) zones.push_back({z, w[static_cast<std::size_t>(z)]});
  return zones;
}

bool onSide(int zone, int side) { return zone == kCoccyxZone || zone % 2 == side; }

// How well a pattern explains the painted zones of one side (and the coccyx): the weighted F-score
// with beta = 2. Recall (how much of the pain the pattern covers) counts four times as much as
// precision (how much of the pattern hurts), because a patient usually feels only part of a
// muscle's published pattern: the patterns are composites drawn over many patients (Travell &
// Simons, Vol. 1, ch. 2), so an unpainted zone of the pattern is weak evidence against it, while a
// painted zone it does not reach is strong evidence.
double score(const std::vector<float>& w, const std::vector<int>& sites, int side) {
  double covered = 0, painted = 0, total = 0;
  for (int zone : sites)
    if (onSide(zone, side)) covered += w[static_cast<std::size_t>(zone)], painted += 1;
  for (int z = 0; z < kZoneCount; ++z)
    if (onSide(z, side)) total += w[static_cast<std::size_t>(z)];
  if (painted == 0 || covered <= 0 || total <= 0) return 0;
  const double recall = covered / painted, precision = covered / total, beta2 = 4;
  return (1 + beta2) * precision * recall / (beta2 * precision + recall);
}

bool belowKnee(const std::vector<int>& sites) {
  for (int zone : sites) {
    if (zone == kCoccyxZone) continue;
    const std::string_view name = kPairedZones[static_cast<std::size_t>(zone / 2)];
    if (name == "shin" || name == "lateral_leg" || name == "calf" || name == "ankle" || name == "foot_top" ||
        name == "foot_sole")
      return true;
  }
  return false;
}

const char kSides[2] = {'l', 'r'};

}  // namespace

std::string zoneId(int zone) {
  if (zone == kCoccyxZone) return std::string(kMidlineZone);
  if (zone < 0 || zone > kCoccyxZone) return "";
  return std::string(kPairedZones[static_cast<std::size_t>(zone / 2)]) + "_" + kSides[zone % 2];
}

std::optional<int> findZone(std::string_view id) {
  for (int z = 0; z < kZoneCount; ++z)
    if (zoneId(z) == id) return z;
  return std::nullopt;
}

std::vector<int> parsePainSites(std::string_view list) {
  std::vector<int> zones;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string_view id = list.substr(start, comma - start);
    start = comma + 1;
    if (id.empty()) continue;
    if (const auto zone = findZone(id)) {
      zones.push_back(*zone);
    } else if (const int paired = pairedIndex(id); paired >= 0) {
      zones.push_back(2 * paired), zones.push_back(2 * paired + 1);
    } else {
      std::vector<std::string> known;
      for (int z = 0; z < kZoneCount; ++z) known.push_back(zoneId(z));
      for (std::string_view name : kPairedZones) known.emplace_back(name);
      throw UserError("pain.sites: \"" + std::string(id) + "\" is not a pain zone" + suggestionSuffix(id, known));
    }
  }
  std::sort(zones.begin(), zones.end());
  zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
  return zones;
}

std::string formatPainSites(const std::vector<int>& zones) {
  std::string text;
  for (int zone : zones) {
    if (!text.empty()) text += ',';
    text += zoneId(zone);
  }
  return text;
}

std::vector<ZoneWeight> referralZones(const Catalog& catalog, std::string_view structureId) {
  const Structure* s = catalog.find(std::string(structureId));
  if (!s) return {};
  const int side = s->side == 'l' ? 0 : 1;
  if (s->referral) return listed(patternWeights(s->referral->core, s->referral->spill, false, side));
  // A nerve, or a structure that presses on one (a disc on a nerve root): the nerve patterns it has,
  // on its side (a midline structure on both).
  std::vector<float> w(kZoneCount, 0.0f);
  for (const NervePattern& p : catalog.nervePatterns) {
    if (s->baseId != p.nerve && s->baseId != p.pressing) continue;
    for (int on = 0; on < 2; ++on) {
      if (s->side && on != side) continue;
      const std::vector<float> pw = patternWeights(p.core, p.spill, p.soft, on);
      for (int z = 0; z < kZoneCount; ++z) lift(w, z, pw[static_cast<std::size_t>(z)]);
    }
  }
  return listed(w);
}

// Pain that runs from the buttock or the back of the thigh on down below the knee, on one side, is
// radicular until shown otherwise: referred pain from a muscle seldom reaches past the knee, pain from a
// pressed nerve root or trunk usually does (Bogduk 2009, Pain 147:17-19, on referred and radicular pain).
// Such a line of pain raises the nerve patterns' scores by a seventh (never past 1).
constexpr double kRadicularLine = 8.0 / 7.0;

bool runsPastTheKnee(const std::vector<int>& sites, int side) {
  bool above = false, below = false;
  for (int zone : sites) {
    if (zone == kCoccyxZone || zone % 2 != side) continue;
    const std::string_view name = kPairedZones[static_cast<std::size_t>(zone / 2)];
    above |= name == "buttock" || name == "posterior_thigh";
    below |= name == "calf" || name == "lateral_leg" || name == "ankle" || name == "foot_top" || name == "foot_sole";
  }
  return above && below;
}

PainAnalysis analysePain(const Catalog& catalog, const std::vector<int>& sites) {
  PainAnalysis analysis;
  analysis.sites = sites;
  std::vector<const NervePattern*> nerveOf;  // per candidate, its nerve pattern or null
  for (int side = 0; side < 2; ++side) {
    for (const Structure& s : catalog.structures) {
      if (!s.referral || s.side != kSides[side]) continue;
      const double v = score(patternWeights(s.referral->core, s.referral->spill, false, side), sites, side);
      if (v > 0) analysis.candidates.push_back({s.id, v, tr(s.referral->why), false, ""}), nerveOf.push_back(nullptr);
    }
    for (const NervePattern& p : catalog.nervePatterns) {
      double v = score(patternWeights(p.core, p.spill, p.soft, side), sites, side);
      if (v <= 0) continue;
      if (runsPastTheKnee(sites, side)) v = std::min(1.0, v * kRadicularLine);
      const std::string sided = p.pressing + "_" + kSides[side];
      const std::string id = catalog.find(sided) ? sided : p.pressing;
      analysis.candidates.push_back({id, v, tr(p.why), true, p.nerve + "_" + kSides[side]});
      nerveOf.push_back(&p);
    }
  }
  std::vector<std::size_t> order(analysis.candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return analysis.candidates[a].score > analysis.candidates[b].score;
  });
  std::vector<PainCandidate> ranked;
  std::vector<const NervePattern*> rankedNerve;
  for (std::size_t i : order) ranked.push_back(analysis.candidates[i]), rankedNerve.push_back(nerveOf[i]);
  analysis.candidates = std::move(ranked);
  if (analysis.candidates.empty()) return analysis;
  // The nerve is the likely cause where its pattern ranks first, or second while the pain reaches
  // below the knee (muscles of the hip seldom refer that far; a compressed nerve often does).
  const NervePattern* nerve = rankedNerve[0];
  if (!nerve && rankedNerve.size() > 1 && belowKnee(sites)) nerve = rankedNerve[1];
  if (nerve) {
    analysis.pattern = tr(nerve->pattern);
  } else if (const Structure* s = catalog.find(analysis.candidates[0].id)) {
    std::string text = tr("Most likely muscle pain, referred from: {muscle}.");
    const std::size_t at = text.find("{muscle}");
    if (at != std::string::npos) text.replace(at, 8, displayName(*s, NameMode::Both));
    analysis.pattern = text;
  }
  return analysis;
}

}  // namespace hipscope
