// What the muscle and nerve generators share: sides mirrored, profiles through knots, flat sections
// and bellies, the piriformis's section (the muscle and its split variant), the lofted and fan-shaped
// muscle builders, and the thigh's and the nerve's colours.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "generator/Geometry.hpp"
#include "generator/Landmarks.hpp"
#include "generator/Skeleton.hpp"

namespace hipscope::gen {

inline constexpr float kPi = 3.14159265f;
inline const glm::vec4 kNerve{0.97f, 0.83f, 0.30f, 1.0f};
inline const glm::vec4 kThigh{0.60f, 0.17f, 0.15f, 1.0f};
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

// A lofted muscle along `path`, which is also its line of action.
GenMesh fusiform(const std::string& name, const std::vector<glm::vec3>& path, const Profile& profile, glm::vec3 up,
                 const glm::vec4& color, int rings = 36, int sides = 20);
// A fan- or sheet-shaped muscle between an origin and an insertion line (given for the left side), its
// central fibre the line of action. With `drapeOn`, mid-surface points nearer than `drape` to a bone
// are laid onto it at the muscle's half-thickness, so the sheet follows the bone's curvature.
GenMesh fan(const std::string& name, const Side& s, std::initializer_list<glm::vec3> origin,
            std::initializer_list<glm::vec3> insertion, glm::vec3 bulge, float thickness, const glm::vec4& color,
            int fibres = 18, int stations = 26, const BoneDistance* drapeOn = nullptr, float drape = 0.0f);

}  // namespace hipscope::gen
