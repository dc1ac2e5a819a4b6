// The anatomy shader (shaders/mesh.vert, mesh.frag) compiled in variants: each part is drawn with
// one that leaves out the effects its style does not use. A software rasteriser runs every branch of
// a shader for every pixel, so an effect switched off by a uniform still costs its full price; left
// out by the preprocessor it costs nothing. Variants are compiled when first needed and kept.
#pragma once
#include <map>
#include <vector>

#include <glm/glm.hpp>

#include "render/gl/Program.hpp"

namespace hipscope {

// What a variant includes (bits of a key); the pass is the bits from kPassShift up.
namespace mesh_feature {
inline constexpr unsigned kSkinned = 1u << 0;      // posed by joints
inline constexpr unsigned kPinch = 1u << 1;        // a pressed nerve narrowed under the muscle
inline constexpr unsigned kContract = 1u << 2;     // a contracting, swelling muscle
inline constexpr unsigned kPainted = 1u << 3;      // the skin's pain zones, and a referral pattern
inline constexpr unsigned kTextured = 1u << 4;     // a base colour image
inline constexpr unsigned kFibres = 1u << 5;       // muscle striations
inline constexpr unsigned kTension = 1u << 6;      // a tight muscle's tint, glow and waves
inline constexpr unsigned kCompression = 1u << 7;  // the pressed nerve's glow and pain pulses
inline constexpr unsigned kHighlight = 1u << 8;    // a highlighted or selected structure
inline constexpr unsigned kGlow = 1u << 9;         // the strained low back's glow
inline constexpr unsigned kFlat = 1u << 10;        // one colour (the wireframe)
inline constexpr int kPassShift = 11;              // 0 opaque, 1 accumulation, 2 revealage, 3 both, 4 blended over
}  // namespace mesh_feature

// The uniforms every part of one frame shares.
struct MeshFrameUniforms {
  glm::mat4 viewProj{1.0f};
  glm::vec3 eye{0.0f}, forward{0.0f, 0.0f, -1.0f}, right{1.0f, 0.0f, 0.0f}, up{0.0f, 1.0f, 0.0f};
  float light = 1.0f, pulse = 0.0f, time = 0.0f;
  bool referral = false;
  glm::vec4 override{0.0f};       // the flat colour
  std::vector<glm::mat4> joints;  // empty: rest
  std::vector<float> zoneGlow;    // per pain zone
};

class MeshPrograms {
 public:
  // Starts a frame: its shared uniforms reach each variant the first time it is used in the frame.
  void beginFrame(MeshFrameUniforms frame);
  // The variant for `key` (mesh_feature bits), current and with this frame's shared uniforms set.
  const gl::Program& use(unsigned key);
  // Another program was made current: the next use() makes its own current again.
  void forgetCurrent() { current_ = nullptr; }
  std::size_t compiled() const { return programs_.size(); }

 private:
  struct Variant {
    gl::Program program;
    unsigned frame = 0;  // the last frame its shared uniforms were set for
  };
  std::map<unsigned, Variant> programs_;
  MeshFrameUniforms uniforms_;
  unsigned frame_ = 0;
  const gl::Program* current_ = nullptr;
};

}  // namespace hipscope
