// What the 3D view shows: the loaded model, its GPU copy and the camera framing it.
#pragma once
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

#include "anatomy/Layers.hpp"
#include "anatomy/Tension.hpp"
#include "mechanics/Compression.hpp"
#include "mechanics/Gait.hpp"
#include "mechanics/TensionLines.hpp"
#include "options/Scenarios.hpp"
#include "options/Suggest.hpp"
#include "app/ModelSource.hpp"
#include "options/Settings.hpp"
#include "render/GpuModel.hpp"
#include "scene/Model.hpp"
#include "render/SceneRenderer.hpp"
#include "scene/OrbitCamera.hpp"
#include "ui/Labels.hpp"
#include "ui/Panel.hpp"

namespace hipscope {

struct ViewScene {
  Model model;
  std::optional<Catalog> catalog;
  std::optional<Mechanics> mechanics;
  std::vector<int> jointSlots;  // per Model::jointNames: index into mechanics->joints(), or -1
  std::vector<LayerId> layers;  // per part
  std::vector<glm::vec3> centres;  // per part: mean of its vertices, where its label points
  std::unique_ptr<GpuModel> gpu;
  bool builtIn = false;  // the generated anatomy: closed, outward-wound meshes

  explicit ViewScene(LoadedModel loaded)
      : model(std::move(loaded.model)), catalog(std::move(loaded.catalog)), mechanics(std::move(loaded.mechanics)),
        layers(partLayers(model, catalog ? &*catalog : nullptr)), gpu(std::make_unique<GpuModel>(model)),
        builtIn(loaded.builtIn) {
    for (std::size_t i = 0; i < model.parts.size(); ++i)  // a mapping file's layer-only rules
      if (auto it = loaded.layerOf.find(model.parts[i].name); it != loaded.layerOf.end()) layers[i] = it->second;
    for (const std::string& name : model.jointNames) {
      int slot = -1;
      if (mechanics)
        for (std::size_t k = 0; k < mechanics->joints().size(); ++k)
          if (mechanics->joints()[k].name == name) slot = static_cast<int>(k);
      jointSlots.push_back(slot);
    }
    for (const MeshPart& part : model.parts) {
      glm::vec3 sum(0.0f);
      for (const Vertex& v : part.vertices) sum += v.position;
      centres.push_back(part.vertices.empty() ? sum : sum / static_cast<float>(part.vertices.size()));
      fibreEnds.push_back(fibreEndsOf(part));
    }
  }
  // A muscle's two ends along its fibres (u near 0 and near 1) and the joints that carry them.
  struct FibreEnds {
    glm::vec3 start{0.0f}, end{0.0f};
    int startJoint = -1, endJoint = -1;  // -1: does not move with the skeleton
    bool valid = false;
  };
  static FibreEnds fibreEndsOf(const MeshPart& part) {
    FibreEnds e;
    glm::vec3 sums[2] = {glm::vec3(0.0f), glm::vec3(0.0f)};
    int counts[2] = {0, 0};
    for (const Vertex& v : part.vertices) {
      const int k = v.uv.x < 0.05f ? 0 : v.uv.x > 0.95f ? 1 : -1;
      if (k < 0) continue;
      sums[k] += v.position;
      if (counts[k]++ == 0 && v.weights[0] + v.weights[1] > 0.0f)
        (k == 0 ? e.startJoint : e.endJoint) = v.weights[0] >= v.weights[1] ? v.joints[0] : v.joints[1];
    }
    if (counts[0] == 0 || counts[1] == 0) return e;
    e.start = sums[0] / static_cast<float>(counts[0]);
    e.end = sums[1] / static_cast<float>(counts[1]);
    e.valid = glm::distance(e.start, e.end) > 1e-4f;
    return e;
  }
  std::vector<FibreEnds> fibreEnds;  // per part
  static constexpr float kBellyShortening = 0.35f;  // at full tension
  // Labels for the selected and highlighted structures that are drawn, anchored at their centres
  // projected into `view` (ImGui coordinates).
  std::vector<LabelRequest> labels(const Settings& settings, const PartStyles& st, const OrbitCamera& camera,
                                   const ScreenRect& view) const {
    std::vector<LabelRequest> out;
    if (!settings.labels) return out;
    const glm::mat4 viewProj = camera.projection(radius()) * camera.view();
    for (std::size_t i = 0; i < model.parts.size(); ++i) {
      const bool named = model.parts[i].name == settings.select || (i < st.highlighted.size() && st.highlighted[i]);
      if (!named || !st.visible[i] || (i < st.opacity.size() && st.opacity[i] <= kHiddenOpacity)) continue;
      const glm::vec4 clip = viewProj * glm::vec4(centres[i], 1.0f);
      if (clip.w <= 0) continue;
      const glm::vec2 ndc = glm::vec2(clip) / clip.w;
      out.push_back({nameOf(i, settings.names),
                     {view.x + (ndc.x * 0.5f + 0.5f) * view.width, view.y + (0.5f - ndc.y * 0.5f) * view.height}});
    }
    return out;
  }
  std::vector<char> visible(const Settings& settings) const { return visibleParts(model, layers, settings); }
  // Everything the renderer needs to know per part for these settings at time `seconds`.
  PartStyles styles(const Settings& shown, float seconds) const {
    const Settings settings = atTime(shown, seconds);  // the pose as it is at this moment (walking)
    PartStyles st;
    st.visible = visible(settings);
    st.highlighted = highlightedParts(model, layers, settings);
    st.opacity = partOpacity(layers, st.highlighted, settings);
    st.tension = partTensions(model, settings);
    st.fibres.resize(model.parts.size(), 0);
    for (std::size_t i = 0; i < model.parts.size(); ++i) {
      const Structure* s = catalog ? catalog->find(model.parts[i].name) : nullptr;
      st.fibres[i] = s && s->kind == StructureKind::Muscle;
    }
    st.pulse = 0.5f + 0.5f * std::sin(seconds * 2.0f * 3.14159265f / 1.6f);
    st.cullBackFaces = builtIn;  // the built-in anatomy is generated closed and outward-wound; others may be open
    st.joints = jointMatrices(settings);
    st.lines = tensionLines(settings);
    st.time = seconds;
    // Tense muscles shorten: the belly draws in toward the middle of the line between its ends, by
    // up to a third of its distance from there at full tension.
    st.contract.assign(model.parts.size(), glm::vec4(0.0f));
    st.contractCentre.assign(model.parts.size(), glm::vec3(0.0f));
    for (std::size_t i = 0; i < model.parts.size(); ++i) {
      const FibreEnds& e = fibreEnds[i];
      if (!st.fibres[i] || !e.valid || i >= st.tension.size() || st.tension[i] <= 0.0f) continue;
      auto posed = [&](const glm::vec3& p, int joint) {
        return joint >= 0 && static_cast<std::size_t>(joint) < st.joints.size()
                   ? glm::vec3(st.joints[static_cast<std::size_t>(joint)] * glm::vec4(p, 1.0f)) : p;
      };
      const glm::vec3 a = posed(e.start, e.startJoint), b = posed(e.end, e.endJoint);
      if (glm::distance(a, b) < 1e-4f) continue;
      st.contract[i] = glm::vec4(glm::normalize(b - a), kBellyShortening * st.tension[i]);
      st.contractCentre[i] = 0.5f * (a + b);
    }
    // The sciatic nerve's course: the usual part, or its variant through the piriformis.
    st.variant.assign(model.parts.size(), -1);
    if (settings.anatomy.sciatic == SciaticCourse::Through)
      for (std::size_t i = 0; i < model.parts.size(); ++i)
        for (std::size_t v = 0; v < model.parts[i].variants.size(); ++v)
          if (model.parts[i].variants[v].name == model.parts[i].name + kThroughSuffix) st.variant[i] = static_cast<int>(v);
    st.pinch.assign(model.parts.size(), glm::vec4(0.0f));
    if (mechanics) {
      const auto nerves = sciaticCompression(*mechanics, settings, poseOf(settings));
      for (std::size_t i = 0; i < model.parts.size(); ++i)
        for (int side = 0; side < 2; ++side)
          if (model.parts[i].name == (side == 0 ? "sciatic_nerve_l" : "sciatic_nerve_r"))
            st.pinch[i] = glm::vec4(nerves[static_cast<std::size_t>(side)].contact, nerves[static_cast<std::size_t>(side)].amount);
      // The L4-S1 and sacroiliac region glows with the low-back strain (the stronger side's).
      const auto strain = lowBackStrain(*mechanics, settings);
      const std::vector<glm::mat4> world = mechanics->jointTransforms(poseOf(settings));
      for (std::size_t k = 0; k < mechanics->joints().size(); ++k)
        if (mechanics->joints()[k].name == "lumbar_l5")
          st.glow = glm::vec4(glm::vec3(world[k] * glm::vec4(mechanics->joints()[k].position, 1.0f)), std::max(strain[0], strain[1]));
      st.glows.assign(model.parts.size(), 0);
      for (std::size_t i = 0; i < model.parts.size(); ++i) {
        const std::string& n = model.parts[i].name;
        st.glows[i] = n == "l4" || n == "l5" || n == "sacrum" || n == "disc_l4_l5" || n == "disc_l5_s1" || n.rfind("hip_bone", 0) == 0;
      }
    }
    return st;
  }
  // One flowing line per tense muscle (see mechanics/TensionLines.hpp), coloured calm to strained:
  // sky blue, orange, vermillion, told apart with any colour vision; thicker and faster when tighter.
  std::vector<StyledLine> tensionLines(const Settings& settings) const {
    std::vector<StyledLine> out;
    if (!mechanics) return out;
    for (TensionLine& line : hipscope::tensionLines(*mechanics, settings, poseOf(settings))) {
      const float t = line.tension;
      const glm::vec3 calm(0.35f, 0.70f, 0.90f), warm(0.95f, 0.62f, 0.10f), hot(0.86f, 0.28f, 0.05f);
      const glm::vec3 c = t < 0.5f ? glm::mix(calm, warm, t * 2.0f) : glm::mix(warm, hot, t * 2.0f - 1.0f);
      out.push_back({std::move(line.points), glm::vec4(c, 0.92f), 0.0025f + 0.0045f * t, 0.03f + 0.12f * t});
    }
    return out;
  }
  // The mechanics' pose for these settings.
  static Pose poseOf(const Settings& settings) {
    const PoseSettings& p = settings.pose;
    Pose pose;
    pose.hipFlexion = {p.hipFlexionL, p.hipFlexionR};
    pose.hipAbduction = {p.hipAbductionL, p.hipAbductionR};
    pose.hipRotation = {p.hipRotationL, p.hipRotationR};
    pose.lumbarFlexion = p.lumbarFlexion;
    return pose;
  }
  // One rest-to-posed matrix per skinning joint of the model (empty when the model has no skeleton
  // the mechanics know).
  std::vector<glm::mat4> jointMatrices(const Settings& settings) const {
    std::vector<glm::mat4> out;
    if (!mechanics || jointSlots.empty()) return out;
    const std::vector<glm::mat4> world = mechanics->jointTransforms(poseOf(settings));
    for (int slot : jointSlots) out.push_back(slot >= 0 ? world[static_cast<std::size_t>(slot)] : glm::mat4(1.0f));
    return out;
  }
  // Parts a click or the coverage report can land on: drawn, and not ghosted below half opacity.
  static std::vector<char> pickable(const PartStyles& st) {
    std::vector<char> p(st.visible.size());
    for (std::size_t i = 0; i < p.size(); ++i) p[i] = st.visible[i] && (i >= st.opacity.size() || st.opacity[i] >= 0.5f);
    return p;
  }
  const Structure* structure(const std::string& id) const { return catalog ? catalog->find(id) : nullptr; }
  // The name a person reads for part `index`, in the chosen naming mode (the node name without a catalog).
  std::string nameOf(std::size_t index, NameMode mode) const {
    const std::string& id = model.parts.at(index).name;
    const Structure* s = structure(id);
    return s ? displayName(*s, mode) : id;
  }
  float radius() const { return model.bounds.radius(); }
  // What the camera frames: the whole model, or only the isolated structure(s).
  // Vertices go where their strongest joint takes them in the pose (close enough for framing).
  Bounds framing(const Settings& settings) const {
    const std::vector<glm::mat4> joints = jointMatrices(settings);
    const bool posed = std::any_of(joints.begin(), joints.end(), [](const glm::mat4& m) { return m != glm::mat4(1.0f); });
    const bool pelvis = settings.camera.focus == CameraFocus::Pelvis && settings.isolate.empty() &&
                        std::any_of(model.parts.begin(), model.parts.end(), [](const MeshPart& p) { return p.name == "sacrum"; });
    if (settings.isolate.empty() && !posed && !pelvis) return model.bounds;
    Bounds b;
    for (const MeshPart& part : model.parts) {
      if (!settings.isolate.empty() && !namesPart(settings.isolate, part.name)) continue;
      if (pelvis && part.name != "sacrum" && part.name.rfind("hip_bone", 0) != 0) continue;
      for (const Vertex& v : part.vertices) {
        const int j = v.weights[0] >= v.weights[1] ? v.joints[0] : v.joints[1];
        const bool moved = posed && v.weights[0] + v.weights[1] > 0 && static_cast<std::size_t>(j) < joints.size();
        b.add(moved ? glm::vec3(joints[static_cast<std::size_t>(j)] * glm::vec4(v.position, 1.0f)) : v.position);
      }
    }
    return b.empty() ? model.bounds : b;
  }
  // Camera for the settings' view, orbit and zoom at this aspect ratio.
  OrbitCamera cameraFor(const Settings& settings, float aspect) const { return cameraFor(settings, settings.camera, aspect); }
  OrbitCamera cameraFor(const Settings& settings, const CameraSettings& s, float aspect) const {
    OrbitCamera camera;
    camera.fovY = s.fov;
    camera.aspect = aspect;
    camera.pose = framedPose(framing(settings), s.view, camera, s.orbitYaw, s.orbitPitch, s.zoom);
    camera.pose.roll = s.roll;
    return camera;
  }
};

// The caption of the scenario in force ("" when none).
inline std::string captionOf(const Settings& settings) {
  return settings.scenario > 0 ? std::string(scenarios()[static_cast<std::size_t>(settings.scenario)].caption) : std::string();
}

// What the side panel shows about this scene.
inline PanelInfo describeForPanel(const ViewScene& scene, const Settings& settings, std::string renderer, float frameMs) {
  PanelInfo info{std::filesystem::path(scene.model.source).filename().string(), scene.model.triangleCount(),
                 scene.model.parts.size(), std::move(renderer), frameMs, {}, {}, {}, {}};
  if (scene.mechanics) {
    info.mechanics = true;
    const auto nerves = sciaticCompression(*scene.mechanics, settings, ViewScene::poseOf(settings));
    const auto strain = lowBackStrain(*scene.mechanics, settings);
    for (int side = 0; side < 2; ++side) {
      info.compression[side] = nerves[static_cast<std::size_t>(side)].amount;
      info.strain[side] = strain[static_cast<std::size_t>(side)];
    }
  }
  for (std::size_t i = 0; i < scene.model.parts.size(); ++i)
    info.structureRows.push_back({scene.model.parts[i].name, scene.nameOf(i, settings.names), scene.layers[i]});
  if (!settings.select.empty()) {
    info.selectedName = settings.select;
    if (const Structure* s = scene.structure(settings.select)) {
      info.selected = s;
      info.selectedName = displayName(*s, settings.names);
    }
  }
  for (std::size_t i = 0; i < kLayerCount; ++i) {
    const auto id = static_cast<LayerId>(i);
    const int parts = static_cast<int>(std::count(scene.layers.begin(), scene.layers.end(), id));
    if (parts == 0) continue;
    std::string label = id == LayerId::Other ? "Other structures" : std::string(enumName(id));
    if (const Layer* layer = scene.catalog ? scene.catalog->layer(std::string(enumName(id))) : nullptr) {
      const bool same = editDistance(layer->clinical, layer->lay) == 0;
      switch (settings.names) {
        case NameMode::Clinical: label = layer->clinical; break;
        case NameMode::Lay: label = layer->lay; break;
        case NameMode::Both: label = same ? layer->clinical : layer->clinical + " (" + layer->lay + ")"; break;
      }
    }
    info.layers.push_back({id, label, parts});
  }
  return info;
}

}  // namespace hipscope
