// An OpenGL 3.3 core context with no window and no X display (EGL, Mesa surfaceless platform).
#pragma once
#include <string>

namespace hipscope {

class HeadlessContext {
 public:
  // Throws std::runtime_error with the EGL step that failed.
  explicit HeadlessContext(bool debug = false);
  ~HeadlessContext();
  HeadlessContext(const HeadlessContext&) = delete;
  HeadlessContext& operator=(const HeadlessContext&) = delete;

  // e.g. "llvmpipe (LLVM 15.0.6, 256 bits)", from GL_RENDERER.
  std::string renderer() const;

 private:
  void* display_ = nullptr;
  void* context_ = nullptr;
};

}  // namespace hipscope
