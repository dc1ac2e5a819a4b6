// Orbit camera math: yaw/pitch/distance around a target, pan, zoom toward the cursor, framing.
#pragma once
#include <vector>

#include <glm/glm.hpp>

#include "options/Enums.hpp"
#include "options/Settings.hpp"
#include "scene/Bounds.hpp"

namespace hipscope {

// Where the camera is. Angles in degrees; yaw 0 looks at the front of the body (camera on +Z),
// yaw 90 at the subject's left side (camera on +X); pitch +90 looks down from above.
struct OrbitPose {
  glm::vec3 target{0.0f};
  float yaw = 0.0f;
  float pitch = 0.0f;
  float distance = 1.0f;
  float roll =
      0.0f;  // degrees the picture turns counter-clockwise (90: a standing body lies with its head to the left)
};

struct Ray {
  glm::vec3 origin;
  glm::vec3 direction;  // unit length
};

// Yaw and pitch of a named anatomical view.
glm::vec2 viewAngles(ViewPreset view);

class OrbitCamera {
 public:
  static constexpr float kMaxPitch = 89.0f;

  OrbitPose pose;
  float fovY = 30.0f;  // degrees
  float aspect = 16.0f / 9.0f;

  glm::vec3 eye() const;
  glm::vec3 forward() const;  // unit vector from the eye toward the target
  glm::vec3 right() const;    // screen right and up in the world, roll included
  glm::vec3 up() const;
  glm::mat4 view() const;
  glm::mat4 projection(float sceneRadius) const;

  // Drag by a fraction of the viewport height: a full-height drag turns 180 degrees.
  void rotate(float dxFraction, float dyFraction);
  // Moves target and eye so the point under the cursor follows it (fractions of viewport height).
  void pan(float dxFraction, float dyFraction);
  // steps > 0 zooms in. The point under `ndc` on the target plane stays under the cursor.
  void zoomToward(float steps, glm::vec2 ndc);
  // Ray from the eye through a point in normalised device coordinates (-1..1).
  Ray rayThrough(glm::vec2 ndc) const;
  // Distance that fits a sphere of `radius` in the view, both horizontally and vertically.
  float fitDistance(float radius) const;
};

// Pose that frames `bounds` from `view`, with extra yaw/pitch, the picture's roll and a zoom factor: at
// zoom 1 the box's projection just fills the frame's width or height (whichever it meets first), with a
// little air, at the lens's aspect, so a clip frames its subject at 16:9, 9:16 and 1:1 alike.
OrbitPose framedPose(const Bounds& bounds, ViewPreset view, const OrbitCamera& lens, float extraYaw = 0.0f,
                     float extraPitch = 0.0f, float zoom = 1.0f, float roll = 0.0f);
// The same for points (a posed body's vertices): their projection, not their box, fills the frame, so a
// body bent forward and turned on the screen is framed as tightly as a standing one.
OrbitPose framedPose(const std::vector<glm::vec3>& points, ViewPreset view, const OrbitCamera& lens,
                     float extraYaw = 0.0f, float extraPitch = 0.0f, float zoom = 1.0f, float roll = 0.0f);
// The eight corners of `b` (two points close to the origin when it is empty).
std::vector<glm::vec3> cornersOf(const Bounds& b);

// The inverse of framedPose: the orbit and zoom, from `view`, that frame `bounds` as `pose` does
// (a pan away from the centre is not kept). Each is clamped to its option's range.
CameraSettings orbitSettingsFor(const OrbitPose& pose, const Bounds& bounds, const OrbitCamera& lens,
                                CameraSettings camera);
CameraSettings orbitSettingsFor(const OrbitPose& pose, const std::vector<glm::vec3>& points, const OrbitCamera& lens,
                                CameraSettings camera);

// Whether two poses show the same picture, within what a person could see: angles within 0.1 degree,
// the target and distance within 0.1 % of the distance. The view box says "custom" when not.
bool samePose(const OrbitPose& a, const OrbitPose& b);

// Ease-in-out cubic on 0..1.
float easeInOut(float t);
// Interpolates two poses; yaw takes the short way round.
OrbitPose interpolate(const OrbitPose& a, const OrbitPose& b, float t);

// A smooth, eased move from one pose to another over `duration` seconds.
class CameraTransition {
 public:
  void start(const OrbitPose& from, const OrbitPose& to, float duration);
  bool active() const { return active_; }
  const OrbitPose& target() const { return to_; }
  // Advances by dt seconds and returns the pose at the new time.
  OrbitPose advance(float dt);

 private:
  OrbitPose from_, to_;
  float duration_ = 0.0f, elapsed_ = 0.0f;
  bool active_ = false;
};

}  // namespace hipscope
