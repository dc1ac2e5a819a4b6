// GLFW window and context.
#include "platform/Window.hpp"

#include <algorithm>
#include <stdexcept>

#include <GLFW/glfw3.h>

namespace hipscope {
namespace {

std::string g_glfwError;
void onGlfwError(int, const char* description) { g_glfwError = description ? description : ""; }

}  // namespace

Window::Window(int width, int height, const std::string& title, bool debugContext) {
  glfwSetErrorCallback(onGlfwError);
  if (!glfwInit())
    throw std::runtime_error("cannot open a window: " + (g_glfwError.empty() ? "no display" : g_glfwError) +
                             " (use --output FILE to render without a window)");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_OPENGL_DEBUG_CONTEXT, debugContext ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  if (!window_) {
    glfwTerminate();
    throw std::runtime_error("cannot create an OpenGL 3.3 window: " + g_glfwError);
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);
}

Window::~Window() {
  if (window_) glfwDestroyWindow(window_);
  glfwTerminate();
}

bool Window::shouldClose() const { return glfwWindowShouldClose(window_); }
void Window::swap() const { glfwSwapBuffers(window_); }
void Window::framebufferSize(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

float Window::contentScale() const {
  float x = 1.0f, y = 1.0f;
  glfwGetWindowContentScale(window_, &x, &y);
  return std::max(x, y);
}

}  // namespace hipscope
