// The window's own framebuffer, for the frame recipe and the window loop (which make no GL calls).
#pragma once
#include <string>

namespace hipscope {

// Binds the default framebuffer and, given its size, sets the viewport to the whole of it.
void bindWindowFramebuffer(int width = 0, int height = 0);
// Clears the bound framebuffer: the window to the panel's backdrop (what shows beside the 3D view),
// an offscreen frame to transparent black (the panel drawn over it keeps its own translucency).
void clearFrame(bool window);
// The GL renderer's name, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)".
std::string rendererName();
// Waits until every GL command issued so far has finished (timing a frame).
void finishGl();

}  // namespace hipscope
