// What the 3D view shows: the loaded model, its GPU copy and the camera framing it.
#pragma once
#include <algorithm>
#include <filesystem>
#include <memory>

#include "anatomy/Layers.hpp"
#include "options/Suggest.hpp"
#include "app/ModelSource.hpp"
#include "options/Settings.hpp"
#include "render/GpuModel.hpp"
#include "scene/Model.hpp"
#include "scene/OrbitCamera.hpp"
#include "ui/Panel.hpp"

namespace hipscope {

struct ViewScene {
  Model model;
  std::optional<Catalog> catalog;
  std::vector<LayerId> layers;  // per part
  std::unique_ptr<GpuModel> gpu;

  explicit ViewScene(LoadedModel loaded)
      : model(std::move(loaded.model)), catalog(std::move(loaded.catalog)),
        layers(partLayers(model, catalog ? &*catalog : nullptr)), gpu(std::make_unique<GpuModel>(model)) {}
  std::vector<char> visible(const Settings& settings) const { return visibleParts(layers, settings); }
  float radius() const { return model.bounds.radius(); }
  // Camera for the settings' view, orbit and zoom at this aspect ratio.
  OrbitCamera cameraFor(const CameraSettings& s, float aspect) const {
    OrbitCamera camera;
    camera.fovY = s.fov;
    camera.aspect = aspect;
    camera.pose = framedPose(model.bounds, s.view, camera, s.orbitYaw, s.orbitPitch, s.zoom);
    return camera;
  }
};

// What the side panel shows about this scene.
inline PanelInfo describeForPanel(const ViewScene& scene, std::string renderer, float frameMs) {
  PanelInfo info{std::filesystem::path(scene.model.source).filename().string(), scene.model.triangleCount(),
                 scene.model.parts.size(), std::move(renderer), frameMs, {}};
  for (std::size_t i = 0; i < kLayerCount; ++i) {
    const auto id = static_cast<LayerId>(i);
    const int parts = static_cast<int>(std::count(scene.layers.begin(), scene.layers.end(), id));
    if (parts == 0) continue;
    std::string label = id == LayerId::Other ? "Other structures" : std::string(enumName(id));
    if (const Layer* layer = scene.catalog ? scene.catalog->layer(std::string(enumName(id))) : nullptr)
      label = editDistance(layer->clinical, layer->lay) == 0 ? layer->clinical : layer->clinical + " (" + layer->lay + ")";
    info.layers.push_back({id, label, parts});
  }
  return info;
}

}  // namespace hipscope
