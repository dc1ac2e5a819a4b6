// Draws the 3D view: background, then the model's structures with studio lighting.
#pragma once
#include <optional>
#include <vector>

#include "options/Settings.hpp"
#include "render/GpuModel.hpp"
#include "render/LineRenderer.hpp"
#include "render/MeshPrograms.hpp"
#include "render/RenderTarget.hpp"
#include "render/Transparency.hpp"
#include "render/gl/Program.hpp"
#include "scene/OrbitCamera.hpp"

namespace hipscope {

struct Viewport {
  int x = 0, y = 0, width = 1, height = 1;
};

// At or below this opacity a structure is not drawn (and cannot be picked).
inline constexpr float kHiddenOpacity = 0.02f;

// How each part is drawn (one entry per part, in model order); empty vectors mean "all default".
struct PartStyles {
  std::vector<char> visible;      // 0: not drawn
  std::vector<char> highlighted;  // 1: highlight colour and pulsing rim; 2: selected (its own colour, outlined)
  std::vector<char> fibres;       // 1: muscle striations
  std::vector<char> pickThrough;  // 1: never picked, however solid (the skin): a click finds what lies under it
  std::vector<float> opacity;     // below 1: ghosted (order-independent transparency)
  std::vector<float> tension;     // 0..1: contraction tint
  std::vector<glm::vec4> pinch;   // nerves: xyz contact point, w compression 0..1
  std::vector<float> pinchAlong;  // nerves: the nerve's u at the contact (pain pulses run on from it)
  std::vector<int> variant;       // which anatomical variant to draw (index into MeshPart::variants), -1: the usual
  // Contracting muscles: xyz the fibre axis (posed), w how much the belly shortens (0..1 of its
  // distance from the middle); contractCentre the middle between the muscle's two ends (posed).
  std::vector<glm::vec4> contract;
  std::vector<glm::vec3> contractCentre;
  std::vector<char> glows;  // 1: bones of the low back that glow with the strain
  glm::vec4 glow{0.0f};     // xyz: centre of the glow, w: strain 0..1
  // Where it hurts (view/SkinZones): per part 1 where its painted zones glow, 2 where only the glow
  // is drawn (the skin hidden or peeled away); per zone how much it hurts, 0..1.
  std::vector<char> painted;
  std::vector<float> zoneGlow;
  bool referral = false;       // the glow as a rim and a faint wash (a referral pattern, or the pain with a selection)
  float pulse = 0.0f;          // 0..1
  bool cullBackFaces = false;  // every mesh is closed and wound outward
  std::vector<glm::mat4> joints;  // pose: rest-to-posed transform per Model::jointNames (at most 16)
  std::vector<StyledLine> lines;  // tension paths drawn over the frame
  std::vector<GlowSpot> spots;    // where the low back is strained, drawn under the paths
  std::vector<char> overTension;  // 1: drawn back over the tension display where it shows (the sciatic nerve)
  float time = 0.0f;              // seconds, for the lines' flow
};

struct FrameStats {
  std::size_t triangles = 0;
  int drawCalls = 0;
};

// Uploads a pose's joint matrices (null or empty: rest pose) to a program with the skinning uniforms.
void setJoints(const gl::Program& program, const std::vector<glm::mat4>* joints);

class SceneRenderer {
 public:
  // `combinedTransparency` false forces the two-pass transparency path (see Transparency).
  explicit SceneRenderer(bool combinedTransparency = true);
  // Renders into the currently bound framebuffer's `viewport`; `styles` null draws every part plainly.
  // The frame is drawn offscreen (opaque pass, then ghosts) and copied into the viewport; with `scale`
  // below 1 at that fraction of its pixels and stretched (a view being dragged: a quarter of the work).
  FrameStats render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius, const RenderSettings& settings,
                    const Viewport& viewport, const PartStyles* styles = nullptr, float scale = 1.0f);
  // Renders a whole frame straight into `target` (colour and depth) and leaves it bound: no copy,
  // which on a software rasteriser also saves a wait. For offscreen frames: stills and clips.
  FrameStats renderInto(const RenderTarget& target, const GpuModel& model, const OrbitCamera& camera, float sceneRadius,
                        const RenderSettings& settings, const PartStyles* styles = nullptr);

 private:
  void copyBackdrop(const RenderTarget& into, Background kind);
  FrameStats draw(const RenderTarget& into, const GpuModel& model, const OrbitCamera& camera, float sceneRadius,
                  const RenderSettings& settings, const PartStyles* styles);

  MeshPrograms meshes_;
  gl::Program background_;
  gl::VertexArray emptyVao_;              // core profile needs a VAO bound even for attribute-less draws
  std::optional<RenderTarget> scene_;     // the frame before it is copied into the viewport
  std::optional<RenderTarget> reduced_;   // the same at a reduced size (a view being dragged)
  std::optional<RenderTarget> backdrop_;  // the backdrop alone, painted when the size or its kind changes
  Background backdropKind_ = Background::Studio;
  Transparency transparency_;
  LineRenderer lines_;
};

}  // namespace hipscope
