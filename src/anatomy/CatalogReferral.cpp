// Parsing of the catalog's referred-pain and nerve-compression patterns.
#include "anatomy/CatalogReferral.hpp"

#include <algorithm>

#include "anatomy/PainMap.hpp"
#include "base/Error.hpp"
#include "base/Suggest.hpp"

namespace hipscope {
namespace {

using json = nlohmann::json;

struct Fields {
  const std::string& file;
  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw UserError(file + ": " + where + ": " + what);
  }
  std::string text(const json& object, const char* key, const std::string& where) const {
    if (!object.contains(key) || !object[key].is_string() || object[key].get<std::string>().empty())
      fail(where, std::string("\"") + key + "\" must be a sentence");
    return object[key].get<std::string>();
  }
  // Zone names without a side, each once; `required`: at least one.
  std::vector<std::string> zones(const json& object, const char* key, const std::string& where, bool required) const {
    std::vector<std::string> names;
    const std::string at = where + "." + key;
    if (!object.contains(key)) {
      if (required) fail(where, std::string("missing \"") + key + "\", e.g. [\"buttock\"]");
      return names;
    }
    if (!object[key].is_array()) fail(at, "expected an array of zones, e.g. [\"buttock\"]");
    std::vector<std::string> known(kPairedZones.begin(), kPairedZones.end());
    known.emplace_back(kMidlineZone);
    for (const json& zone : object[key]) {
      const std::string name = zone.is_string() ? zone.get<std::string>() : zone.dump();
      if (std::find(known.begin(), known.end(), name) == known.end())
        fail(at, "unknown zone \"" + name + "\" (zones take the structure's side, so none ends in _l or _r)" +
                     suggestionSuffix(name, known));
      if (std::count(names.begin(), names.end(), name)) fail(at, "zone \"" + name + "\" appears twice");
      names.push_back(name);
    }
    if (required && names.empty()) fail(at, "must name at least one zone");
    return names;
  }
  void disjoint(const std::vector<std::string>& core, const std::vector<std::string>& spill,
                const std::string& where) const {
    for (const std::string& zone : spill)
      if (std::count(core.begin(), core.end(), zone)) fail(where + ".spill", "\"" + zone + "\" is also in \"core\"");
  }
};

}  // namespace

std::optional<Referral> parseReferral(const json& entry, const std::string& file, const std::string& where) {
  if (!entry.contains("referral")) return std::nullopt;
  const Fields f{file};
  const std::string at = where + ".referral";
  const json& r = entry["referral"];
  if (!r.is_object()) f.fail(at, "expected an object with \"core\", \"spill\", \"source\" and \"why\"");
  Referral referral{f.zones(r, "core", at, true), f.zones(r, "spill", at, false), f.text(r, "source", at),
                    f.text(r, "why", at)};
  f.disjoint(referral.core, referral.spill, at);
  return referral;
}

std::vector<NervePattern> parseNervePatterns(const json& doc, const std::string& file, const Catalog& catalog) {
  std::vector<NervePattern> patterns;
  if (!doc.contains("nerve_patterns")) return patterns;
  const Fields f{file};
  if (!doc["nerve_patterns"].is_array()) f.fail("nerve_patterns", "expected an array");
  std::vector<std::string> baseIds;
  for (const Structure& s : catalog.structures)
    if (std::find(baseIds.begin(), baseIds.end(), s.baseId) == baseIds.end()) baseIds.push_back(s.baseId);
  for (std::size_t i = 0; i < doc["nerve_patterns"].size(); ++i) {
    const json& n = doc["nerve_patterns"][i];
    std::string where = "nerve_patterns[" + std::to_string(i) + "]";
    if (!n.is_object()) f.fail(where, "expected an object");
    NervePattern p;
    p.id = f.text(n, "id", where);
    where += " (\"" + p.id + "\")";
    p.pressing = f.text(n, "pressing", where);
    p.nerve = f.text(n, "nerve", where);
    if (std::find(baseIds.begin(), baseIds.end(), p.pressing) == baseIds.end())
      f.fail(where + ".pressing", "no structure \"" + p.pressing + "\"" + suggestionSuffix(p.pressing, baseIds));
    const Structure* nerve = catalog.find(p.nerve + "_r");
    if (!nerve || nerve->kind != StructureKind::Nerve)
      f.fail(where + ".nerve", "no paired nerve \"" + p.nerve + "\"" + suggestionSuffix(p.nerve, baseIds));
    if (n.contains("soft") && !n["soft"].is_boolean()) f.fail(where + ".soft", "must be true or false");
    p.soft = n.value("soft", false);
    p.core = f.zones(n, "core", where, true);
    p.spill = f.zones(n, "spill", where, false);
    f.disjoint(p.core, p.spill, where);
    p.source = f.text(n, "source", where);
    p.why = f.text(n, "why", where);
    p.pattern = f.text(n, "pattern", where);
    for (const NervePattern& earlier : patterns)
      if (earlier.id == p.id) f.fail(where, "nerve pattern \"" + p.id + "\" appears twice");
    patterns.push_back(std::move(p));
  }
  return patterns;
}

}  // namespace hipscope
