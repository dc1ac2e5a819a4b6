// The side panel: widgets generated from the option registry, plus model facts and controls help.
#pragma once
#include <span>
#include <string>
#include <vector>

#include "anatomy/Catalog.hpp"
#include "options/Settings.hpp"
#include "options/UserPresets.hpp"

namespace hipscope {

struct LayerRow {
  LayerId id;
  std::string label;  // e.g. "Gluteal muscles (butt muscles)"
  int parts = 0;
};

struct StructureRow {
  std::string id;     // part name, e.g. "piriformis_r"
  std::string label;  // in the chosen naming mode
  LayerId layer;
  const Structure* structure = nullptr;  // its catalog entry (names, patient words), if any
};

// A likely source of the painted pain, for the panel's "Where does it hurt?" list.
struct PainRow {
  std::string id;      // the structure to select, "gluteus_minimus_r"
  std::string name;    // in the chosen naming mode
  std::string why;     // the plain sentence: "A tight gluteus minimus often sends ..."
  bool nerve = false;  // a nerve-compression pattern
};

struct PanelInfo {
  std::string modelName;
  std::size_t triangles = 0;
  std::size_t structures = 0;
  std::string renderer;
  float frameMs = 0.0f;
  bool cameraMoved = false;                 // the mouse turned, panned or zoomed away from the view the settings frame
  std::vector<LayerRow> layers;             // the layers this model has, outermost first
  std::vector<StructureRow> structureRows;  // every part, in model order
  bool mechanics = false;                   // the model has muscle mechanics (the built-in one)
  float compression[2] = {0, 0};            // sciatic compression, left and right, 0..1 (measured between the meshes)
  bool compressionMeasured[2] = {false, false};  // the model has that side's piriformis and sciatic nerve
  std::string compressionNote;              // why a side cannot be measured (a structure missing, a nerve not closed)
  float strain[2] = {0, 0};                 // low-back strain, left and right, 0..1
  std::vector<std::string> stretchLines;    // the stretch's targets: "Piriformis (...), right: 14 % longer"
  const Structure* selected = nullptr;      // catalog entry of the selected structure, if any
  std::string selectedName;                 // its name in the chosen naming mode
  float selectedAnchorX = -1.0f;            // where it is across the 3D view (ImGui x), -1 when not known
  bool recording = false;                   // a clip is being recorded from the window
  float recordSeconds = 0.0f;               // clip time recorded so far
  bool saving = false;                      // a stopped clip is being finished
  float savingProgress = 1.0f;              // 0..1 of its frames encoded and written
  std::string recordMessage;                // the last clip's outcome: where it was saved, or the error
  std::vector<std::string> recentModels;    // newest first
  std::vector<char> recentMissing;          // per recent model: not found when the app last looked
  bool choosing = false;                    // the desktop's file chooser is open
  bool opening = false;                     // a model is being imported
  std::string openingName;                  // its file name
  float openingSeconds = 0.0f;              // how long so far
  float openingProgress = 0.0f;             // 0..1, as the importer tells it
  std::string openMessage;                  // the last open's problem, if any
  std::span<const UserPreset> userPresets;  // the views the user saved
  std::string presetMessage;                // the last save's outcome, or why the file could not be read
  std::string notice;                       // said once at the top until dismissed (a remembered value forgotten)
  bool painZones = false;                   // the model's skin is divided into pain zones (the built-in one)
  std::vector<PainRow> pain;                // the painted zones' likely sources, best first
  std::string painPattern;                  // one plain sentence on the pattern as a whole
  std::string selectedWhy;                  // the selection is a candidate: why it may cause the pain
};

// The panel's own text fields, which the window keeps from frame to frame and the panel edits.
struct PanelFields {
  std::string openPath;      // the Model section's file field
  std::string viewName;      // the "save view as" field of My views
  bool paintOnBody = false;  // a click or drag on the skin adds the zone under the cursor to pain.sites
};

// What the user asked for in the panel that is not a setting.
struct PanelActions {
  std::string openModel;     // a model file to open (the field's path or a recent one)
  bool chooseModel = false;  // "Open...": ask the desktop's file chooser
  bool cancelOpen = false;
  bool toggleRecording = false;
  bool savePicture = false;    // a PNG of the view at the size preset
  bool saveHandout = false;    // the patient's one-page PDF of what is shown
  bool saveView = false;       // save what is shown under the name in the field
  int applyView = -1;          // index of a saved view to show
  int deleteView = -1;         // index of a saved view to forget
  bool dismissNotice = false;  // the notice's OK
  bool presetApplied = false;  // a preset or scenario button: the camera goes to its view even if unchanged
};

// A small label next to the cursor (the structure under it).
void drawHoverLabel(const std::string& text);

struct PanelLayout {
  float x, y, width, height;  // pixels
};

// Width of the panel for a given UI scale (the 3D view gets the rest).
float panelWidth(float scale);

// Draws the panel; returns true when the user changed a setting. With `fields` and `actions` (the
// window) it also offers what is not a setting: opening a model, saved views, recording. Without
// them (a still or a clip showing the panel) those parts are left out.
bool drawPanel(Settings& settings, const PanelInfo& info, const PanelLayout& layout, PanelFields* fields = nullptr,
               PanelActions* actions = nullptr);

}  // namespace hipscope
