// An image as a GL texture (a clinic's logo drawn by the UI): mipmapped, so a large one drawn small stays smooth.
#pragma once
#include "base/Image.hpp"
#include "render/gl/Handles.hpp"

namespace hipscope {

// RGBA8, linear filtering with mipmaps, clamped at the edges. Needs a current GL context.
gl::Texture uploadTexture(const Image& image);

}  // namespace hipscope
