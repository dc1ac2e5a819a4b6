// The app's GLFW window with an OpenGL 3.3 core context, HiDPI aware.
#pragma once
#include <string>

struct GLFWwindow;

namespace hipscope {

class Window {
 public:
  // Throws std::runtime_error naming what failed (no display, no GL 3.3).
  Window(int width, int height, const std::string& title, bool debugContext);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  GLFWwindow* handle() const { return window_; }
  bool shouldClose() const;
  void swap() const;
  // Framebuffer size in pixels (differs from window size on HiDPI screens).
  void framebufferSize(int& width, int& height) const;
  float contentScale() const;

 private:
  GLFWwindow* window_ = nullptr;
};

}  // namespace hipscope
