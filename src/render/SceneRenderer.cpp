// The 3D view's draw passes.
#include "render/SceneRenderer.hpp"

#include "render/MeshPrograms.hpp"
#include "render/ShaderLibrary.hpp"
#include "scene/MuscleShape.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace hipscope {
void setJoints(const gl::Program& program, const std::vector<glm::mat4>* joints) {
  const bool posed = joints && !joints->empty() && joints->size() <= static_cast<std::size_t>(kMaxSkinJoints);
  program.set("uJointCount", posed ? static_cast<int>(joints->size()) : 0);
  if (posed) program.set("uJoints", *joints);
}

namespace {

// The most pixels an edge of a coarser level of detail may span on screen. A curve of radius R drawn
// with edges e px long strays e^2 / 8R px from the true outline: 12 px edges on a 50 px bone curve
// stray a third of a pixel, and smooth shading hides the facets inside the outline.
constexpr float kLodPixels = 12.0f;
// How far the vertex shader may move a vertex off its posed place (a tense muscle's swelling, the
// painted skin standing proud, a pressed nerve, a contracting muscle's belly), metres: a part is left
// out of a frame only when it lies at least this much outside the view.
constexpr float kShaderDisplacement = 0.03f;

// The view's six planes (Gribb and Hartmann), each with a unit normal pointing inward.
std::array<glm::vec4, 6> frustumPlanes(const glm::mat4& viewProj) {
  const glm::mat4 m = glm::transpose(viewProj);
  std::array<glm::vec4, 6> planes{m[3] + m[0], m[3] - m[0], m[3] + m[1], m[3] - m[1], m[3] + m[2], m[3] - m[2]};
  for (glm::vec4& p : planes) p /= glm::length(glm::vec3(p));
  return planes;
}

// Whether part r, posed by `joints` (none: at rest), may show in the view: false only when every
// place its vertices can be (the rest sphere moved by each joint they follow, and at rest for those
// that follow none; a blend of two rigid moves lies within those spheres' hull) is wholly outside one
// of the planes.
bool mayBeInView(const DrawRange& r, const std::array<glm::vec4, 6>& planes, const std::vector<glm::mat4>* joints) {
  glm::vec4 spheres[33];
  int count = 0;
  const float radius = r.radius + kShaderDisplacement;
  if (!joints || r.joints == 0 || r.someAtRest) spheres[count++] = glm::vec4(r.centre, radius);
  if (joints && r.joints != 0) {
    if (!r.weightsBlend) return true;
    for (std::uint32_t j = 0; j < 32; ++j) {
      if (!(r.joints & (1u << j))) continue;
      if (j >= joints->size()) return true;  // the shader clamps it: not worth following
      const glm::mat4& m = (*joints)[j];
      const float scale =
          std::max({glm::length(glm::vec3(m[0])), glm::length(glm::vec3(m[1])), glm::length(glm::vec3(m[2]))});
      spheres[count++] = glm::vec4(glm::vec3(m * glm::vec4(r.centre, 1.0f)), radius * scale);
    }
  }
  for (const glm::vec4& plane : planes) {
    bool allOutside = true;
    for (int k = 0; k < count && allOutside; ++k)
      allOutside = glm::dot(glm::vec3(plane), glm::vec3(spheres[k])) + plane.w < -spheres[k].w;
    if (allOutside) return false;
  }
  return true;
}

constexpr int kBaseColorUnit = 4;  // the texture unit of a part's base colour image (MeshPrograms sets it too)

struct Backdrop {
  glm::vec3 top, bottom;
  float vignette;
};

Backdrop backdropFor(Background b) {
  switch (b) {
    case Background::Studio: return {{0.20f, 0.23f, 0.28f}, {0.07f, 0.08f, 0.10f}, 0.6f};
    case Background::Dark: return {{0.05f, 0.05f, 0.06f}, {0.05f, 0.05f, 0.06f}, 0.0f};
    case Background::Light: return {{0.96f, 0.96f, 0.97f}, {0.80f, 0.82f, 0.85f}, 0.2f};
    case Background::Transparent: break;
  }
  return {{0, 0, 0}, {0, 0, 0}, 0};
}

}  // namespace

SceneRenderer::SceneRenderer(bool combinedTransparency)
    : background_(shaderSource("background.vert"), shaderSource("background.frag")),
      emptyVao_(gl::VertexArray::create()),
      transparency_(combinedTransparency) {}

FrameStats SceneRenderer::render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius,
                                 const RenderSettings& settings, const Viewport& vp, const PartStyles* styles,
                                 float scale) {
  GLint target = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
  // Drawn at `scale` of the viewport's pixels (a view being dragged) into a buffer of its own, so the
  // full-size one is not made again when the drag ends; stretched smoothly into the viewport.
  const bool reduced = scale < 0.999f;
  const int w = reduced ? std::max(1, static_cast<int>(std::lround(vp.width * scale))) : vp.width;
  const int h = reduced ? std::max(1, static_cast<int>(std::lround(vp.height * scale))) : vp.height;
  std::optional<RenderTarget>& buffer = reduced ? reduced_ : scene_;
  if (!buffer || buffer->width() != w || buffer->height() != h) buffer.emplace(w, h);
  const FrameStats stats = draw(*buffer, model, camera, sceneRadius, settings, styles);
  // Copy into the caller's framebuffer at the viewport.
  glBindFramebuffer(GL_READ_FRAMEBUFFER, buffer->framebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(target));
  glBlitFramebuffer(0, 0, w, h, vp.x, vp.y, vp.x + vp.width, vp.y + vp.height, GL_COLOR_BUFFER_BIT,
                    reduced ? GL_LINEAR : GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
  glViewport(vp.x, vp.y, vp.width, vp.height);
  return stats;
}

FrameStats SceneRenderer::renderInto(const RenderTarget& target, const GpuModel& model, const OrbitCamera& camera,
                                     float sceneRadius, const RenderSettings& settings, const PartStyles* styles) {
  const FrameStats stats = draw(target, model, camera, sceneRadius, settings, styles);
  target.bind();
  return stats;
}

void SceneRenderer::copyBackdrop(const RenderTarget& into, Background kind) {
  if (!backdrop_ || backdrop_->width() != into.width() || backdrop_->height() != into.height() ||
      backdropKind_ != kind) {
    backdrop_.emplace(into.width(), into.height(), GL_RGBA8, RenderTarget::Depth::Without);  // only copied from
    backdropKind_ = kind;
    backdrop_->bind();
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glBindVertexArray(emptyVao_.id());
    const Backdrop bg = backdropFor(kind);
    background_.use();
    background_.set("uTop", bg.top);
    background_.set("uBottom", bg.bottom);
    background_.set("uVignette", bg.vignette);
    glDrawArrays(GL_TRIANGLES, 0, 3);
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, backdrop_->framebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, into.framebuffer());
  glBlitFramebuffer(0, 0, into.width(), into.height(), 0, 0, into.width(), into.height(), GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  into.bind();
}

FrameStats SceneRenderer::draw(const RenderTarget& into, const GpuModel& model, const OrbitCamera& camera,
                               float sceneRadius, const RenderSettings& settings, const PartStyles* styles) {
  FrameStats stats;
  const Viewport vp{0, 0, into.width(), into.height()};
  into.bind();
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);
  // Transparent: alpha 0 around the model. Every blend keeps alpha as coverage, so the frame holds
  // premultiplied colour that the PNG writer turns back into straight alpha (Image::unpremultiply).
  const bool transparent = settings.background == Background::Transparent;
  glClearColor(0, 0, 0, transparent ? 0.0f : 1.0f);
  if (transparent) {
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  } else {
    // The backdrop, painted once for this size and kind, is copied in (a plain copy: no pixel is
    // shaded), and the model drawn over it.
    copyBackdrop(into, settings.background);
    ++stats.drawCalls;
    glClear(GL_DEPTH_BUFFER_BIT);
  }

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  // Closed, outward-wound models (the built-in anatomy) skip their back faces: on a software
  // rasteriser that is a third of the frame time. Other models are drawn two-sided.
  if (styles && styles->cullBackFaces) {
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
  } else {
    glDisable(GL_CULL_FACE);
  }

  const glm::mat4 viewProj = camera.projection(sceneRadius) * camera.view();
  const glm::vec3 f = camera.forward();
  const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 1, 0)));
  const bool posed =
      styles && !styles->joints.empty() && styles->joints.size() <= static_cast<std::size_t>(kMaxSkinJoints);
  {
    MeshFrameUniforms u;
    u.viewProj = viewProj;
    u.eye = camera.eye();
    u.forward = f;
    u.right = right;
    u.up = glm::cross(right, f);
    u.light = settings.lightIntensity;
    u.pulse = styles ? styles->pulse : 0.0f;
    u.time = styles ? styles->time : 0.0f;
    u.referral = styles && styles->referral;
    if (posed) u.joints = styles->joints;
    if (styles) u.zoneGlow = styles->zoneGlow;
    meshes_.beginFrame(std::move(u));
  }
  auto flag = [styles](const std::vector<char> PartStyles::*member, std::size_t i, char fallback) {
    if (!styles) return fallback;
    const std::vector<char>& v = styles->*member;
    return i < v.size() ? v[i] : fallback;
  };
  auto opacity = [styles](std::size_t i) { return styles && i < styles->opacity.size() ? styles->opacity[i] : 1.0f; };

  model.bind();
  // Parts wholly outside the view are left out (the legs below a close view of the hip).
  const std::array<glm::vec4, 6> planes = frustumPlanes(viewProj);
  const std::vector<glm::mat4>* joints = posed ? &styles->joints : nullptr;
  std::vector<char> inView(model.ranges().size());
  for (std::size_t i = 0; i < inView.size(); ++i) inView[i] = mayBeInView(model.ranges()[i], planes, joints);
  std::size_t drawnTriangles = 0;
  bool anyGhost = false;
  // ghosts: false draws the opaque parts, true the see-through ones.
  // Opaque parts nearest first, so the rasteriser's early depth test skips shading what they hide
  // (on llvmpipe most of a frame is fragment shading). Ghosts come after them (below).
  const auto& ranges = model.ranges();
  std::vector<std::size_t> order(ranges.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const glm::vec3 eye = camera.eye();
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return glm::dot(ranges[a].centre - eye, f) < glm::dot(ranges[b].centre - eye, f);
  });
  // Level of detail: the coarsest version of a part whose edges, at the part's nearest point, span at
  // most kLodPixels on screen (smooth shading hides facets that small); the full mesh otherwise.
  const float pixelsPerRadian = static_cast<float>(vp.height) * 0.5f / std::tan(glm::radians(camera.fovY) * 0.5f);
  auto detailFor = [&](const DrawRange& r, std::size_t i) {
    const int variant = styles && i < styles->variant.size() ? styles->variant[i] : -1;
    LodRange chosen = rangeOf(r, variant);
    if (variant >= 0 || r.lods.empty() || settings.wireframe) return chosen;  // a wireframe shows the real mesh
    const float distance = std::max(glm::distance(eye, r.centre) - r.radius, 1e-3f);
    for (const LodRange& lod : r.lods)
      if (lod.edge / distance * pixelsPerRadian <= kLodPixels) chosen = lod;
    return chosen;
  };
  // The shader variant part i needs in `pass` (mesh_feature): only the effects its style uses.
  auto variantFor = [&](std::size_t i, const DrawRange& r, unsigned pass) {
    using namespace mesh_feature;
    unsigned key = pass << kPassShift;
    if (posed) key |= kSkinned;
    if (!styles) return key | (r.texture >= 0 ? kTextured : 0u);
    if (i < styles->tension.size() && styles->tension[i] > 0.0f) key |= kTension | kContract;  // it swells
    if (i < styles->contract.size() && styles->contract[i].w > 0.0f) key |= kContract;
    if (i < styles->pinch.size() && styles->pinch[i].w > 0.0f) key |= kPinch | kCompression;
    if (r.texture >= 0) key |= kTextured;
    if (flag(&PartStyles::fibres, i, 0)) key |= kFibres;
    if (flag(&PartStyles::highlighted, i, 0)) key |= kHighlight;
    if (i < styles->glows.size() && styles->glows[i] && styles->glow.w > 0.0f) key |= kGlow;
    if (!styles->zoneGlow.empty() && flag(&PartStyles::painted, i, 0)) key |= kPainted;
    return key;
  };
  // `only`: draw just the parts it marks (the nerve drawn back over the tension display). `pass`:
  // 0 opaque, 1 accumulation, 2 revealage, 3 both; `flat`: one colour, no per-part uniforms.
  auto draw = [&](bool ghosts, bool flat, unsigned pass, const std::vector<char>* only = nullptr,
                  const std::vector<std::size_t>* sequence = nullptr) {
    for (const std::size_t i : sequence ? *sequence : order) {
      if (!flag(&PartStyles::visible, i, 1)) continue;
      if (only && (i >= only->size() || !(*only)[i])) continue;
      if (!inView[i]) continue;
      const float alpha = opacity(i);
      if (alpha <= kHiddenOpacity) continue;
      const bool ghost = alpha < 0.999f;
      anyGhost |= ghost;
      if (ghost != ghosts) continue;
      const DrawRange& r = ranges[i];
      const gl::Program& prog =
          meshes_.use(flat ? mesh_feature::kFlat | (posed ? mesh_feature::kSkinned : 0u) : variantFor(i, r, pass));
      if (flat) prog.set("uOverride", glm::vec4(0.05f, 0.05f, 0.08f, 0.35f));
      if (!flat) {
        prog.set("uColor", r.color);
        prog.set("uTextured", r.texture >= 0 ? 1.0f : 0.0f);
        if (r.texture >= 0) {
          glActiveTexture(GL_TEXTURE0 + kBaseColorUnit);
          glBindTexture(GL_TEXTURE_2D, model.texture(r.texture));
          glActiveTexture(GL_TEXTURE0);
        }
        prog.set("uHighlight", static_cast<float>(flag(&PartStyles::highlighted, i, 0)));
        prog.set("uFibres", flag(&PartStyles::fibres, i, 0) ? 1.0f : 0.0f);
        prog.set("uAlpha", alpha);
        prog.set("uTension", styles && i < styles->tension.size() ? styles->tension[i] : 0.0f);
        const glm::vec4 pinch = styles && i < styles->pinch.size() ? styles->pinch[i] : glm::vec4(0.0f);
        prog.set("uPinch", pinch);
        prog.set("uCompression", pinch.w);
        prog.set("uPinchAlong", styles && i < styles->pinchAlong.size() ? styles->pinchAlong[i] : 0.0f);
        const float tension = styles && i < styles->tension.size() ? styles->tension[i] : 0.0f;
        prog.set("uBulge", kBulgeAtFullTension * tension);  // a contracted muscle swells by up to 5 mm
        prog.set("uContract", styles && i < styles->contract.size() ? styles->contract[i] : glm::vec4(0.0f));
        prog.set("uContractCentre",
                 styles && i < styles->contractCentre.size() ? styles->contractCentre[i] : glm::vec3(0.0f));
        const bool glows = styles && i < styles->glows.size() && styles->glows[i];
        prog.set("uGlow", glows ? styles->glow : glm::vec4(0.0f));
        prog.set("uPainted",
                 styles && !styles->zoneGlow.empty() ? static_cast<int>(flag(&PartStyles::painted, i, 0)) : 0);
      }
      const LodRange lod = detailFor(r, i);
      if (!flat) drawnTriangles += static_cast<std::size_t>(lod.indexCount) / 3;
      glDrawElementsBaseVertex(GL_TRIANGLES, lod.indexCount, GL_UNSIGNED_INT,
                               reinterpret_cast<void*>(lod.firstIndex * sizeof(std::uint32_t)), lod.baseVertex);
      ++stats.drawCalls;
    }
  };
  draw(false, false, 0);

  if (settings.wireframe) {
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // alpha: coverage
    glDepthFunc(GL_LEQUAL);
    glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
    draw(false, true, 0);
    glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
    glDisable(GL_BLEND);
    glDepthFunc(GL_LESS);
  }

  // Ghosts of closed meshes drawn one-sided (the built-in anatomy), and a single ghost of any model,
  // are blended straight over the frame one structure after another, farthest first: each pixel
  // takes a structure's front surface once, and nothing needs the transparency buffers and their
  // full-frame resolve (a third of a scenario's frame). Two-sided meshes of
  // other models, whose faces overlap in no order, still accumulate order-independently.
  std::size_t ghostCount = 0;
  for (std::size_t i = 0; i < ranges.size(); ++i)
    ghostCount += flag(&PartStyles::visible, i, 1) && opacity(i) > kHiddenOpacity && opacity(i) < 0.999f;
  const bool blendInOrder = ghostCount == 1 || (styles && styles->cullBackFaces);
  if (ghostCount > 0 && blendInOrder) {
    // Farthest first by the near side of each one's bounding sphere, so a structure that encloses
    // others (the skin round the glutes) is blended last, over what it holds.
    std::vector<std::size_t> farFirst = order;
    std::stable_sort(farFirst.begin(), farFirst.end(), [&](std::size_t a, std::size_t b) {
      return glm::dot(ranges[a].centre - eye, f) - ranges[a].radius >
             glm::dot(ranges[b].centre - eye, f) - ranges[b].radius;
    });
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    draw(true, false, 4, nullptr, &farFirst);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
  } else if (anyGhost) {
    // Ghosted layers: accumulate, then revealage, then resolve over the opaque image.
    transparency_.resize(vp.width, vp.height, into.depthRenderbuffer());
    if (transparency_.combined()) {
      transparency_.beginCombined();
      draw(true, false, 3);
    } else {
      transparency_.beginAccumulation();
      draw(true, false, 1);
      transparency_.beginRevealage();
      draw(true, false, 2);
    }
    glDepthMask(GL_TRUE);
    transparency_.resolve(into.framebuffer(), emptyVao_.id());
  }
  if (styles && (!styles->lines.empty() || !styles->spots.empty()))
    lines_.draw(styles->lines, styles->spots, camera, sceneRadius, styles->time);
  if (styles && !styles->overTension.empty()) {
    {
      // The sciatic nerve (and its pinch) stays visible whatever the paths do: drawn again over them,
      // depth-tested against itself, so exactly its visible pixels are painted back.
      meshes_.forgetCurrent();
      model.bind();
      glEnable(GL_DEPTH_TEST);
      glDepthFunc(GL_LEQUAL);
      glDepthMask(GL_FALSE);
      if (styles->cullBackFaces) glEnable(GL_CULL_FACE);
      draw(false, false, 0, &styles->overTension);
      glDepthFunc(GL_LESS);
    }
  }
  stats.triangles = drawnTriangles;
  glBindVertexArray(0);
  glDisable(GL_CULL_FACE);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);

  return stats;
}

}  // namespace hipscope
