// The leg below the hip: tibia, fibula, patella and foot as signed distance fields (our own
// construction from the landmarks), and the obliquity of the thigh that brings the knees closer
// together than the hips.
#pragma once
#include <vector>

#include "generator/Geometry.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

// tibia, fibula, patella and foot of both sides, in authoring space (the leg straight down from the hip).
std::vector<BoneShape> legShapes();

// Authoring space -> model space: below the hip centre a point moves toward the midline, linearly
// more down the thigh, by lm::kneeInset at the knee and below it. Above the hip nothing moves.
glm::vec3 convergeLegs(const glm::vec3& p);
// A field authored in authoring space, in model space (sampled back through the inverse move).
Field convergedField(Field authored);
// The bones in model space (each field sampled back through the inverse move, boxes widened).
std::vector<BoneShape> convergedShapes(const std::vector<BoneShape>& authored);
// A generated mesh (and its line of action) moved into model space.
void convergeMesh(GenMesh& mesh);

}  // namespace hipscope::gen
