// Where the patient feels it, and where it may come from: the skin's pain zones, each muscle's
// referred-pain pattern (catalog "referral", after Travell & Simons and later sources) and the
// nerve-compression patterns, and the ranking of the structures whose pattern covers the painted zones.
// No geometry here: which skin vertex lies in which zone is view/SkinZones.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/Catalog.hpp"

namespace hipscope {

// The zones a side has, in this order; the coccyx lies on the midline.
inline constexpr std::array<std::string_view, 16> kPairedZones{
    "low_back",     "sacroiliac",    "buttock",         "lateral_hip", "groin", "anterior_thigh",
    "medial_thigh", "lateral_thigh", "posterior_thigh", "knee",        "shin",  "lateral_leg",
    "calf",         "ankle",         "foot_top",        "foot_sole"};
inline constexpr std::string_view kMidlineZone = "coccyx";
// Zone index: paired zone z on side s (0 left, 1 right) is 2 * z + s; the coccyx is the last.
inline constexpr int kZoneCount = 2 * static_cast<int>(kPairedZones.size()) + 1;
inline constexpr int kCoccyxZone = kZoneCount - 1;

// "buttock_r", "coccyx".
std::string zoneId(int zone);
// An exact zone id ("buttock_r"), or nothing.
std::optional<int> findZone(std::string_view id);
// "buttock,calf_r" -> the zones, sorted, each once: a zone without a side means both sides. Throws
// UserError naming the closest zone id for one that is not a zone.
std::vector<int> parsePainSites(std::string_view list);
// The zones as the option writes them, "buttock_l,buttock_r,calf_r".
std::string formatPainSites(const std::vector<int>& zones);

// How strongly a pattern covers a zone: 1 in its core, about 0.5 in its spill-over, 0 elsewhere.
struct ZoneWeight {
  int zone = 0;
  float weight = 0;
};

struct PainCandidate {
  std::string id;       // a structure with its side, "piriformis_r"; for a nerve pattern, the muscle pressing on it
  double score = 0;     // 0..1, best first
  std::string why;      // one plain sentence in the language in use: "A tight gluteus minimus often sends ..."
  bool nerve = false;   // the candidate is a nerve-compression pattern (its `id` presses on `nerveId`)
  std::string nerveId;  // "sciatic_nerve_r" where nerve, else ""
};

struct PainAnalysis {
  std::vector<int> sites;                 // the painted zones
  std::vector<PainCandidate> candidates;  // best first; empty when nothing painted
  std::string pattern;                    // one plain sentence: "Muscle pain referred from ..." or, where the nerve
                                          // is the likely cause, a sentence naming the nerve
};

// Ranks the catalog's patterns (muscles and nerve compressions) against the painted zones.
PainAnalysis analysePain(const Catalog& catalog, const std::vector<int>& sites);
// The zones a structure's pattern covers ("gluteus_minimus_r": its side's zones), core and spill-over;
// empty for a structure without a published pattern.
std::vector<ZoneWeight> referralZones(const Catalog& catalog, std::string_view structureId);

}  // namespace hipscope
