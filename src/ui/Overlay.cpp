// Caption, labels and watermark over a frame.
#include "ui/Overlay.hpp"

#include <algorithm>

#include <imgui.h>

#include "base/Translate.hpp"
#include "ui/Caption.hpp"
#include "ui/Labels.hpp"
#include "ui/Logo.hpp"
#include "ui/PainLines.hpp"
#include "ui/SelectionCard.hpp"

namespace hipscope {

void drawOverlay(const ViewScene& scene, const Settings& settings, const PartStyles& styles, const OrbitCamera& camera,
                 const ScreenRect& view, const Caption& caption, const Logo* logo, const IdImage* ids) {
  useLanguage(enumName(settings.ui.language));  // the labels' names in the patient's language
  drawPainLines(scene, painView(scene, settings, styles.joints), camera, view);
  const float watermarkBottom = drawWatermark(settings.record.watermark, view, logo);
  // The top of the view already holds the selection's card (left) and the watermark (right).
  glm::vec2 reserved = selectionCardCover(view);
  reserved.y = std::max(reserved.y, watermarkBottom - view.y);
  // What the caption must keep off, worked out only when there is a caption (not every frame of the window).
  const bool captioned = !caption.title.empty() || !caption.subtitle.empty();
  const ScreenRect room =
      drawCaption(caption.title, view, caption.opacity, caption.subtitle,
                  captioned ? scene.subjectPoints(styles, camera, view) : std::vector<SubjectPoint>{}, reserved);
  // Labels stay clear of the caption, the watermark and the card (the room may start below a caption).
  reserved = glm::max(reserved - glm::vec2(room.y - view.y), glm::vec2(0.0f));
  const float apart = ImGui::GetFontSize() * 1.5f;  // leader lines' ends at least this far apart
  drawLabels(scene.labels(settings, styles, camera, view, ids, apart), room, reserved);
}

bool hasOverlay(const Settings& settings, const Caption& caption) {
  return settings.labels || !settings.painSites.empty() || !caption.title.empty() || !caption.subtitle.empty() ||
         !settings.record.watermark.empty() || !settings.record.logo.empty();
}

}  // namespace hipscope
