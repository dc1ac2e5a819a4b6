#include "anatomy/Mapping.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "options/Error.hpp"
#include "options/Suggest.hpp"
#include "options/TextFile.hpp"

namespace hipscope {
Mapping parseMapping(const std::string& text, const std::string& fileName, const Catalog& catalog) {
  const nlohmann::json doc = parseUserJson(text, fileName);
  if (!doc.is_object() || !doc.contains("meshes") || !doc["meshes"].is_array())
    throw UserError(fileName + " line 1: expected {\"meshes\": [...]}");
  static const std::vector<std::string> top{"meshes"};
  for (const auto& item : doc.items())
    if (item.key() != "meshes") throw UserError(fileName + " line 1: unknown key \"" + item.key() + "\"" + suggestionSuffix(item.key(), top));

  std::vector<std::string> ids, layers;
  for (const Structure& s : catalog.structures) ids.push_back(s.id);
  for (const std::string_view l : EnumNames<LayerId>::names) layers.emplace_back(l);

  Mapping mapping{fileName, {}};
  std::size_t cursor = 0;
  int index = 0;
  for (const auto& rule : doc["meshes"]) {
    // The line of this rule: the next '{' after the previous one (JSON keeps no positions).
    cursor = text.find('{', cursor + 1);
    const std::string where = fileName + " line " + std::to_string(lineOf(text, cursor)) + ": meshes[" + std::to_string(index++) + "]";
    if (!rule.is_object()) throw UserError(where + ": expected an object like {\"match\": \"name\", \"id\": \"piriformis_r\"}");
    MeshRule r;
    r.line = lineOf(text, cursor);
    for (const auto& item : rule.items()) {
      static const std::vector<std::string> keys{"match", "regex", "id", "layer"};
      if (std::find(keys.begin(), keys.end(), item.key()) == keys.end())
        throw UserError(where + ": unknown key \"" + item.key() + "\"" + suggestionSuffix(item.key(), keys));
      if (!item.value().is_string()) throw UserError(where + "." + item.key() + ": expected text");
    }
    const bool hasMatch = rule.contains("match"), hasRegex = rule.contains("regex");
    if (hasMatch == hasRegex) throw UserError(where + ": needs exactly one of \"match\" (a mesh name) and \"regex\" (a pattern)");
    if (hasMatch) r.match = rule["match"].get<std::string>();
    if (hasRegex) {
      r.pattern = rule["regex"].get<std::string>();
      try {
        r.regex.emplace(r.pattern, std::regex::ECMAScript | std::regex::icase);
      } catch (const std::regex_error& e) {
        throw UserError(where + ".regex: \"" + r.pattern + "\" is not a valid pattern (" + e.what() + ")");
      }
    }
    if (rule.contains("id")) {
      r.id = rule["id"].get<std::string>();
      if (!catalog.find(r.id)) throw UserError(where + ".id: no structure \"" + r.id + "\"" + suggestionSuffix(r.id, ids));
    }
    if (rule.contains("layer")) {
      const std::string layer = rule["layer"].get<std::string>();
      r.layer = parseEnum<LayerId>(layer);
      if (!r.layer) throw UserError(where + ".layer: no layer \"" + layer + "\"" + suggestionSuffix(layer, layers));
    }
    if (r.id.empty() && !r.layer) throw UserError(where + ": needs an \"id\" (a structure) or a \"layer\"");
    mapping.rules.push_back(std::move(r));
  }
  return mapping;
}

Mapping loadMapping(const std::filesystem::path& path, const Catalog& catalog) {
  return parseMapping(readUserTextFile(path, "mapping"), path.string(), catalog);
}

std::filesystem::path mappingPathFor(const std::filesystem::path& model) {
  return model.parent_path() / (model.stem().string() + ".mapping.json");
}

MappingResult applyMapping(const Mapping& mapping, Model& model) {
  MappingResult result;
  result.meshes = model.parts.size();
  for (MeshPart& part : model.parts) {
    for (const MeshRule& rule : mapping.rules) {
      const bool hit = rule.regex ? std::regex_search(part.name, *rule.regex) : part.name == rule.match;
      if (!hit) continue;
      if (!rule.id.empty()) part.name = rule.id;
      if (rule.layer) result.layers[part.name] = *rule.layer;
      ++result.mapped;
      break;
    }
  }
  return result;
}

}  // namespace hipscope
