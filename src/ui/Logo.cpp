#include "ui/Logo.hpp"

#include "base/Error.hpp"
#include "base/Image.hpp"
#include "render/ImageTexture.hpp"

namespace hipscope {

Logo loadLogo(const std::string& path) {
  Image image;
  try {
    image = readPng(path);
  } catch (const UserError& e) {
    throw UserError(std::string("record.logo: ") + e.what());
  }
  if (image.width > kMaxLogoSide || image.height > kMaxLogoSide)
    throw UserError("record.logo: could not use " + path + ": " + std::to_string(image.width) + "x" +
                    std::to_string(image.height) + " pixels is too large (at most " + std::to_string(kMaxLogoSide) +
                    " on a side)");
  return Logo{uploadTexture(image), image.width, image.height};
}

const Logo* LogoCache::get(const std::string& path) {
  if (path.empty()) return nullptr;
  auto it = logos_.find(path);
  if (it == logos_.end()) it = logos_.emplace(path, std::make_unique<Logo>(loadLogo(path))).first;
  return it->second.get();
}

}  // namespace hipscope
