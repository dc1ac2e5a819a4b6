// Orbit camera math.
#include "scene/OrbitCamera.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <glm/gtc/matrix_transform.hpp>

namespace hipscope {

glm::vec2 viewAngles(ViewPreset view) {
  switch (view) {
    case ViewPreset::Anterior: return {0.0f, 0.0f};
    case ViewPreset::Posterior: return {180.0f, 0.0f};
    case ViewPreset::Left: return {90.0f, 0.0f};
    case ViewPreset::Right: return {-90.0f, 0.0f};
    // From above, posterior side nearest the camera so the front of the body is at the top.
    case ViewPreset::Superior: return {180.0f, OrbitCamera::kMaxPitch};
    case ViewPreset::Inferior: return {0.0f, -OrbitCamera::kMaxPitch};
  }
  return {0.0f, 0.0f};
}

glm::vec3 OrbitCamera::forward() const {
  const float yaw = glm::radians(pose.yaw), pitch = glm::radians(pose.pitch);
  const glm::vec3 toEye(std::cos(pitch) * std::sin(yaw), std::sin(pitch), std::cos(pitch) * std::cos(yaw));
  return -toEye;
}

glm::vec3 OrbitCamera::eye() const { return pose.target - forward() * pose.distance; }

glm::vec3 OrbitCamera::right() const {
  const glm::vec3 f = forward();
  const glm::vec3 level = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
  const float roll = glm::radians(pose.roll);
  return std::cos(roll) * level - std::sin(roll) * glm::cross(level, f);
}

glm::vec3 OrbitCamera::up() const { return glm::cross(right(), forward()); }

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), pose.target, up()); }

glm::mat4 OrbitCamera::projection(float sceneRadius) const {
  // Clip planes hug the scene so depth precision stays good at every zoom.
  const float radius = std::max(sceneRadius, 1e-3f);
  const float centreDistance = glm::length(eye() - pose.target);
  const float nearPlane = std::max(centreDistance - 2.0f * radius, radius * 0.01f);
  const float farPlane = centreDistance + 2.0f * radius;
  return glm::perspective(glm::radians(fovY), aspect, nearPlane, farPlane);
}

void OrbitCamera::rotate(float dxFraction, float dyFraction) {
  pose.yaw -= dxFraction * 180.0f;
  pose.yaw = std::remainder(pose.yaw, 360.0f);
  pose.pitch = std::clamp(pose.pitch + dyFraction * 180.0f, -kMaxPitch, kMaxPitch);
}

void OrbitCamera::pan(float dxFraction, float dyFraction) {
  const glm::vec3 right = this->right(), up = this->up();
  // Height of the view at the target's depth, so the grabbed point moves with the cursor.
  const float viewHeight = 2.0f * pose.distance * std::tan(glm::radians(fovY) * 0.5f);
  pose.target += (-right * dxFraction + up * dyFraction) * viewHeight;
}

Ray OrbitCamera::rayThrough(glm::vec2 ndc) const {
  const glm::vec3 f = forward(), right = this->right(), up = this->up();
  const float t = std::tan(glm::radians(fovY) * 0.5f);
  return {eye(), glm::normalize(f + right * (ndc.x * t * aspect) + up * (ndc.y * t))};
}

void OrbitCamera::zoomToward(float steps, glm::vec2 ndc) {
  const float factor = std::pow(0.85f, steps);
  const Ray ray = rayThrough(ndc);
  // Point under the cursor on the plane through the target facing the camera.
  const glm::vec3 f = forward();
  const float along = glm::dot(pose.target - ray.origin, f) / glm::dot(ray.direction, f);
  const glm::vec3 anchor = ray.origin + ray.direction * along;
  // Scaling the whole camera about the anchor keeps the anchor's projection fixed.
  pose.target = anchor + (pose.target - anchor) * factor;
  pose.distance *= factor;
}

float OrbitCamera::fitDistance(float radius) const {
  const float halfY = glm::radians(fovY) * 0.5f;
  const float halfX = std::atan(std::tan(halfY) * aspect);
  return radius / std::sin(std::min(halfX, halfY));
}

namespace {

// The pose at `pose`'s angles (yaw, pitch, roll as given) whose view just holds `points`: the target at the
// centre of their projection, the distance the nearest that fits them in both directions. The points,
// not their bounding sphere: a tall body fills a tall frame, a wide pelvis a wide one.
OrbitPose fitted(const std::vector<glm::vec3>& points, OrbitPose pose, const OrbitCamera& lens) {
  constexpr float kMargin = 1.06f;  // a little air around the subject
  OrbitCamera camera = lens;
  camera.pose = pose;
  Bounds bounds;
  for (const glm::vec3& p : points) bounds.add(p);
  const glm::vec3 right = camera.right(), up = camera.up(), forward = camera.forward(), centre = bounds.center();
  glm::vec2 low(std::numeric_limits<float>::max()), high(std::numeric_limits<float>::lowest());
  for (const glm::vec3& c : points) {
    const glm::vec2 p(glm::dot(c - centre, right), glm::dot(c - centre, up));
    low = glm::min(low, p);
    high = glm::max(high, p);
  }
  const glm::vec2 mid = (low + high) * 0.5f;
  pose.target = centre + right * mid.x + up * mid.y;
  const float ty = std::tan(glm::radians(lens.fovY) * 0.5f), tx = ty * lens.aspect;
  float distance = 0.0f;
  for (const glm::vec3& c : points) {
    const glm::vec3 d = c - pose.target;
    const float depth = glm::dot(d, forward);  // beyond the target: farther from the eye, so it needs less
    const float across = std::abs(glm::dot(d, right)) * kMargin / tx, along = std::abs(glm::dot(d, up)) * kMargin / ty;
    distance = std::max(distance, std::max(across, along) - depth);
  }
  pose.distance = std::max(distance, std::max(bounds.radius(), 1e-3f) * 0.5f);  // never inside what it frames
  return pose;
}

}  // namespace

std::vector<glm::vec3> cornersOf(const Bounds& b) {
  if (b.empty()) return {glm::vec3(-1e-3f), glm::vec3(1e-3f)};
  std::vector<glm::vec3> corners;
  for (int i = 0; i < 8; ++i)
    corners.push_back({(i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z});
  return corners;
}

OrbitPose framedPose(const Bounds& bounds, ViewPreset view, const OrbitCamera& lens, float extraYaw, float extraPitch,
                     float zoom, float roll) {
  return framedPose(cornersOf(bounds), view, lens, extraYaw, extraPitch, zoom, roll);
}

CameraSettings orbitSettingsFor(const OrbitPose& pose, const Bounds& bounds, const OrbitCamera& lens,
                                CameraSettings camera) {
  return orbitSettingsFor(pose, cornersOf(bounds), lens, camera);
}

OrbitPose framedPose(const std::vector<glm::vec3>& points, ViewPreset view, const OrbitCamera& lens, float extraYaw,
                     float extraPitch, float zoom, float roll) {
  const glm::vec2 angles = viewAngles(view);
  OrbitPose pose;
  pose.yaw = std::remainder(angles.x + extraYaw, 360.0f);
  pose.pitch = std::clamp(angles.y + extraPitch, -OrbitCamera::kMaxPitch, OrbitCamera::kMaxPitch);
  pose.roll = roll;
  pose = fitted(points.empty() ? cornersOf(Bounds{}) : points, pose, lens);
  pose.distance /= std::max(zoom, 1e-3f);
  return pose;
}

CameraSettings orbitSettingsFor(const OrbitPose& pose, const std::vector<glm::vec3>& points, const OrbitCamera& lens,
                                CameraSettings camera) {
  const glm::vec2 angles = viewAngles(camera.view);
  camera.orbitYaw = std::remainder(pose.yaw - angles.x, 360.0f);
  camera.orbitPitch = std::clamp(pose.pitch - angles.y, -89.0f, 89.0f);
  camera.roll = std::remainder(pose.roll, 360.0f);
  const float whole =
      framedPose(points, camera.view, lens, camera.orbitYaw, camera.orbitPitch, 1.0f, camera.roll).distance;
  camera.zoom = std::clamp(whole / std::max(pose.distance, 1e-6f), 0.25f, 8.0f);
  return camera;
}

bool samePose(const OrbitPose& a, const OrbitPose& b) {
  const float tolerance = 1e-3f * std::max(a.distance, b.distance);
  return std::abs(std::remainder(a.yaw - b.yaw, 360.0f)) < 0.1f && std::abs(a.pitch - b.pitch) < 0.1f &&
         std::abs(std::remainder(a.roll - b.roll, 360.0f)) < 0.1f && std::abs(a.distance - b.distance) < tolerance &&
         glm::distance(a.target, b.target) < tolerance;
}

float easeInOut(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t < 0.5f ? 4.0f * t * t * t : 1.0f - std::pow(-2.0f * t + 2.0f, 3.0f) * 0.5f;
}

OrbitPose interpolate(const OrbitPose& a, const OrbitPose& b, float t) {
  OrbitPose p;
  p.target = glm::mix(a.target, b.target, t);
  p.yaw = std::remainder(a.yaw + std::remainder(b.yaw - a.yaw, 360.0f) * t, 360.0f);
  p.pitch = a.pitch + (b.pitch - a.pitch) * t;
  // Geometric interpolation so zooming feels even at every scale.
  p.distance = a.distance * std::pow(b.distance / a.distance, t);
  p.roll = a.roll + (b.roll - a.roll) * t;
  return p;
}

void CameraTransition::start(const OrbitPose& from, const OrbitPose& to, float duration) {
  from_ = from;
  to_ = to;
  duration_ = std::max(duration, 1e-3f);
  elapsed_ = 0.0f;
  active_ = true;
}

OrbitPose CameraTransition::advance(float dt) {
  if (!active_) return to_;
  elapsed_ += dt;
  if (elapsed_ >= duration_) {
    active_ = false;
    return to_;
  }
  return interpolate(from_, to_, easeInOut(elapsed_ / duration_));
}

}  // namespace hipscope
