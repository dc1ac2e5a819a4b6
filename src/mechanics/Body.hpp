// The body at one moment: the pose (the gait folded in), every joint's transform, each muscle's
// tension and deformation, the tension paths (group x side), the sciatic compression measured between
// the meshes and the low-back strain. Computed once a frame from the settings on screen and handed to
// whatever shows or reports it (the draw list, the panel's readouts, --report), instead of each of
// them rebuilding the pose from Settings.
#pragma once
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "mechanics/BoneSurfaces.hpp"
#include "mechanics/Mechanics.hpp"
#include "mechanics/SciaticContact.hpp"
#include "mechanics/TensionLines.hpp"
#include "options/Settings.hpp"
#include "scene/Model.hpp"
#include "scene/MuscleShape.hpp"

namespace hipscope {

// What of a model the body state needs, found once when it loads: which mechanics joint drives each
// of its skinning joints, which parts are muscles and where their fibres end, and the structures the
// sciatic contact is measured between.
struct BodyModel {
  std::vector<int> jointSlots;       // per Model::jointNames: index into Mechanics::joints(), or -1
  std::vector<char> muscle;          // per part: contracts along its fibres
  std::vector<FibreEnds> fibreEnds;  // per part
  SciaticContact contact;
  BoneSurfaces bones;  // what the tension paths are routed around
  // The last tension paths and what they were routed for: a frame with the same pose and tensions
  // (a turning camera, a breathing glow) routes nothing again.
  struct PathMemo {
    std::mutex mutex;
    std::vector<glm::mat4> joints;
    std::map<std::string, float> tension;
    std::vector<TensionLine> lines;
    bool valid = false;
  };
  std::shared_ptr<PathMemo> pathMemo = std::make_shared<PathMemo>();

  BodyModel() = default;
  // `muscle`: per part, whether it is a muscle (the catalog says).
  BodyModel(const Model& model, std::vector<char> muscle, const Mechanics* mechanics);
};

struct Body {
  Settings settings;                         // what is shown, with the pose as it is at this moment (walking)
  Pose pose;                                 // the mechanics' angles of that pose
  std::vector<glm::mat4> joints;             // rest-to-posed per Mechanics::joints(); empty without mechanics
  std::vector<glm::mat4> modelJoints;        // the same per Model::jointNames, as skinning uses them; empty: rest
  std::vector<float> tension;                // per part, 0..1
  std::vector<MuscleDeform> deform;          // per part: a tense muscle's contraction and swelling
  std::vector<TensionLine> lines;            // one per tight group and side (at most six), toward the spine
  std::array<NerveCompression, 2> nerves{};  // sciatic compression, left and right
  std::array<float, 2> strain{0, 0};         // pull on the low back, left and right
};

// The mechanics' pose for these pose settings.
Pose poseOf(const PoseSettings& pose);

// The body of `model` for `shown` at `seconds` (the gait is a function of time). Without mechanics (a
// model from elsewhere) it stays at rest, with no tension lines or strain, but its own meshes still
// give the compression.
Body computeBody(const Model& model, const BodyModel& parts, const Mechanics* mechanics, const Settings& shown,
                 float seconds);

}  // namespace hipscope
