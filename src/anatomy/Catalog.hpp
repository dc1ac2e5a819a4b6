// The anatomy catalog: what each structure is called (clinical and lay), its layer, depth and role.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "options/Enums.hpp"
#include "scene/Model.hpp"

namespace hipscope {

enum class StructureKind { Bone, Disc, Muscle, Nerve, Ligament, Skin };

struct Layer {
  std::string id, clinical, lay;
  std::string layFormal;  // the plain name in the formal wording (the same as `lay` where that does not say "butt")
  int peelOrder = 0;      // 1 = peeled first (outermost)

  const std::string& layName(NameWording w) const { return w == NameWording::Formal ? layFormal : lay; }
};

// A muscle's referred-pain pattern (catalog "referral"): zone names without a side ("buttock"), on the
// muscle's own side; "coccyx" is the midline. After Travell & Simons and later sources (`source`).
struct Referral {
  std::vector<std::string> core, spill;  // where it hurts most; where it sometimes spills over
  std::string source;                    // "Travell & Simons, Vol. 2, ch. 9 (gluteus minimus)"
  std::string why;                       // one plain sentence for the patient (translated where shown)
};

// A nerve-compression pattern (catalog "nerve_patterns"): a structure pressing on a nerve, and where
// the patient feels it. Soft patterns (radicular pain) have no hard edges: they fade into the zones
// next to them.
struct NervePattern {
  std::string id;        // "piriformis_sciatic"
  std::string pressing;  // the structure pressing, without side: "piriformis" (paired), "disc_l4_l5" (midline)
  std::string nerve;     // the nerve pressed on, without side: "sciatic_nerve"
  bool soft = false;
  std::vector<std::string> core, spill;
  std::string source, why;
  std::string pattern;  // one plain sentence naming the nerve, for when it is the likely cause
};

struct Structure {
  std::string id;      // mesh node name, e.g. "piriformis_r"
  std::string baseId;  // "piriformis"
  char side = 0;       // 'l', 'r', or 0 for a midline structure
  StructureKind kind = StructureKind::Muscle;
  std::string layer;
  int depth = 0;  // 1 = outermost
  std::string clinical, lay, origin, insertion, action, pain;
  std::string layFormal;                  // the plain name in the formal wording ("buttock", never "butt")
  std::vector<std::string> patientWords;  // conditions and everyday words patients search with ("sciatica")
  std::optional<Referral> referral;       // muscles with a published referred-pain pattern

  const std::string& layName(NameWording w) const { return w == NameWording::Formal ? layFormal : lay; }
};

struct Catalog {
  std::vector<Layer> layers;
  std::vector<Structure> structures;  // paired entries expanded to _l and _r
  std::vector<NervePattern> nervePatterns;

  const Structure* find(const std::string& id) const;
  const Layer* layer(const std::string& id) const;
};

// In the language in use (base/Translate.hpp; the clinical name as it is):
// "Piriformis (deep butt muscle), right" / "Piriformis, right" / "piriformis (deep butt muscle), right";
// the formal wording says "buttock" where the everyday one says "butt".
std::string displayName(const Structure& s, NameMode mode, NameWording wording = NameWording::Everyday);
// Both names, each said once: "Gluteus maximus (big butt muscle)"; a plain name that starts with the
// clinical one is said alone ("Sciatic nerve (big leg nerve)"), as is a clinical name that starts with
// the plain one ("Hip bone (os coxae)" for "hip bone"), and a clinical name that ends in
// brackets takes the plain one inside them ("Biceps femoris (long head; outer hamstring)").
std::string combinedName(const std::string& clinical, const std::string& lay);
// True when `text` says "butt" as a word (not "buttock").
bool saysButt(std::string_view text);

// The panel's search: whether `query` (case-insensitive, spaces at its ends ignored) is part of the
// structure's id, its clinical name, either wording of its plain name or one of its patient words
// ("sciatica", "low back", "groin"). An empty query matches everything.
bool matchesSearch(const Structure& s, std::string_view query);
// Case-insensitive: whether `needle` is part of `haystack` (an empty needle always is).
bool containsAnyCase(std::string_view haystack, std::string_view needle);

// Parses and validates; throws UserError naming the file, the line or entry and the field.
Catalog loadCatalog(const std::filesystem::path& path);
Catalog parseCatalog(const std::string& text, const std::string& fileName);

// Every disagreement between catalog and model, one sentence each (empty when they match).
std::vector<std::string> catalogMismatches(const Catalog& catalog, const Model& model);

}  // namespace hipscope
