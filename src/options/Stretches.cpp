// The stretches' published positions. Angles are given for the stretched side and the other one and
// mirrored to the side chosen; the camera is given for the right side (the left one is its mirror).
#include "options/Stretches.hpp"

#include <cstdio>

#include "base/Translate.hpp"

namespace hipscope {
namespace {

struct Position {
  // Per leg {stretched side, other side}, degrees as the pose options take them.
  std::array<float, 2> hipFlexion, hipAbduction, hipRotation, kneeFlexion, ankleFlexion;
  float lumbarFlexion;
  float sideBendAway;     // the low back bent away from the stretched side
  std::string_view view;  // seen from, for the right side ("right" becomes "left" for the left side)
  float yaw, pitch, roll;
};

constexpr std::array<std::string_view, 1> kPiriformis{"piriformis"};
constexpr std::array<std::string_view, 3> kHipFlexors{"iliacus", "psoas_major", "rectus_femoris"};
constexpr std::array<std::string_view, 3> kHamstrings{"biceps_femoris_long", "semitendinosus", "semimembranosus"};
constexpr std::array<std::string_view, 1> kQuadratus{"quadratus_lumborum"};
// The gluteus medius is left out: in the built-in model, as in Delp et al. 1999 (J Biomech 32:493-501,
// its posterior fibres turn internal rotators in flexion), it lengthens most with the thigh turned out
// in flexion, which is the piriformis stretch (its mean change there: +33.6 %, here +16.7 %).
constexpr std::array<std::string_view, 1> kGluteals{"gluteus_maximus"};
constexpr std::array<std::string_view, 4> kAdductors{"adductor_longus", "adductor_brevis", "adductor_magnus",
                                                     "gracilis"};

constexpr std::array<Stretch, 7> kStretches{{
    {"none", N_("No stretch"), "", "", {}},
    {"piriformis", N_("Piriformis stretch (deep buttock muscle)"),
     N_("Lie on your back. Pull the knee up toward your chest and a little across, and draw the foot toward the "
        "other hip."),
     "Gulledge et al. 2014, Med Eng Phys 36:212-218: hip flexed about 115 degrees, adducted about 10 and "
     "externally rotated about 40 lengthens the piriformis most",
     kPiriformis},
    {"hip_flexors", N_("Hip flexor stretch (front of the hip)"),
     N_("Kneel on the knee of this side, the other foot flat in front. Tuck your tail under and shift your weight "
        "forward until "
        "you feel the stretch at the front of the back hip."),
     "Winters et al. 2004, Phys Ther 84:800-807: half-kneeling, the back hip extended about 15-20 degrees with the "
     "back knee bent 90",
     kHipFlexors},
    {"hamstrings", N_("Hamstring stretch (back of the thigh)"),
     N_("Lie on your back. Raise this leg straight, holding it behind the thigh, the toes pulled toward you."),
     "Decoster et al. 2005, JOSPT 35:377-387: supine straight-leg raise, the hip flexed about 80 degrees, the knee "
     "straight, the ankle dorsiflexed",
     kHamstrings},
    {"quadratus_lumborum", N_("Side stretch (deep low back muscle)"),
     N_("Stand tall and cross this leg behind the other. Reach the arm on this side over your head and lean away "
        "from it until you feel the stretch in your side, above the hip."),
     "Travell & Simons, Myofascial Pain and Dysfunction vol. 2 ch. 4 (quadratus lumborum): side bend away from the "
     "side, the top leg crossed behind",
     kQuadratus},
    {"gluteals", N_("Buttock stretch (knee to the opposite shoulder)"),
     N_("Lie on your back. Bend this knee, hold it with both hands and pull it toward the opposite shoulder."),
     "Travell & Simons, Myofascial Pain and Dysfunction vol. 2 (gluteus maximus self-stretch): knee to the opposite "
     "shoulder, the hip flexed about 120 degrees and adducted 30, the knee bent",
     kGluteals},
    {"adductors", N_("Inner thigh stretch (side lunge)"),
     N_("Stand with your feet wide apart. Bend the other knee and shift your weight over it, this leg straight, "
        "until you feel the stretch along the inner thigh."),
     "Side lunge (straddle) after Travell & Simons vol. 2 ch. 15 (adductors): the stretched hip abducted about 45 "
     "degrees with its knee straight",
     kAdductors},
}};

// In the order of kStretches; the stretched side is the right one where the camera is concerned.
constexpr std::array<Position, 7> kPositions{{
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, 0, 0, "", 0, 0, 0},
    // Supine, the knee drawn up and across, the thigh turned out (figure-four); seen from the side, lying.
    {{115, 0}, {-10, 0}, {-40, 0}, {90, 0}, {0, 0}, 0, 0, "right", -25, 10, 90},
    // Half-kneeling: the back hip extended 20, its knee bent 90 and the foot's instep on the floor (toes
    // pointed); the front hip and knee bent about 90, the front shin leaning forward over the foot.
    {{-20, 80}, {0, 0}, {0, 0}, {90, 100}, {-35, 15}, 0, 0, "right", 0, 0, 0},
    // Supine straight-leg raise, the other leg flat on the table.
    {{80, 0}, {0, 0}, {0, 0}, {0, 0}, {15, 0}, 0, 0, "right", 0, 0, 90},
    // Standing side bend of 25 degrees away from the side, this leg crossed behind the other.
    {{-10, 0}, {-20, 0}, {0, 0}, {5, 0}, {0, 0}, 0, 25, "posterior", 0, 0, 0},
    // Supine, the knee bent and pulled toward the opposite shoulder: the hip flexed as far as it goes.
    // Seen from above the table and toward the feet, so the knee is seen crossing the body.
    {{120, 0}, {-30, 0}, {0, 0}, {120, 0}, {0, 0}, 0, 0, "anterior", -35, 25, 90},
    // Side lunge: this leg out to the side with the knee straight, the other hip and knee bent over its foot.
    {{0, 45}, {45, 25}, {0, 0}, {0, 70}, {0, 15}, 0, 0, "anterior", 0, 0, 0},
}};

std::string number(float v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", static_cast<double>(v));
  return buffer;
}

}  // namespace

std::span<const Stretch> stretches() { return kStretches; }

std::vector<std::string> stretchAssignments(std::size_t index, int side) {
  if (index == 0 || index >= kPositions.size()) return {};
  const Position& p = kPositions[index];
  const std::array<char, 2> letter{'l', 'r'};
  std::vector<std::string> out;
  auto both = [&](std::string_view joint, const std::array<float, 2>& angles) {
    for (int leg = 0; leg < 2; ++leg) {
      const int which = leg == side ? 0 : 1;  // the stretched side's angle, or the other one's
      out.push_back("pose." + std::string(joint) + "_" + letter[static_cast<std::size_t>(leg)] + "=" +
                    number(angles[static_cast<std::size_t>(which)]));
    }
  };
  both("hip_flexion", p.hipFlexion);
  both("hip_abduction", p.hipAbduction);
  both("hip_rotation", p.hipRotation);
  both("knee_flexion", p.kneeFlexion);
  both("ankle_flexion", p.ankleFlexion);
  out.push_back("pose.lumbar_flexion=" + number(p.lumbarFlexion));
  // pose.lumbar_side_bend is + toward the left: away from the right side is toward the left.
  out.push_back("pose.lumbar_side_bend=" + number(side == 1 ? p.sideBendAway : -p.sideBendAway));
  out.push_back("pose.walking=false");
  const bool mirror = side == 0;
  std::string view(p.view);
  if (mirror && view == "right") view = "left";
  out.push_back("view=" + view);
  out.push_back("camera.orbit_yaw=" + number(mirror ? -p.yaw : p.yaw));
  out.push_back("camera.orbit_pitch=" + number(p.pitch));
  out.push_back("camera.roll=" + number(mirror ? -p.roll : p.roll));
  return out;
}

std::vector<std::string> stretchTargets(std::size_t index, int side) {
  std::vector<std::string> out;
  if (index >= kStretches.size()) return out;
  for (std::string_view id : kStretches[index].targets) out.push_back(std::string(id) + (side == 0 ? "_l" : "_r"));
  return out;
}

}  // namespace hipscope
