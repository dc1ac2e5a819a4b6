// A clinic's logo (PNG) drawn as the watermark of clips, screenshots and the window. Loaded into a GL
// texture once per path; a broken file is a one-line error naming it, and the frame goes on without.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "render/gl/Handles.hpp"

namespace hipscope {

struct Logo {
  gl::Texture texture;
  int width = 0, height = 0;
};

// The largest logo side accepted: a corner badge needs far less, and a huge file would cost memory.
inline constexpr int kMaxLogoSide = 4096;

// Reads the PNG and uploads it; throws UserError ("could not read logo.png: not a PNG file", "...:
// 9000x200 pixels is too large (at most 4096 on a side)"). Needs a current GL context.
Logo loadLogo(const std::string& path);

// One texture per path, loaded on first use.
class LogoCache {
 public:
  // Null for an empty path. Throws UserError as loadLogo, every time for a path that failed.
  const Logo* get(const std::string& path);

 private:
  std::map<std::string, std::unique_ptr<Logo>> logos_;
};

}  // namespace hipscope
