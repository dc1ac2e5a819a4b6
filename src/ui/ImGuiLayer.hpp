// Dear ImGui set-up: context, style, font, and the GLFW/OpenGL3 backends (GLFW only with a window).
#pragma once
#include <string>

struct GLFWwindow;
struct ImGuiContext;
struct ImFont;

namespace hipscope {

// The size the captions' font is baked at (times the layer's scale), and that font in the current context
// (the panel's where there is no TrueType font).
inline constexpr float kCaptionFontPixels = 48.0f;
ImFont* captionFont();

class ImGuiLayer {
 public:
  // `window` may be null for headless frames; then input is not wired and the caller sets the size.
  ImGuiLayer(GLFWwindow* window, float scale);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // Each layer has its own ImGui context (a window's panel and a clip's captions can coexist):
  // beginFrame makes it current and endFrame/discardFrame give the previous one back.
  // Starts a frame; `width`/`height` (pixels) are used only without a window.
  void beginFrame(int width, int height, float dt);
  void endFrame();
  // Ends a frame without drawing it (layout warm-up).
  void discardFrame();
  // True when ImGui wants the mouse or keyboard (the 3D view must not react then).
  bool wantsMouse() const;
  bool wantsKeyboard() const;
  // The layout ImGui keeps (window sizes and positions, ini text), to remember between runs.
  std::string layout() const;
  void restoreLayout(const std::string& ini);

 private:
  bool hasWindow_;
  ImGuiContext* context_ = nullptr;
  ImGuiContext* previous_ = nullptr;
};

}  // namespace hipscope
