// Quitting safely: the close veto, the question's answers, the signal flag.
#include "app/QuitSafely.hpp"

#include <csignal>

#include <GLFW/glfw3.h>

#include "app/SessionActions.hpp"

namespace hipscope {
namespace {

volatile std::sig_atomic_t signalled = 0;

extern "C" void onQuitSignal(int) { signalled = 1; }

bool clipBusy(const WindowState& s) { return s.clips.recorder.active() || s.clips.recorder.saving(); }

}  // namespace

void installQuitSignals() {
  struct sigaction action {};
  action.sa_handler = onQuitSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

bool quitSignalled() { return signalled != 0; }

void askToQuit(WindowState& s) {
  s.wake();
  if (clipBusy(s))
    s.quit.asking = true;
  else
    glfwSetWindowShouldClose(s.window.handle(), GLFW_TRUE);
}

void onWindowClose(GLFWwindow* window) {
  WindowState& s = *static_cast<WindowState*>(glfwGetWindowUserPointer(window));
  if (!clipBusy(s)) return;
  glfwSetWindowShouldClose(window, GLFW_FALSE);
  askToQuit(s);
}

void answerQuit(WindowState& s, QuitAnswer answer) {
  if (answer == QuitAnswer::None) return;
  s.quit.asking = false;
  if (answer == QuitAnswer::Stay) return;
  s.quit.whenSaved = true;
  if (s.clips.recorder.active()) toggleRecording(s);  // rendered and saved with the bar showing
  quitWhenSaved(s);
}

void quitWhenSaved(WindowState& s) {
  if (s.quit.whenSaved && !clipBusy(s)) glfwSetWindowShouldClose(s.window.handle(), GLFW_TRUE);
}

}  // namespace hipscope
