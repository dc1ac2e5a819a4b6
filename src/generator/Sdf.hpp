// Signed distance fields for authoring organic bone shapes: primitives blended with smooth minimum.
#pragma once
#include <functional>
#include <vector>

#include <glm/glm.hpp>

namespace hipscope::gen {

// Negative inside, positive outside, roughly metres.
using Field = std::function<float(const glm::vec3&)>;

// Segment a-b with radius ra at a and rb at b (a tapered capsule, "cone sphere").
float taperedCapsule(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb);
// Ellipsoid centred at c with half-axes r (approximate distance, good near the surface).
float ellipsoid(const glm::vec3& p, const glm::vec3& c, const glm::vec3& r);
// Polynomial smooth minimum: blends two fields over distance k.
float smoothUnion(float a, float b, float k);
// Removes b from a with a rounded edge of size k.
float smoothSubtract(float a, float b, float k);

// A chain of tapered capsules through points with radii, blended: a bar bent along a curve.
struct Stroke {
  std::vector<glm::vec3> points;
  std::vector<float> radii;  // one per point
  float blend = 0.004f;
};
float stroke(const glm::vec3& p, const Stroke& s);

// Flattened variant: distance measured with `squash` scaling applied along `normal` (a plate).
float plate(const glm::vec3& p, const Stroke& s, const glm::vec3& normal, float squash);

// Gradient by central differences (unit length where defined).
glm::vec3 gradient(const Field& f, const glm::vec3& p, float h = 2.5e-4f);

}  // namespace hipscope::gen
