// How big each muscle of one leg is in life: the volumes the muscle packer grows the muscles to.
//
// Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS. Relationships of 35 lower limb muscles to
// height and body mass quantified using MRI. J Biomech 2014;47(3):631-638: their per-muscle linear
// regressions on height x mass, evaluated for the adult the model is drawn for (1.80 m, 75.2 kg).
// Pectineus and the small rotators are their fractions of the whole limb's muscle volume
// (47 * height * mass + 1285 cm3). cm3, one side. (The piriformis, 44.2 cm3 there, is not packed: see
// MusclePacking.cpp.)
#pragma once
#include <string_view>

namespace hipscope::gen {

struct MuscleVolume {
  std::string_view id;  // structure id without its side
  float cm3;
};

inline constexpr MuscleVolume kMuscleVolumes[] = {
    {"gluteus_maximus", 918.1f},
    {"adductor_magnus", 601.4f},
    {"gluteus_medius", 348.4f},
    {"psoas_major", 302.4f},
    {"iliacus", 189.6f},
    {"sartorius", 176.9f},
    {"adductor_longus", 175.3f},
    {"gluteus_minimus", 111.0f},
    {"adductor_brevis", 111.2f},
    {"gracilis", 110.6f},
    {"tensor_fasciae_latae", 72.1f},

    {"vastus_lateralis", 898.8f},
    {"vastus_medialis", 467.5f},
    {"vastus_intermedius", 285.5f},
    {"rectus_femoris", 288.2f},
    {"semimembranosus", 262.8f},
    {"biceps_femoris_long", 220.8f},
    {"semitendinosus", 200.9f},
    {"biceps_femoris_short", 108.5f},
    {"pectineus", 71.8f},
    {"obturator_externus", 55.0f},
    {"quadratus_femoris", 34.9f},
    {"obturator_internus", 27.9f},
    // The two gemelli together: 17.0 cm3.
    {"gemellus_superior", 8.5f},
    {"gemellus_inferior", 8.5f},
};

}  // namespace hipscope::gen
