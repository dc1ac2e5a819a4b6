// The anatomy catalog: what each structure is called (clinical and lay), its layer, depth and role.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "options/Enums.hpp"
#include "scene/Model.hpp"

namespace hipscope {

enum class StructureKind { Bone, Disc, Muscle, Nerve };

struct Layer {
  std::string id, clinical, lay;
  int peelOrder = 0;  // 1 = peeled first (outermost)
};

struct Structure {
  std::string id;      // mesh node name, e.g. "piriformis_r"
  std::string baseId;  // "piriformis"
  char side = 0;       // 'l', 'r', or 0 for a midline structure
  StructureKind kind = StructureKind::Muscle;
  std::string layer;
  int depth = 0;  // 1 = outermost
  std::string clinical, lay, origin, insertion, action, pain;
};

struct Catalog {
  std::vector<Layer> layers;
  std::vector<Structure> structures;  // paired entries expanded to _l and _r

  const Structure* find(const std::string& id) const;
  const Layer* layer(const std::string& id) const;
};

// "Piriformis (deep butt muscle), right" / "Piriformis, right" / "deep butt muscle, right".
std::string displayName(const Structure& s, NameMode mode);

// Parses and validates; throws UserError naming the file, the line or entry and the field.
Catalog loadCatalog(const std::filesystem::path& path);
Catalog parseCatalog(const std::string& text, const std::string& fileName);

// Every disagreement between catalog and model, one sentence each (empty when they match).
std::vector<std::string> catalogMismatches(const Catalog& catalog, const Model& model);

}  // namespace hipscope
