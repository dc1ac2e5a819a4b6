// What the muscle and nerve generators share: sides mirrored, profiles through knots, the piriformis's
// section (the muscle and its split variant), the nerve's colour, and the lofted (fusiform) muscle.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "generator/Geometry.hpp"
#include "generator/Landmarks.hpp"

namespace hipscope::gen {

inline constexpr float kPi = 3.14159265f;
inline const glm::vec4 kNerve{0.97f, 0.83f, 0.30f, 1.0f};
// The axis the piriformis's sections are thinner along.
inline const glm::vec3 kPiriformisUp{0, 0, 1};

// Points given for the left side, on side `s`.
std::vector<glm::vec3> mirrored(const Side& s, std::initializer_list<glm::vec3> left);
// Piecewise-linear profile through (t, half-width) knots, same aspect for both axes.
Profile knots(std::vector<glm::vec2> k, float aspect);
// The piriformis's section along its course.
Profile piriformisProfile();
// Piecewise-linear profile through (t, half-width across, half-width along up) knots: flat sections.
Profile sections(std::vector<glm::vec3> k);
// Fusiform belly whose widest point sits at `peak` along the path.
Profile belly(glm::vec2 half, float peak = 0.5f, float tendon = 0.22f);
// A muscle lofted along its path, the path its line of action.
GenMesh fusiform(const std::string& name, const std::vector<glm::vec3>& path, const Profile& profile, glm::vec3 up,
                 const glm::vec4& color, int rings = 36, int sides = 20);

}  // namespace hipscope::gen
