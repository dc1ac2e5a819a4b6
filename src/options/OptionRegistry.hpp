// One registry of named options (key, type, default, range or choices, help) bound to Settings fields.
#pragma once
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "options/Settings.hpp"

namespace hipscope {

// Text options hold names that only the loaded model can check (e.g. a structure id); the app
// validates them once the model is loaded and names the closest valid one.
// FloatMap options are a family of keys under one prefix, "tension.<muscle or group>" (0..1 each).
// Text: structure ids (letters, digits, '_', ','); Words: free text a person reads (a watermark);
// Path: a file name (checked when the file is used).
enum class OptionKind { Bool, Float, Enum, Text, Words, Path, FloatMap };

struct EnumField {
  int (*get)(const Settings&);
  void (*set)(Settings&, int);
};
using BoolRef = bool& (*)(Settings&);
using FloatRef = float& (*)(Settings&);
using TextRef = std::string& (*)(Settings&);
using FloatMapRef = std::map<std::string, float>& (*)(Settings&);
using FieldRef = std::variant<BoolRef, FloatRef, EnumField, TextRef, FloatMapRef>;

// What an option is for, beyond its value: each front end asks the registry instead of keeping its
// own list of keys.
namespace role {
inline constexpr unsigned kEases = 1u << 0;       // scenarios, presets and storyboard steps blend it (continuous)
inline constexpr unsigned kCamera = 1u << 1;      // changing it moves the window's camera
inline constexpr unsigned kReframes = 1u << 2;    // ...with a preset's full transition, not a quick settle
inline constexpr unsigned kView = 1u << 3;        // part of what is shown: kept in a saved view
inline constexpr unsigned kPreference = 1u << 4;  // a preference the window remembers between runs
}  // namespace role

struct OptionSpec {
  std::string key;
  OptionKind kind;
  std::string help;
  FieldRef field;
  float min = 0, max = 0;            // Float only
  std::vector<std::string> choices;  // Enum only, index = enum value
  std::string defaultValue;          // as text, filled in by the registry
  unsigned roles = 0;                // role::k... flags
  std::string section;  // the panel section its widget sits in; "" for none (own widgets or not in the window)
  std::string label;    // the panel's words for it ("X-ray"); the key goes in its tooltip, for storyboards
  std::vector<std::string> choiceLabels;  // Enum: the panel's words per choice, or empty for the choices as written

  bool has(unsigned r) const { return (roles & r) == r; }
};

class OptionRegistry {
 public:
  // The application's registry (built once, immutable).
  static const OptionRegistry& instance();

  std::span<const OptionSpec> all() const { return specs_; }
  const OptionSpec* find(std::string_view key) const;
  std::vector<std::string> keys() const;

  // Parses and applies `value` to `key`; throws UserError naming the key and the closest valid
  // key or value. `origin` prefixes the message (e.g. "--set", "preset.json line 3").
  void set(Settings& settings, std::string_view key, std::string_view value, std::string_view origin = "--set") const;
  // "key=value" form, as given to --set.
  void apply(Settings& settings, std::string_view assignment, std::string_view origin = "--set") const;
  std::string get(const Settings& settings, std::string_view key) const;
  // Every option with `roles` back at its default: presets, scenarios and saved views start from
  // there (role::kView), so each is a pure function of what it sets, whatever was shown before.
  void resetToDefaults(Settings& settings, unsigned roles) const;

  // Human-readable table for --list-options.
  std::string describe() const;

  // Adds an option; used while building the registry.
  void add(OptionSpec spec);

 private:
  std::vector<OptionSpec> specs_;
};

// Text form of a spec's current value in `settings`.
std::string formatValue(const OptionSpec& spec, const Settings& settings);

// Whether `a` and `b` hold the same value for `spec` (typed, not through text).
bool sameValue(const OptionSpec& spec, const Settings& a, const Settings& b);

}  // namespace hipscope
