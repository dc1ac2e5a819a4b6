// Option parsing, validation and the table of all options.
#include "options/OptionRegistry.hpp"
#include "options/OptionTable.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <utility>

#include "base/Error.hpp"
#include "base/Suggest.hpp"

namespace hipscope {
namespace {

std::string formatFloat(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(v));
  return buf;
}

std::string kindName(const OptionSpec& spec) {
  switch (spec.kind) {
    case OptionKind::Bool: return "bool";
    case OptionKind::Float: return "float " + formatFloat(spec.min) + ".." + formatFloat(spec.max);
    case OptionKind::Text: return "text";
    case OptionKind::Words: return "words";
    case OptionKind::Path: return "file";
    case OptionKind::FloatMap: return "float 0..1";
    case OptionKind::Enum: {
      std::string s;
      for (const auto& c : spec.choices) s += (s.empty() ? "" : "|") + c;
      return s;
    }
  }
  return "";
}

bool parseBool(std::string_view v, bool& out) {
  if (v == "true" || v == "1" || v == "on" || v == "yes") return out = true, true;
  if (v == "false" || v == "0" || v == "off" || v == "no") return out = false, true;
  return false;
}

bool parseFloat(std::string_view v, float& out) {
  if (v.empty()) return false;
  const char* end = v.data() + v.size();
  auto [ptr, ec] = std::from_chars(v.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

}  // namespace

const OptionRegistry& OptionRegistry::instance() {
  static const OptionRegistry registry = buildOptionTable();
  return registry;
}

void OptionRegistry::add(OptionSpec spec) {
  static const Settings defaults{};
  spec.defaultValue = formatValue(spec, defaults);
  specs_.push_back(std::move(spec));
}

const OptionSpec* OptionRegistry::find(std::string_view key) const {
  for (const auto& s : specs_) {
    if (s.key == key) return &s;
    // "tension.<muscle>" stands for every "tension.something".
    if (s.kind == OptionKind::FloatMap) {
      const std::string_view prefix = std::string_view(s.key).substr(0, s.key.find('<'));
      if (key.size() > prefix.size() && key.substr(0, prefix.size()) == prefix) return &s;
    }
  }
  return nullptr;
}

std::vector<std::string> OptionRegistry::keys() const {
  std::vector<std::string> k;
  for (const auto& s : specs_) k.push_back(s.key);
  return k;
}

void OptionRegistry::set(Settings& settings, std::string_view key, std::string_view value,
                         std::string_view origin) const {
  const OptionSpec* spec = find(key);
  const std::string where(origin);
  if (!spec) {
    const auto all = keys();
    throw UserError(where + ": unknown option \"" + std::string(key) + "\"" + suggestionSuffix(key, all) +
                    "; --list-options shows them all");
  }
  const std::string bad = where + ": " + spec->key + "=" + std::string(value) + ": ";
  switch (spec->kind) {
    case OptionKind::Bool: {
      bool b;
      if (!parseBool(value, b)) throw UserError(bad + "expected true or false");
      std::get<bool& (*)(Settings&)>(spec->field)(settings) = b;
      break;
    }
    case OptionKind::Float: {
      float f;
      if (!parseFloat(value, f)) throw UserError(bad + "expected a number");
      if (f < spec->min || f > spec->max)
        throw UserError(bad + "out of range " + formatFloat(spec->min) + ".." + formatFloat(spec->max));
      std::get<float& (*)(Settings&)>(spec->field)(settings) = f;
      break;
    }
    case OptionKind::FloatMap: {
      const std::string_view name = key.substr(spec->key.find('<'));
      for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
          throw UserError(where + ": " + std::string(key) + ": only letters, digits and '_' after \"tension.\"");
      float f;
      if (!parseFloat(value, f))
        throw UserError(where + ": " + std::string(key) + "=" + std::string(value) + ": expected a number");
      if (f < 0 || f > 1)
        throw UserError(where + ": " + std::string(key) + "=" + std::string(value) + ": out of range 0..1");
      std::get<std::map<std::string, float>& (*)(Settings&)>(spec->field)(settings)[std::string(name)] = f;
      break;
    }
    case OptionKind::Text: {
      for (char c : value)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ','))
          throw UserError(bad + "only letters, digits, '_' and ',' are allowed");
      std::get<std::string& (*)(Settings&)>(spec->field)(settings) = std::string(value);
      break;
    }
    case OptionKind::Words: {
      if (value.size() > 80) throw UserError(bad + "at most 80 characters");
      for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
          throw UserError(bad + "control characters are not allowed");
      std::get<std::string& (*)(Settings&)>(spec->field)(settings) = std::string(value);
      break;
    }
    case OptionKind::Path: {
      if (value.size() > 4096) throw UserError(bad + "at most 4096 characters");
      for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
          throw UserError(bad + "control characters are not allowed");
      std::get<std::string& (*)(Settings&)>(spec->field)(settings) = std::string(value);
      break;
    }
    case OptionKind::Enum: {
      auto it = std::find(spec->choices.begin(), spec->choices.end(), value);
      if (it == spec->choices.end()) throw UserError(bad + "unknown value" + suggestionSuffix(value, spec->choices));
      std::get<EnumField>(spec->field).set(settings, static_cast<int>(it - spec->choices.begin()));
      break;
    }
  }
}

void OptionRegistry::apply(Settings& settings, std::string_view assignment, std::string_view origin) const {
  const auto eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw UserError(std::string(origin) + ": \"" + std::string(assignment) +
                    "\" is not key=value (e.g. view=posterior)");
  set(settings, assignment.substr(0, eq), assignment.substr(eq + 1), origin);
}

std::string OptionRegistry::get(const Settings& settings, std::string_view key) const {
  const OptionSpec* spec = find(key);
  if (!spec) throw UserError("unknown option \"" + std::string(key) + "\"");
  return formatValue(*spec, settings);
}

std::string OptionRegistry::describe() const {
  std::size_t keyWidth = 0, typeWidth = 0, defaultWidth = 0;
  for (const auto& s : specs_) {
    keyWidth = std::max(keyWidth, s.key.size());
    typeWidth = std::max(typeWidth, kindName(s).size());
    defaultWidth = std::max(defaultWidth, s.defaultValue.size());
  }
  std::ostringstream out;
  for (const auto& s : specs_) {
    std::string type = kindName(s);
    out << s.key << std::string(keyWidth - s.key.size() + 2, ' ') << type
        << std::string(typeWidth - type.size() + 2, ' ') << "default " << s.defaultValue
        << std::string(defaultWidth - s.defaultValue.size() + 2, ' ') << s.help << '\n';
  }
  return out.str();
}

void OptionRegistry::resetToDefaults(Settings& settings, unsigned roles) const {
  const Settings defaults;
  for (const OptionSpec& spec : specs_) {
    if (!spec.has(roles)) continue;
    if (spec.kind == OptionKind::FloatMap)
      std::get<FloatMapRef>(spec.field)(settings) = std::get<FloatMapRef>(spec.field)(const_cast<Settings&>(defaults));
    else
      set(settings, spec.key, formatValue(spec, defaults), "defaults");
  }
}

bool sameValue(const OptionSpec& spec, const Settings& a, const Settings& b) {
  Settings& x = const_cast<Settings&>(a);  // field accessors are shared by get and set; nothing is written
  Settings& y = const_cast<Settings&>(b);
  switch (spec.kind) {
    case OptionKind::Bool:
      return std::get<bool& (*)(Settings&)>(spec.field)(x) == std::get<bool& (*)(Settings&)>(spec.field)(y);
    case OptionKind::Float:
      return std::get<float& (*)(Settings&)>(spec.field)(x) == std::get<float& (*)(Settings&)>(spec.field)(y);
    case OptionKind::Enum: return std::get<EnumField>(spec.field).get(a) == std::get<EnumField>(spec.field).get(b);
    case OptionKind::Text:
    case OptionKind::Path:
    case OptionKind::Words: return std::get<TextRef>(spec.field)(x) == std::get<TextRef>(spec.field)(y);
    case OptionKind::FloatMap: {
      return std::get<FloatMapRef>(spec.field)(x) == std::get<FloatMapRef>(spec.field)(y);
    }
  }
  return true;
}

std::string formatValue(const OptionSpec& spec, const Settings& settings) {
  Settings& s = const_cast<Settings&>(settings);  // field accessors are shared by get and set
  switch (spec.kind) {
    case OptionKind::Bool: return std::get<bool& (*)(Settings&)>(spec.field)(s) ? "true" : "false";
    case OptionKind::Float: return formatFloat(std::get<float& (*)(Settings&)>(spec.field)(s));
    case OptionKind::Enum: return spec.choices.at(std::get<EnumField>(spec.field).get(settings));
    case OptionKind::Text:
    case OptionKind::Path:
    case OptionKind::Words: return std::get<std::string& (*)(Settings&)>(spec.field)(s);
    case OptionKind::FloatMap: {
      std::string out;
      for (const auto& [name, v] : std::get<std::map<std::string, float>& (*)(Settings&)>(spec.field)(s))
        out += (out.empty() ? "" : ",") + name + "=" + formatFloat(v);
      return out;
    }
  }
  return "";
}

}  // namespace hipscope
