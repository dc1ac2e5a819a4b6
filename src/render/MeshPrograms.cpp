// The anatomy shader's variants and the uniforms a frame shares.
#include "render/MeshPrograms.hpp"

#include <string>
#include <utility>

#include "render/SceneRenderer.hpp"
#include "render/ShaderLibrary.hpp"

namespace hipscope {
namespace {

constexpr int kBaseColorUnit = 4;  // SceneRenderer binds a part's base colour image here

std::string definesFor(unsigned key) {
  using namespace mesh_feature;
  static constexpr std::pair<unsigned, const char*> kNames[] = {
      {kSkinned, "SKINNED"},     {kPinch, "PINCH"},   {kContract, "CONTRACT"}, {kPainted, "PAINTED"},
      {kTextured, "TEXTURED"},   {kFibres, "FIBRES"}, {kTension, "TENSION"},   {kCompression, "COMPRESSION"},
      {kHighlight, "HIGHLIGHT"}, {kGlow, "GLOW"},     {kFlat, "FLAT"}};
  std::string defines = "#define PASS " + std::to_string(key >> kPassShift) + "\n";
  for (const auto& [bit, name] : kNames)
    if (key & bit) defines += std::string("#define ") + name + " 1\n";
  return defines;
}

}  // namespace

void MeshPrograms::beginFrame(MeshFrameUniforms frame) {
  uniforms_ = std::move(frame);
  ++frame_;
  current_ = nullptr;
}

const gl::Program& MeshPrograms::use(unsigned key) {
  auto it = programs_.find(key);
  if (it == programs_.end())
    it = programs_
             .emplace(key,
                      Variant{gl::Program(shaderSource("mesh.vert"), shaderSource("mesh.frag"), definesFor(key)), 0})
             .first;
  Variant& v = it->second;
  const gl::Program& p = v.program;
  if (current_ != &p) p.use(), current_ = &p;
  if (v.frame != frame_) {
    v.frame = frame_;
    const MeshFrameUniforms& u = uniforms_;
    p.set("uViewProj", u.viewProj);
    p.set("uEye", u.eye);
    p.set("uCamForward", u.forward);
    p.set("uCamRight", u.right);
    p.set("uCamUp", u.up);
    p.set("uLight", u.light);
    p.set("uOverride", u.override);
    p.set("uPulse", u.pulse);
    p.set("uBaseColor", kBaseColorUnit);
    p.set("uTime", u.time);
    p.set("uReferral", u.referral ? 1.0f : 0.0f);
    if (key & mesh_feature::kSkinned) setJoints(p, &u.joints);
    if (key & mesh_feature::kPainted) p.set("uZoneGlow", u.zoneGlow);
  }
  return p;
}

}  // namespace hipscope
