// Orbit camera math: view presets, rotate, pan, zoom toward the cursor, framing, eased transitions.
#include <gtest/gtest.h>

#include <cmath>

#include "scene/OrbitCamera.hpp"

using namespace hipscope;

namespace {

OrbitCamera cameraFor(ViewPreset view) {
  OrbitCamera c;
  const glm::vec2 a = viewAngles(view);
  c.pose = {{0, 0, 0}, a.x, a.y, 2.0f};
  return c;
}

// Screen position (NDC) of a world point.
glm::vec2 project(const OrbitCamera& c, const glm::vec3& p) {
  const glm::vec4 clip = c.projection(1.0f) * c.view() * glm::vec4(p, 1.0f);
  return glm::vec2(clip) / clip.w;
}

void expectNear(const glm::vec3& a, const glm::vec3& b, float eps = 1e-4f) {
  EXPECT_NEAR(a.x, b.x, eps);
  EXPECT_NEAR(a.y, b.y, eps);
  EXPECT_NEAR(a.z, b.z, eps);
}

}  // namespace

TEST(OrbitCamera, PresetsLookAtTheNamedSide) {
  // Model axes: +Z anterior, +X the subject's left, +Y superior.
  expectNear(cameraFor(ViewPreset::Anterior).eye(), {0, 0, 2});
  expectNear(cameraFor(ViewPreset::Posterior).eye(), {0, 0, -2});
  expectNear(cameraFor(ViewPreset::Left).eye(), {2, 0, 0});
  expectNear(cameraFor(ViewPreset::Right).eye(), {-2, 0, 0});
  EXPECT_GT(cameraFor(ViewPreset::Superior).eye().y, 1.99f);
  EXPECT_LT(cameraFor(ViewPreset::Inferior).eye().y, -1.99f);
}

TEST(OrbitCamera, SuperiorViewPutsTheFrontOfTheBodyAtTheTop) {
  const OrbitCamera c = cameraFor(ViewPreset::Superior);
  EXPECT_GT(project(c, {0, 0, 0.3f}).y, 0.1f);  // anterior point above centre
  EXPECT_LT(project(c, {0, 0, -0.3f}).y, -0.1f);
}

TEST(OrbitCamera, AnteriorViewShowsTheSubjectsLeftOnTheViewersRight) {
  const OrbitCamera c = cameraFor(ViewPreset::Anterior);
  EXPECT_GT(project(c, {0.3f, 0, 0}).x, 0.1f);
  const OrbitCamera back = cameraFor(ViewPreset::Posterior);
  EXPECT_LT(project(back, {0.3f, 0, 0}).x, -0.1f);
}

TEST(OrbitCamera, FullHeightDragTurnsHalfWayRoundAndPitchIsClamped) {
  OrbitCamera c = cameraFor(ViewPreset::Anterior);
  c.rotate(-1.0f, 0.0f);
  EXPECT_NEAR(std::abs(c.pose.yaw), 180.0f, 1e-3f);
  c.rotate(0.0f, 5.0f);
  EXPECT_FLOAT_EQ(c.pose.pitch, OrbitCamera::kMaxPitch);
  c.rotate(0.0f, -10.0f);
  EXPECT_FLOAT_EQ(c.pose.pitch, -OrbitCamera::kMaxPitch);
}

TEST(OrbitCamera, PanMovesTheGrabbedPointWithTheCursor) {
  OrbitCamera c = cameraFor(ViewPreset::Anterior);
  c.aspect = 1.0f;
  const glm::vec2 before = project(c, c.pose.target);
  c.pan(0.25f, 0.0f);  // a quarter of the view height to the right
  const glm::vec2 after = project(c, {0, 0, 0});
  // NDC spans 2 units per view height: the old target point moved right by 0.5.
  EXPECT_NEAR(after.x - before.x, 0.5f, 1e-3f);
  EXPECT_NEAR(after.y - before.y, 0.0f, 1e-3f);
  EXPECT_FLOAT_EQ(c.pose.distance, 2.0f);
}

TEST(OrbitCamera, ZoomKeepsThePointUnderTheCursorFixed) {
  OrbitCamera c = cameraFor(ViewPreset::Left);
  c.aspect = 1.5f;
  const glm::vec2 cursor(0.4f, -0.3f);
  const Ray ray = c.rayThrough(cursor);
  // The point under the cursor on the target plane.
  const float t = glm::dot(c.pose.target - ray.origin, c.forward()) / glm::dot(ray.direction, c.forward());
  const glm::vec3 anchor = ray.origin + ray.direction * t;
  const float d0 = c.pose.distance;
  c.zoomToward(3.0f, cursor);
  EXPECT_LT(c.pose.distance, d0);
  const glm::vec2 p = project(c, anchor);
  EXPECT_NEAR(p.x, cursor.x, 1e-3f);
  EXPECT_NEAR(p.y, cursor.y, 1e-3f);
  c.zoomToward(-3.0f, cursor);
  EXPECT_NEAR(c.pose.distance, d0, 1e-4f);
}

TEST(OrbitCamera, RayThroughCentreIsTheViewDirection) {
  const OrbitCamera c = cameraFor(ViewPreset::Right);
  const Ray r = c.rayThrough({0, 0});
  expectNear(r.direction, c.forward());
  expectNear(r.origin, c.eye());
}

TEST(OrbitCamera, FramingFitsTheBoundsAndZoomScalesDistance) {
  Bounds b;
  b.add({-0.2f, -0.5f, -0.1f});
  b.add({0.2f, 0.1f, 0.1f});
  OrbitCamera lens;
  lens.aspect = 0.5f;  // a tall, narrow view must still fit horizontally
  lens.pose = framedPose(b, ViewPreset::Anterior, lens);
  expectNear(lens.pose.target, b.center());
  for (const glm::vec3& corner :
       {b.min, b.max, glm::vec3(b.min.x, b.max.y, b.max.z), glm::vec3(b.max.x, b.min.y, b.min.z)}) {
    const glm::vec2 p = project(lens, corner);
    EXPECT_LE(std::abs(p.x), 1.0f);
    EXPECT_LE(std::abs(p.y), 1.0f);
  }
  const OrbitPose zoomed = framedPose(b, ViewPreset::Anterior, lens, 0, 0, 2.0f);
  EXPECT_NEAR(zoomed.distance, lens.pose.distance / 2.0f, 1e-5f);
  const OrbitPose turned = framedPose(b, ViewPreset::Anterior, lens, 30.0f, 100.0f);
  EXPECT_FLOAT_EQ(turned.yaw, 30.0f);
  EXPECT_FLOAT_EQ(turned.pitch, OrbitCamera::kMaxPitch);
}

TEST(OrbitCamera, EaseAndInterpolate) {
  EXPECT_FLOAT_EQ(easeInOut(0.0f), 0.0f);
  EXPECT_FLOAT_EQ(easeInOut(1.0f), 1.0f);
  EXPECT_FLOAT_EQ(easeInOut(0.5f), 0.5f);
  for (float t = 0.0f; t < 1.0f; t += 0.05f) EXPECT_LE(easeInOut(t), easeInOut(t + 0.05f));
  const OrbitPose a{{0, 0, 0}, 170.0f, 0.0f, 1.0f}, b{{1, 0, 0}, -170.0f, 40.0f, 4.0f};
  const OrbitPose mid = interpolate(a, b, 0.5f);
  EXPECT_NEAR(std::abs(mid.yaw), 180.0f, 1e-3f);  // the short way round, through 180
  EXPECT_FLOAT_EQ(mid.pitch, 20.0f);
  EXPECT_NEAR(mid.distance, 2.0f, 1e-5f);  // geometric: sqrt(1 * 4)
  expectNear(mid.target, {0.5f, 0, 0});
}

TEST(OrbitCamera, TransitionEndsExactlyAtTheTarget) {
  CameraTransition tr;
  const OrbitPose a{{0, 0, 0}, 0.0f, 0.0f, 1.0f}, b{{0, 1, 0}, 90.0f, 30.0f, 2.0f};
  tr.start(a, b, 0.6f);
  EXPECT_TRUE(tr.active());
  const OrbitPose early = tr.advance(0.1f);
  EXPECT_GT(early.yaw, 0.0f);
  EXPECT_LT(early.yaw, 45.0f);  // eased: slow at the start
  tr.advance(0.3f);
  const OrbitPose end = tr.advance(0.3f);
  EXPECT_FALSE(tr.active());
  EXPECT_FLOAT_EQ(end.yaw, 90.0f);
  EXPECT_FLOAT_EQ(end.distance, 2.0f);
}

TEST(OrbitCamera, RollNinetyLaysAStandingBodyAcrossTheScreenHeadLeft) {
  OrbitCamera c = cameraFor(ViewPreset::Anterior);
  c.aspect = 1.0f;
  c.pose.roll = 90.0f;
  const glm::vec2 head = project(c, {0, 0.5f, 0});
  EXPECT_LT(head.x, -0.1f);
  EXPECT_NEAR(head.y, 0.0f, 1e-4f);
  // Picking and zooming cast rays the same way the picture is drawn, roll included.
  const glm::vec3 p(0.2f, 0.3f, 0.1f);
  const Ray ray = c.rayThrough(project(c, p));
  const glm::vec3 toP = p - ray.origin;
  expectNear(ray.origin + ray.direction * glm::dot(toP, ray.direction), p, 1e-4f);
  // A pan to the right still moves the grabbed point to the right on screen.
  const glm::vec2 before = project(c, {0, 0, 0});
  c.pan(0.25f, 0.0f);
  const glm::vec2 after = project(c, {0, 0, 0});
  EXPECT_NEAR(after.x - before.x, 0.5f, 1e-3f);
  EXPECT_NEAR(after.y - before.y, 0.0f, 1e-3f);
  // Transitions turn the picture smoothly.
  OrbitPose a = c.pose, b = c.pose;
  a.roll = 0.0f;
  EXPECT_NEAR(interpolate(a, b, 0.5f).roll, 45.0f, 1e-4f);
}

// A view saved after turning and zooming with the mouse comes back as the same picture.
TEST(OrbitCamera, OrbitSettingsForUndoesFramedPose) {
  const Bounds bounds{{-0.2f, -0.5f, -0.1f}, {0.2f, 0.3f, 0.15f}};
  OrbitCamera lens;
  lens.fovY = 30.0f;
  lens.aspect = 1.6f;
  for (ViewPreset view : {ViewPreset::Posterior, ViewPreset::Left, ViewPreset::Superior}) {
    const OrbitPose pose = framedPose(bounds, view, lens, 137.0f, -20.0f, 2.5f);
    CameraSettings start;
    start.view = view;
    const CameraSettings got = orbitSettingsFor(pose, bounds, lens, start);
    const OrbitPose again = framedPose(bounds, got.view, lens, got.orbitYaw, got.orbitPitch, got.zoom);
    EXPECT_NEAR(std::remainder(again.yaw - pose.yaw, 360.0f), 0.0f, 1e-3f);
    EXPECT_NEAR(again.pitch, pose.pitch, 1e-3f);
    EXPECT_NEAR(again.distance / pose.distance, 1.0f, 1e-4f);
    EXPECT_GE(got.orbitYaw, -180.0f);
    EXPECT_LE(got.orbitYaw, 180.0f);
  }
  OrbitPose far = framedPose(bounds, ViewPreset::Posterior, lens);
  far.distance *= 100.0f;  // zoomed out past the option's range: clamped, not an invalid view
  EXPECT_EQ(orbitSettingsFor(far, bounds, lens, CameraSettings{}).zoom, 0.25f);
}

TEST(OrbitCamera, SamePoseNoticesATurnAPanOrAZoomButNotRoundingNoise) {
  OrbitPose a;
  a.target = {0.1f, 0.9f, 0.0f};
  a.yaw = 179.99f;
  a.distance = 2.0f;
  OrbitPose b = a;
  b.yaw = -179.98f;  // the same direction, written the other way round
  b.distance = 2.0f + 1e-4f;
  EXPECT_TRUE(samePose(a, b));
  OrbitPose turned = a, panned = a, zoomed = a, tilted = a;
  turned.yaw += 2.0f;
  panned.target.x += 0.05f;
  zoomed.distance *= 0.9f;
  tilted.pitch += 1.0f;
  for (const OrbitPose& moved : {turned, panned, zoomed, tilted}) EXPECT_FALSE(samePose(a, moved));
}

// The box, not its bounding sphere: a standing body fills a 9:16 frame's height and a wide pelvis a 16:9
// frame's width; turned 90 degrees (a lying patient) the body fills the width of a wide frame.
TEST(OrbitCamera, FramingFillsTheFrameAtEveryAspect) {
  const Bounds tall{{-0.2f, -0.9f, -0.15f}, {0.2f, 0.9f, 0.15f}}, wide{{-0.6f, -0.1f, -0.1f}, {0.6f, 0.1f, 0.1f}};
  const auto extent = [](const OrbitCamera& lens, const Bounds& b) {
    glm::vec2 low(1e9f), high(-1e9f);
    for (int i = 0; i < 8; ++i) {
      const glm::vec2 p =
          project(lens, {(i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z});
      low = glm::min(low, p), high = glm::max(high, p);
    }
    return high - low;  // in NDC: 2 is the whole frame
  };
  for (const float aspect : {16.0f / 9.0f, 9.0f / 16.0f, 1.0f})
    for (const float roll : {0.0f, 90.0f})
      for (const Bounds& b : {tall, wide}) {
        OrbitCamera lens;
        lens.aspect = aspect;
        lens.pose = framedPose(b, ViewPreset::Posterior, lens, 0, 0, 1.0f, roll);
        const glm::vec2 e = extent(lens, b);
        EXPECT_LE(e.x, 2.0f + 1e-3f);
        EXPECT_LE(e.y, 2.0f + 1e-3f);
        EXPECT_GT(std::max(e.x, e.y), 2.0f * 0.85f) << aspect << " " << roll;  // fills its limiting side
      }
}
