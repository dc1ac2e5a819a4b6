// The enumerated option values and their names; strings become enums only at the edge (parsing).
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace hipscope {

// Standard anatomical viewpoints, named for the side of the body the camera looks at.
enum class ViewPreset { Anterior, Posterior, Left, Right, Superior, Inferior };
enum class Background { Studio, Dark, Light, Transparent };  // transparent: for PNGs laid over slides
enum class NameMode { Both, Clinical, Lay };
// How the plain names are worded: everyday (may say "butt") or formal ("buttock" instead), for
// clinics that prefer it.
enum class NameWording { Everyday, Formal };
// The handout's paper: the locale's (Letter in the US and a few other countries, else A4), or either.
enum class HandoutPaper { Auto, A4, Letter };
// What the camera frames: the whole model, or the pelvis (hip bones and sacrum) where the story is.
enum class CameraFocus { Whole, Pelvis };
// Where the sciatic nerve leaves the pelvis: below the piriformis (most people) or through it (the
// variant about one in six people have, the muscle squeezing the nerve from all sides).
enum class SciaticCourse { Below, Through };
// A model file's length unit and up axis: Auto takes what the file says (glTF: metres, +Y up; FBX:
// its UnitScaleFactor and UpAxis), and metres, +Y up where it says nothing (OBJ, STL, PLY).
enum class ModelUnits { Auto, Metres, Centimetres, Millimetres, Inches };
enum class ModelUp { Auto, Y, Z };
// The language the patient reads (base/Translate.hpp): the system's, or one chosen.
enum class Language { Auto, English, German, Spanish };
// Anatomical layers, outermost first (the order a peel removes them); `Other` holds parts of a model
// that the catalog does not describe.
enum class LayerId {
  Skin,
  SuperficialGlutes,
  LowBack,
  Thigh,
  Calf,
  HipFlexors,
  DeepRotators,
  Ligaments,
  Nerves,
  Bones,
  Other
};
inline constexpr std::size_t kLayerCount = 11;

template <class E>
struct EnumNames;
template <>
struct EnumNames<ViewPreset> {
  static constexpr std::array<std::string_view, 6> names = {"anterior", "posterior", "left",
                                                            "right",    "superior",  "inferior"};
};
template <>
struct EnumNames<Background> {
  static constexpr std::array<std::string_view, 4> names = {"studio", "dark", "light", "transparent"};
};

template <>
struct EnumNames<CameraFocus> {
  static constexpr std::array<std::string_view, 2> names = {"whole", "pelvis"};
};
template <>
struct EnumNames<ModelUnits> {
  static constexpr std::array<std::string_view, 5> names = {"auto", "m", "cm", "mm", "in"};
};
template <>
struct EnumNames<ModelUp> {
  static constexpr std::array<std::string_view, 3> names = {"auto", "y", "z"};
};
template <>
struct EnumNames<Language> {
  static constexpr std::array<std::string_view, 4> names = {"auto", "en", "de", "es"};
};
template <>
struct EnumNames<SciaticCourse> {
  static constexpr std::array<std::string_view, 2> names = {"below", "through"};
};
template <>
struct EnumNames<NameMode> {
  static constexpr std::array<std::string_view, 3> names = {"both", "clinical", "lay"};
};
template <>
struct EnumNames<NameWording> {
  static constexpr std::array<std::string_view, 2> names = {"everyday", "formal"};
};
template <>
struct EnumNames<HandoutPaper> {
  static constexpr std::array<std::string_view, 3> names = {"auto", "a4", "letter"};
};
template <>
struct EnumNames<LayerId> {
  static constexpr std::array<std::string_view, kLayerCount> names = {
      "skin",          "superficial_glutes", "low_back", "thigh", "calf", "hip_flexors",
      "deep_rotators", "ligaments",          "nerves",   "bones", "other"};
};

template <class E>
constexpr std::string_view enumName(E value) {
  return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <class E>
std::optional<E> parseEnum(std::string_view text) {
  const auto& names = EnumNames<E>::names;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace hipscope
