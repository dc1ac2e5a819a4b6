// Catalog JSON parsing (nlohmann/json) with validation, and the catalog-versus-model check.
#include "anatomy/Catalog.hpp"

#include <cctype>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "anatomy/CatalogReferral.hpp"
#include "base/Error.hpp"
#include "base/Suggest.hpp"
#include "base/TextFile.hpp"
#include "base/Translate.hpp"
#include "options/Enums.hpp"

namespace hipscope {
namespace {

using json = nlohmann::json;

class Reader {
 public:
  Reader(std::string file) : file_(std::move(file)) {}
  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw UserError(file_ + ": " + where + ": " + what);
  }
  std::string text(const json& object, const char* key, const std::string& where, bool allowEmpty = false) const {
    if (!object.contains(key)) fail(where, std::string("missing \"") + key + "\"");
    if (!object[key].is_string()) fail(where + "." + key, "expected a string");
    std::string value = object[key].get<std::string>();
    if (value.empty() && !allowEmpty) fail(where + "." + key, "must not be empty");
    return value;
  }
  int integer(const json& object, const char* key, const std::string& where, int lo, int hi) const {
    if (!object.contains(key) || !object[key].is_number_integer())
      fail(where, std::string("\"") + key + "\" must be a whole number");
    const int v = object[key].get<int>();
    if (v < lo || v > hi) fail(where + "." + key, "out of range " + std::to_string(lo) + ".." + std::to_string(hi));
    return v;
  }

 private:
  std::string file_;
};

// The plain name in the formal wording: "lay_formal" where the everyday name says "butt" (and only
// there), else the everyday name itself.
std::string formalLay(const Reader& r, const json& object, const std::string& lay, const std::string& where) {
  if (!object.contains("lay_formal")) {
    if (saysButt(lay))
      r.fail(where + ".lay", "says \"butt\": add \"lay_formal\" for clinics that prefer the formal wording");
    return lay;
  }
  const std::string formal = r.text(object, "lay_formal", where);
  if (!saysButt(lay))
    r.fail(where + ".lay_formal", "only for a plain name that says \"butt\"; \"" + lay + "\" does not");
  if (saysButt(formal)) r.fail(where + ".lay_formal", "says \"butt\"; the formal wording says \"buttock\"");
  return formal;
}

// "patient_words": the conditions and everyday words patients search with; optional.
std::vector<std::string> patientWords(const Reader& r, const json& object, const std::string& where) {
  std::vector<std::string> words;
  if (!object.contains("patient_words")) return words;
  const json& list = object["patient_words"];
  if (!list.is_array()) r.fail(where + ".patient_words", "expected an array of words, e.g. [\"sciatica\"]");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = where + ".patient_words[" + std::to_string(i) + "]";
    if (!list[i].is_string() || list[i].get<std::string>().empty()) r.fail(at, "expected a word, e.g. \"sciatica\"");
    std::string word = list[i].get<std::string>();
    for (const std::string& earlier : words)
      if (earlier.size() == word.size() && containsAnyCase(earlier, word)) r.fail(at, "\"" + word + "\" appears twice");
    words.push_back(std::move(word));
  }
  return words;
}

StructureKind parseKind(const Reader& r, const std::string& value, const std::string& where) {
  static const std::vector<std::string> names{"bone", "disc", "muscle", "nerve", "ligament", "skin"};
  auto it = std::find(names.begin(), names.end(), value);
  if (it == names.end()) r.fail(where + ".kind", "unknown kind \"" + value + "\"" + suggestionSuffix(value, names));
  return static_cast<StructureKind>(it - names.begin());
}

}  // namespace

const Structure* Catalog::find(const std::string& id) const {
  for (const auto& s : structures)
    if (s.id == id) return &s;
  return nullptr;
}

const Layer* Catalog::layer(const std::string& id) const {
  for (const auto& l : layers)
    if (l.id == id) return &l;
  return nullptr;
}

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool startsWithAnyCase(const std::string& text, const std::string& start) {
  return text.size() >= start.size() &&
         std::equal(start.begin(), start.end(), text.begin(), [](char a, char b) { return lower(a) == lower(b); });
}

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

}  // namespace

bool containsAnyCase(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return lower(a) == lower(b); }) != haystack.end();
}

bool saysButt(std::string_view text) {
  for (std::size_t at = 0; at + 4 <= text.size(); ++at) {
    if (!containsAnyCase(text.substr(at, 4), "butt")) continue;
    const bool before = at > 0 && isLetter(text[at - 1]), after = at + 4 < text.size() && isLetter(text[at + 4]);
    if (!before && !after) return true;
  }
  return false;
}

std::string combinedName(const std::string& clinical, const std::string& lay) {
  if (startsWithAnyCase(lay, clinical)) return clinical + lay.substr(clinical.size());
  if (startsWithAnyCase(clinical, lay)) return clinical;  // "Hip bone (os coxae)" for "hip bone"
  if (!clinical.empty() && clinical.back() == ')') return clinical.substr(0, clinical.size() - 1) + "; " + lay + ")";
  return clinical + " (" + lay + ")";
}

std::string displayName(const Structure& s, NameMode mode, NameWording wording) {
  std::string name;
  switch (mode) {
    case NameMode::Clinical: name = s.clinical; break;
    case NameMode::Lay: name = tr(s.layName(wording)); break;
    case NameMode::Both: name = combinedName(s.clinical, tr(s.layName(wording))); break;
  }
  if (s.side == 'l') name += tr(", left");
  if (s.side == 'r') name += tr(", right");
  return name;
}

bool matchesSearch(const Structure& s, std::string_view query) {
  query = trimmed(query);
  if (containsAnyCase(s.id, query) || containsAnyCase(s.clinical, query) || containsAnyCase(s.lay, query) ||
      containsAnyCase(s.layFormal, query) || containsAnyCase(tr(s.lay), query) ||
      containsAnyCase(tr(s.layFormal), query))
    return true;
  return std::any_of(s.patientWords.begin(), s.patientWords.end(),
                     [&](const std::string& word) { return containsAnyCase(word, query); });
}

Catalog parseCatalog(const std::string& text, const std::string& fileName) {
  const json doc = parseUserJson(text, fileName);
  const Reader r(fileName);
  if (!doc.is_object()) r.fail("top level", "expected an object with \"layers\" and \"structures\"");
  if (!doc.contains("version") || doc["version"] != 1) r.fail("version", "expected 1");
  if (!doc.contains("layers") || !doc["layers"].is_array()) r.fail("layers", "expected an array");
  if (!doc.contains("structures") || !doc["structures"].is_array()) r.fail("structures", "expected an array");

  Catalog catalog;
  std::vector<std::string> layerIds;
  for (std::size_t i = 0; i < doc["layers"].size(); ++i) {
    const json& l = doc["layers"][i];
    const std::string where = "layers[" + std::to_string(i) + "]";
    if (!l.is_object()) r.fail(where, "expected an object");
    Layer layer{r.text(l, "id", where), r.text(l, "clinical", where), r.text(l, "lay", where), "",
                r.integer(l, "peel_order", where, 1, 100)};
    layer.layFormal = formalLay(r, l, layer.lay, where);
    if (!parseEnum<LayerId>(layer.id)) {
      const std::vector<std::string> known(EnumNames<LayerId>::names.begin(), EnumNames<LayerId>::names.end());
      r.fail(where + ".id", "unknown layer \"" + layer.id + "\"" + suggestionSuffix(layer.id, known));
    }
    if (std::count(layerIds.begin(), layerIds.end(), layer.id))
      r.fail(where, "layer \"" + layer.id + "\" appears twice");
    layerIds.push_back(layer.id);
    catalog.layers.push_back(layer);
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < doc["structures"].size(); ++i) {
    const json& s = doc["structures"][i];
    std::string where = "structures[" + std::to_string(i) + "]";
    if (!s.is_object()) r.fail(where, "expected an object");
    Structure base;
    base.baseId = r.text(s, "id", where);
    where += " (\"" + base.baseId + "\")";
    if (!s.contains("paired") || !s["paired"].is_boolean()) r.fail(where, "\"paired\" must be true or false");
    base.kind = parseKind(r, r.text(s, "kind", where), where);
    base.layer = r.text(s, "layer", where);
    if (!std::count(layerIds.begin(), layerIds.end(), base.layer))
      r.fail(where + ".layer", "unknown layer \"" + base.layer + "\"" + suggestionSuffix(base.layer, layerIds));
    base.depth = r.integer(s, "depth", where, 1, 100);
    base.clinical = r.text(s, "clinical", where);
    base.lay = r.text(s, "lay", where);
    base.layFormal = formalLay(r, s, base.lay, where);
    base.patientWords = patientWords(r, s, where);
    base.origin = r.text(s, "origin", where);
    base.insertion = r.text(s, "insertion", where, /*allowEmpty=*/true);
    base.action = r.text(s, "action", where);
    base.pain = r.text(s, "pain", where);
    base.referral = parseReferral(s, fileName, where);
    if (base.referral && base.kind != StructureKind::Muscle) r.fail(where + ".referral", "only muscles have one");
    const bool paired = s["paired"].get<bool>();
    for (char side : paired ? std::string("lr") : std::string(1, '\0')) {
      Structure entry = base;
      entry.side = side;
      entry.id = side ? base.baseId + "_" + side : base.baseId;
      if (!seen.insert(entry.id).second) r.fail(where, "structure \"" + entry.id + "\" appears twice");
      catalog.structures.push_back(std::move(entry));
    }
  }
  catalog.nervePatterns = parseNervePatterns(doc, fileName, catalog);
  return catalog;
}

Catalog loadCatalog(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("could not read catalog " + path.string() + ": no such file or not readable");
  std::ostringstream text;
  text << in.rdbuf();
  return parseCatalog(text.str(), path.filename().string());
}

std::vector<std::string> catalogMismatches(const Catalog& catalog, const Model& model) {
  std::vector<std::string> problems;
  std::vector<std::string> ids;
  for (const auto& s : catalog.structures) ids.push_back(s.id);
  for (const auto& s : catalog.structures)
    if (!model.find(s.id)) problems.push_back("catalog entry \"" + s.id + "\" has no mesh in the model");
  for (const auto& part : model.parts)
    if (!catalog.find(part.name))
      problems.push_back("mesh \"" + part.name + "\" has no catalog entry" + suggestionSuffix(part.name, ids));
  return problems;
}

}  // namespace hipscope
