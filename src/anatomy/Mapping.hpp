// A mapping file beside a model from elsewhere (an atlas export, a scan, a purchased model): it
// says which of the file's meshes are which structures, so layers, highlight, picking, labels and
// names work on it. JSON:
//   {"meshes": [
//     {"match": "Gluteus maximus muscle (R)", "id": "gluteus_maximus_r"},   exact mesh name -> structure
//     {"match": "12345", "id": "piriformis_l"},                             numeric atlas ids are names too
//     {"regex": "^Musculus piriformis .*links$", "id": "piriformis_l"},     any name the pattern matches
//     {"regex": "nerv", "layer": "nerves"}]}                                just a layer, name kept
// or the same in TOML (a file named *.toml), one table a rule:
//   [[meshes]]
//   regex = "^Musculus piriformis .*links$"
//   id = "piriformis_l"
// Rules are tried in order; the first that matches a mesh wins. Meshes nothing matches go to the
// "other" layer. Every id, layer and pattern is checked when the file is read.
#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "anatomy/Catalog.hpp"
#include "options/Enums.hpp"
#include "scene/Model.hpp"

namespace hipscope {

struct MeshRule {
  std::string match;                // exact name, or
  std::optional<std::regex> regex;  // a pattern (ECMAScript, any case, searched anywhere in the name)
  std::string pattern;              // the pattern's text, for messages
  std::string id;                   // catalog id the mesh becomes ("" keeps its name)
  std::optional<LayerId> layer;     // layer it goes to (else the id's layer)
  int line = 0;
};

struct Mapping {
  std::string file;
  std::vector<MeshRule> rules;
};

// Throws UserError: "FILE line N: ..." with the closest valid key, id or layer. TOML when the file
// name ends in .toml, else JSON.
Mapping parseMapping(const std::string& text, const std::string& fileName, const Catalog& catalog);
Mapping loadMapping(const std::filesystem::path& path, const Catalog& catalog);

// Where a model's mapping file is looked for: beside it, named MODEL-STEM.mapping.toml if there is
// one, else MODEL-STEM.mapping.json.
std::filesystem::path mappingPathFor(const std::filesystem::path& model);

struct MappingResult {
  std::size_t mapped = 0, meshes = 0;
  std::map<std::string, LayerId> layers;  // part name -> layer, for layer-only rules
};
// Renames matched parts to their catalog ids and collects layer-only assignments.
MappingResult applyMapping(const Mapping& mapping, Model& model);

}  // namespace hipscope
