#include "ui/Logo.hpp"

#include "options/Error.hpp"
#include "render/Image.hpp"

namespace hipscope {

Logo loadLogo(const std::string& path) {
  Image image;
  try {
    image = readPng(path);
  } catch (const UserError& e) {
    throw UserError(std::string("record.logo: ") + e.what());
  }
  if (image.width > kMaxLogoSide || image.height > kMaxLogoSide)
    throw UserError("record.logo: could not use " + path + ": " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                    " pixels is too large (at most " + std::to_string(kMaxLogoSide) + " on a side)");
  Logo logo{gl::Texture::create(), image.width, image.height};
  glBindTexture(GL_TEXTURE_2D, logo.texture.id());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  glGenerateMipmap(GL_TEXTURE_2D);  // a large logo drawn small stays smooth
  glBindTexture(GL_TEXTURE_2D, 0);
  return logo;
}

const Logo* LogoCache::get(const std::string& path) {
  if (path.empty()) return nullptr;
  auto it = logos_.find(path);
  if (it == logos_.end()) it = logos_.emplace(path, std::make_unique<Logo>(loadLogo(path))).first;
  return it->second.get();
}

}  // namespace hipscope
