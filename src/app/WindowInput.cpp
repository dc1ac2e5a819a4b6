// Mouse and keys in the window.
#include "app/WindowInput.hpp"

#include <cmath>

#include <GLFW/glfw3.h>

#include "app/QuitSafely.hpp"
#include "options/OptionRegistry.hpp"
#include "scene/Raycast.hpp"
#include "view/PainView.hpp"

namespace hipscope {
namespace {

WindowState& state(GLFWwindow* w) { return *static_cast<WindowState*>(glfwGetWindowUserPointer(w)); }

// A double click centres the view on the point under the cursor.
void centreOn(WindowState& s, double x, double y) {
  const std::vector<char> solid = ViewScene::pickable(s.scene->styles(s.settings, 0.0f));
  if (auto hit = raycast(s.scene->model, s.camera.rayThrough(s.cursorNdc(x, y)), &solid)) {
    OrbitPose target = s.camera.pose;
    target.target = hit->point;
    s.moveTo(target, kSettleSeconds * 1.6f);
  }
}

// "Paint on the body": the zone of the skin under the cursor joins pain.sites.
void paintAt(WindowState& s, double x, double y) {
  if (const std::optional<int> zone = zoneUnder(*s.scene, s.camera, s.cursorNdc(x, y)))
    s.settings.painSites = withZone(s.settings.painSites, *zone, true);
}

void onMouseButton(GLFWwindow* w, int button, int action, int mods) {
  WindowState& s = state(w);
  Pointer& p = s.pointer;
  s.wake();
  double x, y;
  glfwGetCursorPos(w, &x, &y);
  if (action == GLFW_RELEASE) {
    // A press and release in place is a click: select what is under the cursor.
    if (button == GLFW_MOUSE_BUTTON_LEFT && p.dragging && std::abs(x - p.pressX) < 4 && std::abs(y - p.pressY) < 4)
      p.clickPending = true;
    p.dragging = p.panning = p.painting = false;
    return;
  }
  if (s.uiHasMouse()) return;
  if (button == GLFW_MOUSE_BUTTON_LEFT && !(mods & GLFW_MOD_SHIFT) && s.fields.paintOnBody) {
    p.painting = true;
    paintAt(s, x, y);
    return;
  }
  p.lastX = x;
  p.lastY = y;
  const bool shift = mods & GLFW_MOD_SHIFT;
  if (button == GLFW_MOUSE_BUTTON_RIGHT || button == GLFW_MOUSE_BUTTON_MIDDLE ||
      (button == GLFW_MOUSE_BUTTON_LEFT && shift)) {
    p.panning = true;
  } else if (button == GLFW_MOUSE_BUTTON_LEFT) {
    const double now = glfwGetTime();
    const bool doubleClick =
        now - p.lastClickTime < 0.35 && std::abs(x - p.lastClickX) < 5 && std::abs(y - p.lastClickY) < 5;
    p.lastClickTime = doubleClick ? -1 : now;
    p.lastClickX = x;
    p.lastClickY = y;
    if (doubleClick) {
      centreOn(s, x, y);
    } else {
      p.dragging = true;
      p.pressX = x;
      p.pressY = y;
    }
  }
}

void onCursor(GLFWwindow* w, double x, double y) {
  WindowState& s = state(w);
  Pointer& p = s.pointer;
  s.wake();
  if (p.painting) {
    paintAt(s, x, y);
    return;
  }
  if (!p.dragging && !p.panning) {
    p.hoverPending = true;
    return;
  }
  const float h = static_cast<float>(s.layout.height) / s.layout.pixelRatio;
  const float dx = static_cast<float>(x - p.lastX) / h, dy = static_cast<float>(y - p.lastY) / h;
  p.lastX = x;
  p.lastY = y;
  s.transition = CameraTransition();
  p.moved = true;
  if (p.panning)
    s.camera.pan(dx, dy);
  else
    s.camera.rotate(dx, dy);
}

void onScroll(GLFWwindow* w, double, double yoffset) {
  WindowState& s = state(w);
  s.wake();
  if (s.uiHasMouse()) return;
  double x, y;
  glfwGetCursorPos(w, &x, &y);
  s.transition = CameraTransition();
  s.camera.zoomToward(static_cast<float>(yoffset), s.cursorNdc(x, y));
}

// Esc never quits: it closes the quit question, cancels a model being opened, or closes the
// selection's info card, in that order.
void onEscape(WindowState& s) {
  if (s.quit.asking)
    s.quit.asking = false;
  else if (s.models.opener.busy())
    s.models.opener.cancel();
  else
    s.settings.select.clear();
}

void onKey(GLFWwindow* w, int key, int, int action, int mods) {
  WindowState& s = state(w);
  s.wake();
  if (action != GLFW_PRESS) return;
  if (key == GLFW_KEY_Q && (mods & GLFW_MOD_CONTROL)) return askToQuit(s);  // even while typing in a field
  if (key == GLFW_KEY_ESCAPE && s.quit.asking) return onEscape(s);
  if (s.imgui && s.imgui->wantsKeyboard()) return;
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_6) {
    s.settings.camera.view = static_cast<ViewPreset>(key - GLFW_KEY_1);
    s.settings.camera.orbitYaw = s.settings.camera.orbitPitch = 0.0f;
    s.goToSettingsView(kPresetSeconds);
  } else if (key == GLFW_KEY_F) {
    OrbitPose target = s.camera.pose;
    target.target = s.scene->model.bounds.center();
    target.distance = s.camera.fitDistance(s.scene->radius());
    s.moveTo(target, kPresetSeconds);
  } else if (key == GLFW_KEY_R) {  // back to the start: the scenario left (its caption gone), the camera reset
    if (s.settings.scenario != 0 || !s.settings.tension.empty()) s.tween.start(s.settings, 1.2f);
    OptionRegistry::instance().set(s.settings, "scenario", "none", "R");
    s.settings.stretch = 0;  // the stretch is left too (its pose stays, as a scenario's does)
    s.settings.camera = CameraSettings{};
    s.goToSettingsView(kPresetSeconds);
  } else if (key == GLFW_KEY_P && s.playback.board) {
    s.playback.time = 0;
    s.playback.playing = true;
  } else if (key == GLFW_KEY_F9) {
    s.clips.toggleRecording = true;
  } else if (key == GLFW_KEY_F12) {
    s.clips.takePicture = true;
  } else if (key == GLFW_KEY_ESCAPE) {
    onEscape(s);
  }
}

void onRefresh(GLFWwindow* w) { state(w).wake(); }

void onDrop(GLFWwindow* w, int count, const char** paths) {
  WindowState& s = state(w);
  for (int i = 0; i < count; ++i) s.drops.emplace_back(paths[i]);
  s.wake();
}

}  // namespace

void installInput(WindowState& s) {
  GLFWwindow* w = s.window.handle();
  glfwSetWindowUserPointer(w, &s);
  glfwSetMouseButtonCallback(w, onMouseButton);
  glfwSetCursorPosCallback(w, onCursor);
  glfwSetScrollCallback(w, onScroll);
  glfwSetKeyCallback(w, onKey);
  glfwSetDropCallback(w, onDrop);
  glfwSetWindowRefreshCallback(w, onRefresh);
  glfwSetWindowCloseCallback(w, onWindowClose);  // asks first while a clip records or saves
}

}  // namespace hipscope
