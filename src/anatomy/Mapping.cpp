#include "anatomy/Mapping.hpp"

#include <algorithm>

#include <toml++/toml.h>
#include <nlohmann/json.hpp>

#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "base/TextFile.hpp"

namespace hipscope {
namespace {

// One rule as written, before it is checked: where it is, and its fields (nullopt: not text).
struct RawRule {
  int line = 0;
  std::vector<std::pair<std::string, std::optional<std::string>>> fields;
};
const char* const kRuleExample = "{\"match\": \"name\", \"id\": \"piriformis_r\"}";

std::vector<RawRule> readJsonRules(const std::string& text, const std::string& fileName) {
  const nlohmann::json doc = parseUserJson(text, fileName);
  if (!doc.is_object() || !doc.contains("meshes") || !doc["meshes"].is_array())
    throw UserError(fileName + " line 1: expected {\"meshes\": [...]}");
  static const std::vector<std::string> top{"meshes"};
  for (const auto& item : doc.items())
    if (item.key() != "meshes")
      throw UserError(fileName + " line 1: unknown key \"" + item.key() + "\"" + suggestionSuffix(item.key(), top));
  std::vector<RawRule> rules;
  std::size_t cursor = 0;
  for (const auto& rule : doc["meshes"]) {
    // The line of this rule: the next '{' after the previous one (JSON keeps no positions).
    cursor = text.find('{', cursor + 1);
    RawRule raw{lineOf(text, cursor), {}};
    if (!rule.is_object())
      throw UserError(fileName + " line " + std::to_string(raw.line) + ": meshes[" + std::to_string(rules.size()) +
                      "]: expected an object like " + kRuleExample);
    for (const auto& item : rule.items())
      raw.fields.emplace_back(item.key(),
                              item.value().is_string() ? std::optional(item.value().get<std::string>()) : std::nullopt);
    rules.push_back(std::move(raw));
  }
  return rules;
}

// The same rules in TOML, one [[meshes]] table each:
//   [[meshes]]
//   regex = "^Musculus piriformis .*links$"
//   id = "piriformis_l"
std::vector<RawRule> readTomlRules(const std::string& text, const std::string& fileName) {
  toml::table doc;
  try {
    doc = toml::parse(text, fileName);
  } catch (const toml::parse_error& e) {
    throw UserError(fileName + " line " + std::to_string(std::max<int>(1, static_cast<int>(e.source().begin.line))) +
                    ": not valid TOML (" + std::string(e.description()) + ")");
  }
  static const std::vector<std::string> top{"meshes"};
  for (auto&& [key, value] : doc)
    if (key.str() != "meshes")
      throw UserError(fileName + " line " +
                      std::to_string(std::max<int>(1, static_cast<int>(key.source().begin.line))) + ": unknown key \"" +
                      std::string(key.str()) + "\"" + suggestionSuffix(key.str(), top));
  const toml::array* meshes = doc["meshes"].as_array();
  if (!meshes)
    throw UserError(fileName + " line 1: expected [[meshes]] tables, each with match or regex, and id or layer");
  std::vector<RawRule> rules;
  for (const toml::node& node : *meshes) {
    RawRule raw{std::max<int>(1, static_cast<int>(node.source().begin.line)), {}};
    const toml::table* rule = node.as_table();
    if (!rule)
      throw UserError(fileName + " line " + std::to_string(raw.line) + ": meshes[" + std::to_string(rules.size()) +
                      "]: expected a [[meshes]] table");
    for (auto&& [key, value] : *rule)
      raw.fields.emplace_back(std::string(key.str()),
                              value.is_string() ? std::optional(std::string(value.as_string()->get())) : std::nullopt);
    rules.push_back(std::move(raw));
  }
  return rules;
}

}  // namespace

Mapping parseMapping(const std::string& text, const std::string& fileName, const Catalog& catalog) {
  const bool toml = fileName.size() >= 5 && fileName.compare(fileName.size() - 5, 5, ".toml") == 0;
  const std::vector<RawRule> rules = toml ? readTomlRules(text, fileName) : readJsonRules(text, fileName);

  std::vector<std::string> ids, layers;
  for (const Structure& s : catalog.structures) ids.push_back(s.id);
  for (const std::string_view l : EnumNames<LayerId>::names) layers.emplace_back(l);

  Mapping mapping{fileName, {}};
  int index = 0;
  for (const RawRule& raw : rules) {
    const std::string where =
        fileName + " line " + std::to_string(raw.line) + ": meshes[" + std::to_string(index++) + "]";
    std::map<std::string, std::string> field;
    for (const auto& [key, value] : raw.fields) {
      static const std::vector<std::string> keys{"match", "regex", "id", "layer"};
      if (std::find(keys.begin(), keys.end(), key) == keys.end())
        throw UserError(where + ": unknown key \"" + key + "\"" + suggestionSuffix(key, keys));
      if (!value) throw UserError(where + "." + key + ": expected text");
      field[key] = *value;
    }
    MeshRule r;
    r.line = raw.line;
    const bool hasMatch = field.count("match"), hasRegex = field.count("regex");
    if (hasMatch == hasRegex)
      throw UserError(where + ": needs exactly one of \"match\" (a mesh name) and \"regex\" (a pattern)");
    if (hasMatch) r.match = field["match"];
    if (hasRegex) {
      r.pattern = field["regex"];
      try {
        r.regex.emplace(r.pattern, std::regex::ECMAScript | std::regex::icase);
      } catch (const std::regex_error& e) {
        throw UserError(where + ".regex: \"" + r.pattern + "\" is not a valid pattern (" + e.what() + ")");
      }
    }
    if (field.count("id")) {
      r.id = field["id"];
      if (!catalog.find(r.id))
        throw UserError(where + ".id: no structure \"" + r.id + "\"" + suggestionSuffix(r.id, ids));
    }
    if (field.count("layer")) {
      const std::string layer = field["layer"];
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
  const std::filesystem::path toml = model.parent_path() / (model.stem().string() + ".mapping.toml");
  std::error_code ec;
  return std::filesystem::exists(toml, ec) ? toml : model.parent_path() / (model.stem().string() + ".mapping.json");
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
