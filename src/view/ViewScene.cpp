// The scene on screen: part roles at load, the draw list from the body state, labels, framing.
#include "view/ViewScene.hpp"

#include <algorithm>
#include <cmath>

#include "anatomy/Tension.hpp"
#include "base/Translate.hpp"
#include "options/Scenarios.hpp"
#include "view/PainView.hpp"

namespace hipscope {
namespace {

PartRoles resolveRoles(const Model& model, const Mechanics* mechanics) {
  PartRoles r;
  const std::size_t n = model.parts.size();
  r.strainGlow.assign(n, 0);
  r.through.assign(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const MeshPart& part = model.parts[i];
    const std::string& name = part.name;
    r.strainGlow[i] = name == "l4" || name == "l5" || name == "sacrum" || name == "disc_l4_l5" ||
                      name == "disc_l5_s1" || name.rfind("hip_bone", 0) == 0;
    for (std::size_t v = 0; v < part.variants.size(); ++v)
      if (part.variants[v].name == name + kThroughSuffix) r.through[i] = static_cast<int>(v);
    for (int side = 0; side < 2; ++side)
      if (name == (side == 0 ? "sciatic_nerve_l" : "sciatic_nerve_r"))
        r.sciatic[static_cast<std::size_t>(side)] = static_cast<int>(i);
  }
  if (mechanics)
    for (std::size_t k = 0; k < mechanics->joints().size(); ++k)
      if (mechanics->joints()[k].name == "lumbar_l5") r.lumbarL5 = static_cast<int>(k);
  return r;
}

}  // namespace

ViewScene::ViewScene(LoadedModel loaded)
    : model(std::move(loaded.model)),
      catalog(std::move(loaded.catalog)),
      mechanics(std::move(loaded.mechanics)),
      layers(partLayers(model, catalog ? &*catalog : nullptr)),
      builtIn(loaded.builtIn) {
  for (std::size_t i = 0; i < model.parts.size(); ++i)  // a mapping file's layer-only rules
    if (auto it = loaded.layerOf.find(model.parts[i].name); it != loaded.layerOf.end()) layers[i] = it->second;
  for (const MeshPart& part : model.parts) {
    glm::vec3 sum(0.0f);
    std::vector<std::size_t> byJoint(model.jointNames.size() + 1, 0);
    for (const Vertex& v : part.vertices) {
      sum += v.position;
      if (v.weights[0] + v.weights[1] > 0)
        ++byJoint[std::min<std::size_t>(v.weights[0] >= v.weights[1] ? v.joints[0] : v.joints[1],
                                        model.jointNames.size())];
    }
    centres.push_back(part.vertices.empty() ? sum : sum / static_cast<float>(part.vertices.size()));
    const auto most = std::max_element(byJoint.begin(), byJoint.end() - 1);
    centreJoints.push_back(most != byJoint.end() - 1 && *most > 0 ? static_cast<int>(most - byJoint.begin()) : -1);
  }
  // The skin's pain zones, for the glow (a vertex attribute) and painting on the body.
  std::optional<SkinLandmarks> skin;
  for (std::size_t i = 0; i < model.parts.size() && mechanics; ++i)
    if (layers[i] == LayerId::Skin && (skin = skinLandmarks(*mechanics, model.parts[i]))) {
      skinPart = static_cast<int>(i);
      skinTags = tagSkin(*skin, model.parts[i]);
      zones = zoneCentres(model.parts[i], skinTags);
      break;
    }
  const VertexTags zoneTags = [&](std::size_t part, const MeshPart& mesh) {
    std::vector<glm::vec3> out;
    if (static_cast<int>(part) != skinPart) return out;
    const std::vector<ZoneTag> tags = &mesh == &model.parts[part] ? skinTags : tagSkin(*skin, mesh);
    for (const ZoneTag& t : tags)
      out.push_back({static_cast<float>(t.zone), static_cast<float>(t.neighbour), t.weight});
    return out;
  };
  gpu = std::make_unique<GpuModel>(model, zoneTags);
  // The views frame the anatomy, not the skin around it: its outline may run off the frame's edges.
  for (std::size_t i = 0; i < model.parts.size(); ++i)
    if (layers[i] != LayerId::Skin)
      for (const Vertex& v : model.parts[i].vertices) anatomyBounds.add(v.position);
  if (anatomyBounds.empty()) anatomyBounds = model.bounds;
  roles = resolveRoles(model, mechanics ? &*mechanics : nullptr);
  roles.deep = deepMuscles(model, layers);
  bodyModel = BodyModel(model, muscleParts(model, catalog ? &*catalog : nullptr), mechanics ? &*mechanics : nullptr);
}

std::vector<LabelRequest> ViewScene::labels(const Settings& settings, const PartStyles& st, const OrbitCamera& camera,
                                            const ScreenRect& view, const IdImage* ids, float minApart) const {
  std::vector<LabelRequest> out;
  if (!settings.labels) return out;
  const std::size_t n = model.parts.size();
  std::vector<std::vector<glm::vec2>> pixels =
      ids ? visiblePixels(*ids, n, view) : std::vector<std::vector<glm::vec2>>(n);
  const glm::mat4 viewProj = camera.projection(radius()) * camera.view();
  const auto at = [](const auto& v, std::size_t i, auto none) { return i < v.size() ? v[i] : none; };
  std::vector<LabelCandidate> candidates;
  for (std::size_t i = 0; i < n; ++i) {
    if (!at(st.visible, i, char(0)) || at(st.opacity, i, 1.0f) <= kHiddenOpacity) continue;
    const std::string& name = model.parts[i].name;
    LabelCandidate c{i, LabelReason::Tense, at(st.tension, i, 0.0f), pixels[i].size(), ""};
    if (name == settings.select)
      c.reason = LabelReason::Selected;
    else if (static_cast<int>(i) == roles.sciatic[0] || static_cast<int>(i) == roles.sciatic[1])
      c.reason = LabelReason::SciaticNerve, c.tension = at(st.pinch, i, glm::vec4(0.0f)).w;  // the pinched side first
    else if (at(st.highlighted, i, char(0)))
      c.reason = LabelReason::Highlighted;
    else if (c.tension <= 0.0f)
      continue;
    // What does not show (under an opaque muscle, ghosted, off screen) is not named, unless selected.
    if (ids && c.pixels < 4 && c.reason != LabelReason::Selected) continue;
    if (pixels[i].empty()) {  // no id image, or the selected part does not show: its centre
      const glm::vec4 clip = viewProj * glm::vec4(centres[i], 1.0f);
      if (clip.w <= 0) continue;
      const glm::vec2 ndc = glm::vec2(clip) / clip.w;
      pixels[i].push_back({view.x + (ndc.x * 0.5f + 0.5f) * view.width, view.y + (0.5f - ndc.y * 0.5f) * view.height});
    }
    if (const Structure* s = structure(name); s && s->side) c.pairKey = s->baseId;
    candidates.push_back(std::move(c));
  }
  const std::vector<LabelCandidate> chosen = chooseLabelled(std::move(candidates), kMaxLabels, kBothSidesUpTo);
  std::vector<const std::vector<glm::vec2>*> own;
  for (const LabelCandidate& c : chosen) own.push_back(&pixels[c.part]);
  const std::vector<glm::vec2> anchors = spreadAnchors(own, minApart);
  for (std::size_t k = 0; k < chosen.size(); ++k)
    out.push_back({nameOf(chosen[k].part, settings.names, settings.nameWording), anchors[k]});
  return out;
}

PartStyles ViewScene::styles(const Body& body, float seconds) const {
  const Settings& settings = body.settings;  // the pose as it is at this moment (walking)
  const std::size_t n = model.parts.size();
  PartStyles st;
  st.visible = visible(settings);
  st.highlighted = highlightedParts(model, roles.deep, settings);
  // Where it hurts: the painted zones glow, the likely sources are highlighted and lines run to the pain.
  const PainView pain = painView(*this, settings, body.modelJoints);
  // A deep candidate is seen through the gluteus maximus over it (its own side), as the deep highlight does.
  auto sideOf = [&](std::size_t i) {
    const Structure* s = structure(model.parts[i].name);
    return s && s->side ? (s->side == 'l' ? 0 : 1) : -1;
  };
  std::array<bool, 2> deepSide{false, false};
  for (std::size_t p : pain.highlight) {
    if (st.highlighted[p] != kSelectedHighlight) st.highlighted[p] = kGroupHighlight;
    if (const int side = sideOf(p); side >= 0 && layers[p] != LayerId::SuperficialGlutes && roles.deep[p])
      deepSide[static_cast<std::size_t>(side)] = true;
  }
  st.opacity = partOpacity(layers, st.highlighted, settings);
  for (std::size_t i = 0; (deepSide[0] || deepSide[1]) && i < n; ++i)
    if (const int side = sideOf(i); layers[i] == LayerId::SuperficialGlutes && !st.highlighted[i] && side >= 0 &&
                                    deepSide[static_cast<std::size_t>(side)])
      st.opacity[i] = std::min(st.opacity[i], 0.28f);
  if (!pain.zoneGlow.empty() && skinPart >= 0) {
    const std::size_t skin = static_cast<std::size_t>(skinPart);
    st.zoneGlow = pain.zoneGlow;
    st.referral = pain.outlined;  // drawn as the referral is: a rim and a faint wash
    st.painted.assign(n, 0);
    const bool shown = st.visible[skin] && st.opacity[skin] > kHiddenOpacity;
    st.painted[skin] = shown ? 1 : 2;  // peeled or hidden: the glow alone, as its own layer
    if (!shown) st.visible[skin] = 1, st.opacity[skin] = 0.5f;
  }
  st.tension = body.tension;
  st.fibres = bodyModel.muscle;
  st.pickThrough.resize(n);
  for (std::size_t i = 0; i < n && i < layers.size(); ++i) st.pickThrough[i] = layers[i] == LayerId::Skin;
  st.pulse = 0.5f + 0.5f * std::sin(seconds * 2.0f * 3.14159265f / 1.6f);
  st.cullBackFaces = builtIn;  // the built-in anatomy is generated closed and outward-wound; others may be open
  st.joints = body.modelJoints;
  st.lines = styledLines(body.lines);
  st.spots = strainSpots(body);
  if (!st.lines.empty() || !st.spots.empty()) {  // the nerve and its pinch show over the tension display
    st.overTension.assign(n, 0);
    for (int part : roles.sciatic)
      if (part >= 0) st.overTension[static_cast<std::size_t>(part)] = 1;
  }
  st.time = seconds;
  // Tense muscles shorten: the belly draws in toward the middle of the line between its ends
  // (Body::deform, which the sciatic contact measures too).
  st.contract.assign(n, glm::vec4(0.0f));
  st.contractCentre.assign(n, glm::vec3(0.0f));
  for (std::size_t i = 0; i < n && i < body.deform.size(); ++i) {
    if (!st.fibres[i] || body.deform[i].shortening <= 0.0f) continue;
    st.contract[i] = glm::vec4(body.deform[i].axis, body.deform[i].shortening);
    st.contractCentre[i] = body.deform[i].centre;
  }
  // The sciatic nerve's course: the usual part, or its variant through the piriformis.
  st.variant.assign(n, -1);
  if (settings.anatomy.sciatic == SciaticCourse::Through) st.variant = roles.through;
  // The nerve narrows and glows where the piriformis presses on it, and the pain runs on from there.
  st.pinch.assign(n, glm::vec4(0.0f));
  st.pinchAlong.assign(n, 0.0f);
  for (std::size_t side = 0; side < 2; ++side) {
    const NerveCompression& c = body.nerves[side];
    if (roles.sciatic[side] < 0 || !c.measured || c.amount <= 0.0f) continue;
    st.pinch[static_cast<std::size_t>(roles.sciatic[side])] = glm::vec4(c.centre, c.amount);
    st.pinchAlong[static_cast<std::size_t>(roles.sciatic[side])] = c.along;
  }
  if (mechanics) {
    // The L4-S1 and sacroiliac region glows with the low-back strain (the stronger side's).
    if (roles.lumbarL5 >= 0) {
      const std::size_t k = static_cast<std::size_t>(roles.lumbarL5);
      st.glow = glm::vec4(glm::vec3(body.joints[k] * glm::vec4(mechanics->joints()[k].position, 1.0f)),
                          std::max(body.strain[0], body.strain[1]));
    }
    st.glows = roles.strainGlow;
  }
  return st;
}

// One flowing path per tight group and side (see mechanics/TensionLines.hpp), coloured calm to
// strained: sky blue, orange, vermillion, told apart with any colour vision; wider and faster when tighter.
std::vector<StyledLine> ViewScene::styledLines(const std::vector<TensionLine>& lines) const {
  std::vector<StyledLine> out;
  for (const TensionLine& line : lines) {
    const float t = line.tension;
    const glm::vec3 calm(0.35f, 0.70f, 0.90f), warm(0.98f, 0.66f, 0.12f), hot(0.95f, 0.34f, 0.08f);
    const glm::vec3 c = t < 0.5f ? glm::mix(calm, warm, t * 2.0f) : glm::mix(warm, hot, t * 2.0f - 1.0f);
    out.push_back({line.points, glm::vec4(c, 0.95f), 2.5f + 3.5f * t, 0.03f + 0.12f * t});
  }
  return out;
}

// Where the patient feels it: the L4-S1 region behind the discs glows with the low-back strain, and
// each sacroiliac joint a path runs through glows with that path's tension.
std::vector<GlowSpot> ViewScene::strainSpots(const Body& body) const {
  std::vector<GlowSpot> out;
  if (!mechanics || body.joints.empty()) return out;
  const LowBackPoints at = lowBackPoints(*mechanics, body.joints);
  const float strain = std::max(body.strain[0], body.strain[1]);
  const glm::vec4 painColour(1.0f, 0.28f, 0.07f, 0.0f);
  if (strain > 0.02f)
    out.push_back({0.5f * (at.l4l5 + at.l5s1) + glm::vec3(0.0f, 0.0f, -0.02f), glm::vec2(0.030f, 0.036f),
                   painColour + glm::vec4(0, 0, 0, std::min(0.45f + 0.5f * std::sqrt(strain), 0.9f))});
  for (int side = 0; side < 2; ++side) {
    float pull = 0.0f;
    for (const TensionLine& line : body.lines)
      if (line.sacroiliac && line.side == side) pull = std::max(pull, line.tension);
    if (pull > 0.0f)
      out.push_back(
          {at.sacroiliac[side], glm::vec2(0.016f, 0.022f), painColour + glm::vec4(0, 0, 0, 0.4f + 0.45f * pull)});
  }
  return out;
}

std::vector<char> ViewScene::pickable(const PartStyles& st) {
  std::vector<char> p(st.visible.size());
  for (std::size_t i = 0; i < p.size(); ++i)
    p[i] = st.visible[i] && (i >= st.opacity.size() || st.opacity[i] >= 0.5f) &&
           (i >= st.pickThrough.size() || !st.pickThrough[i]);
  return p;
}

std::string ViewScene::nameOf(std::size_t index, NameMode mode, NameWording wording) const {
  const std::string& id = model.parts.at(index).name;
  const Structure* s = structure(id);
  return s ? displayName(*s, mode, wording) : id;
}

// Vertices go where their strongest joint takes them in the pose (close enough for framing).
std::vector<glm::vec3> ViewScene::framing(const Settings& settings) const {
  std::vector<glm::mat4> joints;
  if (mechanics && !bodyModel.jointSlots.empty()) {
    const std::vector<glm::mat4> world = mechanics->jointTransforms(poseOf(settings.pose));
    for (int slot : bodyModel.jointSlots)
      joints.push_back(slot >= 0 ? world[static_cast<std::size_t>(slot)] : glm::mat4(1.0f));
  }
  const bool posed = std::any_of(joints.begin(), joints.end(), [](const glm::mat4& m) { return m != glm::mat4(1.0f); });
  const bool pelvis =
      settings.camera.focus == CameraFocus::Pelvis && settings.isolate.empty() &&
      std::any_of(model.parts.begin(), model.parts.end(), [](const MeshPart& p) { return p.name == "sacrum"; });
  std::vector<std::size_t> parts;
  std::size_t vertices = 0;
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const MeshPart& part = model.parts[i];
    if (!settings.isolate.empty() && !namesPart(settings.isolate, part.name)) continue;
    if (settings.isolate.empty() && layers[i] == LayerId::Skin) continue;
    if (pelvis && part.name != "sacrum" && part.name.rfind("hip_bone", 0) != 0) continue;
    parts.push_back(i), vertices += part.vertices.size();
  }
  const std::size_t stride = pelvis ? 1 : std::max<std::size_t>(1, vertices / 30000);
  std::vector<glm::vec3> points;
  for (std::size_t i : parts)
    for (std::size_t k = 0; k < model.parts[i].vertices.size(); k += stride) {
      const Vertex& v = model.parts[i].vertices[k];
      const int j = v.weights[0] >= v.weights[1] ? v.joints[0] : v.joints[1];
      const bool moved = posed && v.weights[0] + v.weights[1] > 0 && static_cast<std::size_t>(j) < joints.size();
      points.push_back(moved ? glm::vec3(joints[static_cast<std::size_t>(j)] * glm::vec4(v.position, 1.0f))
                             : v.position);
    }
  if (points.empty()) return cornersOf(anatomyBounds);
  if (pelvis) {
    // The pelvis with what joins it in view: the low back above, the hips and the tops of the thighs below.
    Bounds b;
    for (const glm::vec3& p : points) b.add(p);
    const glm::vec3 centre = b.center(), half = b.size() * glm::vec3(0.55f, 0.8f, 0.55f);
    return cornersOf(Bounds{centre - half, centre + half});
  }
  return points;
}

OrbitCamera ViewScene::cameraFor(const Settings& settings, const CameraSettings& s, float aspect) const {
  OrbitCamera camera;
  camera.fovY = s.fov;
  camera.aspect = aspect;
  camera.pose = framedPose(framing(settings), s.view, camera, s.orbitYaw, s.orbitPitch, s.zoom, s.roll);
  return camera;
}

std::string captionOf(const Settings& settings) {
  if (settings.scenario <= 0) return {};
  useLanguage(enumName(settings.ui.language));
  return tr(std::string(scenarios()[static_cast<std::size_t>(settings.scenario)].caption));
}

std::vector<SubjectPoint> ViewScene::subjectPoints(const PartStyles& st, const OrbitCamera& camera,
                                                   const ScreenRect& view) const {
  const std::size_t n = model.parts.size();
  const auto at = [](const auto& v, std::size_t i, auto none) { return i < v.size() ? v[i] : none; };
  bool tense = false;
  for (std::size_t i = 0; i < n; ++i)
    tense |= at(st.tension, i, 0.0f) > 0.05f || at(st.pinch, i, glm::vec4(0.0f)).w > 0.0f;
  std::vector<std::size_t> parts;
  std::size_t vertices = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!at(st.visible, i, char(0)) || at(st.opacity, i, 1.0f) <= kHiddenOpacity) continue;
    const bool nerve = static_cast<int>(i) == roles.sciatic[0] || static_cast<int>(i) == roles.sciatic[1];
    if (at(st.tension, i, 0.0f) > 0.05f || at(st.highlighted, i, char(0)) || (nerve && tense) ||
        (at(st.glows, i, char(0)) && st.glow.w > 0.05f))
      parts.push_back(i), vertices += model.parts[i].vertices.size();
  }
  // Where it hurts is part of the subject: the skin's glowing zones, as one more structure.
  const bool painShown = skinPart >= 0 && at(st.painted, static_cast<std::size_t>(skinPart), char(0)) &&
                         std::any_of(st.zoneGlow.begin(), st.zoneGlow.end(), [](float g) { return g > 0.05f; });
  if (painShown) parts.push_back(static_cast<std::size_t>(skinPart)), vertices += skinTags.size();
  std::vector<SubjectPoint> out;
  if (parts.empty()) return out;
  const std::size_t stride = std::max<std::size_t>(1, vertices / 4000);
  const glm::mat4 viewProj = camera.projection(radius()) * camera.view();
  for (std::size_t i : parts) {
    const std::vector<Vertex>& vs = model.parts[i].vertices;
    const std::size_t first = out.size();
    for (std::size_t k = 0; k < vs.size(); k += stride) {
      const Vertex& v = vs[k];
      if (static_cast<int>(i) == skinPart) {  // only where it glows
        const int zone = k < skinTags.size() ? skinTags[k].zone : -1;
        if (zone < 0 || at(st.zoneGlow, static_cast<std::size_t>(zone), 0.0f) <= 0.05f) continue;
      }
      glm::vec4 p(v.position, 1.0f);
      if (v.weights[0] + v.weights[1] > 0.0f && !st.joints.empty()) {
        const auto joint = [&](int j) { return at(st.joints, static_cast<std::size_t>(v.joints[j]), glm::mat4(1.0f)); };
        p = (joint(0) * p) * v.weights[0] + (joint(1) * p) * v.weights[1];
        p /= std::max(v.weights[0] + v.weights[1], 1e-6f);
      }
      const glm::vec4 clip = viewProj * p;
      if (clip.w <= 0) continue;
      const glm::vec2 ndc = glm::vec2(clip) / clip.w;
      out.push_back({{view.x + (ndc.x * 0.5f + 0.5f) * view.width, view.y + (0.5f - ndc.y * 0.5f) * view.height}});
    }
    for (std::size_t k = first; k < out.size(); ++k) out[k].weight = 1.0f / static_cast<float>(out.size() - first);
  }
  return out;
}

std::optional<glm::vec2> ViewScene::screenPointOf(const std::string& id, const OrbitCamera& camera,
                                                  const ScreenRect& view) const {
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    if (model.parts[i].name != id) continue;
    const glm::vec4 clip = camera.projection(radius()) * camera.view() * glm::vec4(centres[i], 1.0f);
    if (clip.w <= 0) return std::nullopt;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    return glm::vec2(view.x + (ndc.x * 0.5f + 0.5f) * view.width, view.y + (0.5f - ndc.y * 0.5f) * view.height);
  }
  return std::nullopt;
}

}  // namespace hipscope
