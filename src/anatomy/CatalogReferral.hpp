// The catalog's pain patterns: each muscle's "referral" and the top-level "nerve_patterns", parsed and
// checked against the pain map's zones (anatomy/PainMap.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/Catalog.hpp"

namespace hipscope {

// The entry's "referral" (optional); throws UserError naming the file, the entry and the field.
std::optional<Referral> parseReferral(const nlohmann::json& entry, const std::string& file, const std::string& where);
// The document's "nerve_patterns" (optional): each pressing structure and nerve must be in `catalog`.
std::vector<NervePattern> parseNervePatterns(const nlohmann::json& doc, const std::string& file,
                                             const Catalog& catalog);

}  // namespace hipscope
