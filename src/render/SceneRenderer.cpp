// The 3D view's draw passes.
#include "render/SceneRenderer.hpp"

#include "render/ShaderLibrary.hpp"

namespace hipscope {
namespace {

struct Backdrop {
  glm::vec3 top, bottom;
  float vignette;
};

Backdrop backdropFor(Background b) {
  switch (b) {
    case Background::Studio: return {{0.20f, 0.23f, 0.28f}, {0.07f, 0.08f, 0.10f}, 0.6f};
    case Background::Dark: return {{0.05f, 0.05f, 0.06f}, {0.05f, 0.05f, 0.06f}, 0.0f};
    case Background::Light: return {{0.96f, 0.96f, 0.97f}, {0.80f, 0.82f, 0.85f}, 0.2f};
  }
  return {{0, 0, 0}, {0, 0, 0}, 0};
}

}  // namespace

SceneRenderer::SceneRenderer()
    : mesh_(shaderSource("mesh.vert"), shaderSource("mesh.frag")),
      background_(shaderSource("background.vert"), shaderSource("background.frag")),
      emptyVao_(gl::VertexArray::create()) {}

FrameStats SceneRenderer::render(const GpuModel& model, const OrbitCamera& camera, float sceneRadius,
                                 const RenderSettings& settings, const Viewport& vp,
                                 const PartStyles* styles) const {
  FrameStats stats;
  glViewport(vp.x, vp.y, vp.width, vp.height);
  glEnable(GL_SCISSOR_TEST);
  glScissor(vp.x, vp.y, vp.width, vp.height);
  glDisable(GL_BLEND);
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);

  // Background at the far plane, no depth writes.
  const Backdrop bg = backdropFor(settings.background);
  glDisable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);
  background_.use();
  background_.set("uTop", bg.top);
  background_.set("uBottom", bg.bottom);
  background_.set("uVignette", bg.vignette);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  ++stats.drawCalls;

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
  mesh_.use();
  mesh_.set("uViewProj", viewProj);
  mesh_.set("uEye", camera.eye());
  mesh_.set("uCamForward", f);
  mesh_.set("uCamRight", right);
  mesh_.set("uCamUp", glm::cross(right, f));
  mesh_.set("uLight", settings.lightIntensity);
  mesh_.set("uOverride", glm::vec4(0.0f));
  mesh_.set("uPulse", styles ? styles->pulse : 0.0f);
  auto flag = [styles](const std::vector<char> PartStyles::*member, std::size_t i, char fallback) {
    if (!styles) return fallback;
    const std::vector<char>& v = styles->*member;
    return i < v.size() ? v[i] : fallback;
  };

  model.bind();
  std::size_t drawnTriangles = 0;
  auto drawAll = [&](bool flat) {
    const auto& ranges = model.ranges();
    for (std::size_t i = 0; i < ranges.size(); ++i) {
      if (!flag(&PartStyles::visible, i, 1)) continue;
      const DrawRange& r = ranges[i];
      drawnTriangles += static_cast<std::size_t>(r.indexCount) / 3;
      if (!flat) {
        mesh_.set("uColor", r.color);
        mesh_.set("uHighlight", flag(&PartStyles::highlighted, i, 0) ? 1.0f : 0.0f);
        mesh_.set("uFibres", flag(&PartStyles::fibres, i, 0) ? 1.0f : 0.0f);
      }
      glDrawElementsBaseVertex(GL_TRIANGLES, r.indexCount, GL_UNSIGNED_INT,
                               reinterpret_cast<void*>(r.firstIndex * sizeof(std::uint32_t)), r.baseVertex);
      ++stats.drawCalls;
    }
  };
  drawAll(false);

  if (settings.wireframe) {
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDepthFunc(GL_LEQUAL);
    glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
    mesh_.set("uOverride", glm::vec4(0.05f, 0.05f, 0.08f, 0.35f));
    drawAll(true);
    glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
    glDisable(GL_BLEND);
  }
  stats.triangles = drawnTriangles;
  glBindVertexArray(0);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  return stats;
}

}  // namespace hipscope
