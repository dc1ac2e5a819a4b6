// The medial thigh (pectineus, adductors longus and brevis, gracilis), the sartorius and the short head
// of the biceps femoris: our own estimates after Gray's Anatomy and Netter's atlas.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Landmarks.hpp"

namespace hipscope::gen {

// Appends the six muscles of side `s` (ids ending in _l or _r) to `out`.
void addThighMuscles(std::vector<GenMesh>& out, const Side& s);

// Adds to a biceps femoris head's line of action (side `s`) the point where its tendon passes behind
// the knee, just before the insertion on the fibula.
void bicepsTendonBehindTheKnee(GenMesh& m, const Side& s);

}  // namespace hipscope::gen
