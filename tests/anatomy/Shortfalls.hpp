// Where the built-in model does not yet meet a fidelity limit of issue 12, and why. Each entry is
// strict: its figure is printed and must still be off the limit (when it comes within it, the check
// fails and asks for the entry to go), and every figure not listed must meet the limit as usual.
// The issue stays open until this list is empty.
#pragma once
#include <string_view>

namespace hipscope::anatomy {

struct Shortfall {
  std::string_view check;  // "length.hip", "length.knee", "attachment", "volume", "section", "stretch.rank"
  std::string_view what;   // the structure (no side), reference point or section it concerns
  std::string_view why;
};

inline constexpr std::string_view kPubis =
    "our pubis lies 13-20 mm further in front of the hip centre than Gait2392's (ours keeps the ASIS and the "
    "symphysis in one coronal plane, the anatomical position); the skeleton must be reconciled first";
inline constexpr std::string_view kFemurBow =
    "the reference point lies at the centre of our femoral shaft at that level, 10 mm from every surface "
    "(the reference's femur bows further forward): our femur needs its anterior bow, which moves the thigh";

inline constexpr Shortfall kShortfalls[] = {
    {"length.hip", "adductor_longus", kPubis},
    {"length.hip", "adductor_brevis", kPubis},
    {"length.hip", "pectineus", kPubis},
    {"attachment", "add_brev origin", kPubis},
    {"attachment", "add_long insertion", kFemurBow},
    {"volume", "piriformis",
     "drawn as authored, not packed: its measured contact with the nerve is the one the nerve is routed "
     "against, and a regrown surface pressed on the nerve at rest. Drawn out behind and above outside the "
     "sciatic notch instead (tried: 35-40 cm3 and the nerve contact tests hold), its belly shows from the "
     "left in the tight-hips scenario as a strip under the low back's tension path, and "
     "render.tension_display_coverage falls to 68-72 % of the tense muscles' pixels uncovered (limit 75). "
     "Widened inside the pelvis instead, over its sacral origin (S2-S4, half-width 15 -> 22-23 mm up to a fifth "
     "of its length; tried four profiles: 33.8-37.7 cm3; two kept every vertex under 2 mm inside bone, two left one "
     "2.2-3.4 mm inside the ilium beside the sacroiliac joint), the tense belly reaches the sciatic trunk "
     "where it runs down in front of the muscle to the notch (about a third of the way along the nerve): "
     "up to 8.7 mm deep at full tension, or, where not, as soon as SciaticContact's probe moves the nerve "
     "back from the notch. The trunk's course in the pelvis must be laid again with the wider origin"},
    {"stretch.rank", "gluteals",
     "our gluteus maximus lengthens more with the flexed thigh pulled across (+38.2 % in the knee-to-opposite-"
     "shoulder stretch against the reference's +31.5 %), so ours ranks that stretch first, the reference the "
     "piriformis stretch (+33.4 % against +31.5 %: its straight paths lengthen the muscle more turned out)"},
};

// The entry for this check and structure, or nullptr.
inline const Shortfall* shortfall(std::string_view check, std::string_view what) {
  for (const Shortfall& s : kShortfalls)
    if (s.check == check && s.what == what) return &s;
  return nullptr;
}

}  // namespace hipscope::anatomy
