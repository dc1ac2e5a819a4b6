// The handout's content from what is shown.
#include "frame/Handout.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>

#include "base/AssetPaths.hpp"
#include "base/Error.hpp"
#include "base/Translate.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Scenarios.hpp"
#include "options/Stretches.hpp"
#include "render/Screen.hpp"
#include "ui/PanelInfo.hpp"

namespace hipscope {
namespace {

constexpr int kPictureWidth = 1200, kPictureHeight = 675;
constexpr float kInvolved = 0.05f;  // tension or compression above this counts as involved

Image render(FrameRenderer& frames, const ViewScene& scene, const Settings& settings, const OrbitCamera& camera) {
  Settings shown = settings;
  shown.labels = true;                              // the patient reads the names on paper
  shown.render.background = Background::Light;      // less ink than the studio's dark
  shown.record.watermark = shown.record.logo = "";  // the clinic is named once, at the top of the page
  const Body body = scene.body(shown, shown.time);
  const PartStyles styles = scene.styles(body, shown.time);
  OrbitCamera lens = camera;
  lens.aspect = static_cast<float>(kPictureWidth) / kPictureHeight;
  frames.drawOffscreen({scene, shown, styles, lens, Caption{}, nullptr},
                       offscreenLayout(shown, kPictureWidth, kPictureHeight, false));
  Image image = frames.readBack();
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // on paper: opaque
  return image;
}

// The same settings seen from another side, framed afresh.
Settings seenFrom(Settings settings, ViewPreset view, bool xray) {
  settings.camera.view = view;
  settings.camera.orbitYaw = settings.camera.orbitPitch = settings.camera.roll = 0.0f;
  settings.render.xray = settings.render.xray || xray;
  return settings;
}

// The first two sentences: a handout item is read at a glance.
std::string firstSentences(const std::string& text) {
  std::size_t end = 0;
  for (int n = 0; n < 2 && end != std::string::npos; ++n) {
    end = text.find(". ", end);
    if (end != std::string::npos) end += 1;
  }
  return end == std::string::npos ? text : text.substr(0, end);
}

std::string today() {  // ISO 8601: read the same in every language
  const std::time_t now = std::time(nullptr);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", std::localtime(&now));
  return text;
}

}  // namespace

HandoutPage handoutPage(FrameRenderer& frames, const ViewScene& scene, const Settings& shown, const OrbitCamera& camera,
                        const Image* logo) {
  HandoutPage page;
  const std::string caption = captionOf(shown);
  useLanguage(enumName(shown.ui.language));  // the page in the patient's language
  const bool stretch = shown.stretch > 0 && static_cast<std::size_t>(shown.stretch) < stretches().size();
  const Stretch* st = stretch ? &stretches()[static_cast<std::size_t>(shown.stretch)] : nullptr;
  page.title = !caption.empty() ? caption : st ? tr(std::string(st->label)) : tr("Your pelvis, hips and low back");
  if (shown.scenario > 0) {
    const std::string help(scenarios()[static_cast<std::size_t>(shown.scenario)].preset.help);
    page.explanation = tr("What your therapist showed you:") + std::string(" ") + tr(help) + ".";
  }
  page.pictures.push_back(render(frames, scene, shown, camera));
  page.captions.push_back(st ? tr("Your stretch, as your therapist showed it.") : tr("As your therapist showed it."));
  ViewPreset side = shown.camera.view == ViewPreset::Left ? ViewPreset::Posterior : ViewPreset::Left;
  // A stretch done lying on the back is seen from the stretched side, still lying (the picture turned
  // so the front is up), not stood up.
  const bool lying = st && shown.camera.roll != 0.0f;
  if (lying) side = shown.stretchSide == 0 ? ViewPreset::Left : ViewPreset::Right;
  Settings fromSide = seenFrom(shown, side, false);
  if (lying) fromSide.camera.roll = side == ViewPreset::Right ? 90.0f : -90.0f;
  page.pictures.push_back(render(frames, scene, fromSide, scene.cameraFor(fromSide, 16.0f / 9.0f)));
  page.captions.push_back(side == ViewPreset::Posterior ? tr("From behind.") : tr("From the side."));
  const Settings xray = seenFrom(shown, ViewPreset::Posterior, true);
  page.pictures.push_back(render(frames, scene, xray, scene.cameraFor(xray, 16.0f / 9.0f)));
  page.captions.push_back(tr("From behind, the muscles see-through: the sciatic nerve in yellow."));

  // What is involved: the selected structure, the tense muscles, the pressed nerve; a pair once.
  const Body body = scene.body(shown, shown.time);
  std::map<std::string, float> score;  // base id -> how involved
  std::map<std::string, std::size_t> part;
  for (std::size_t i = 0; i < scene.model.parts.size(); ++i) {
    const Structure* s = scene.structure(scene.model.parts[i].name);
    if (!s) continue;
    float how = i < body.tension.size() ? body.tension[i] : 0.0f;
    if (scene.model.parts[i].name == shown.select) how = std::max(how, 3.0f);
    const NerveCompression& nerve = body.nerves[s->side == 'r' ? 1 : 0];
    // A pressed nerve is what the patient most needs to read about: first after the selection.
    if (s->baseId == "sciatic_nerve" && nerve.measured && nerve.amount > kInvolved)
      how = std::max(how, 1.5f + nerve.amount);
    if (how <= kInvolved) continue;
    if (how > score[s->baseId]) score[s->baseId] = how, part[s->baseId] = i;
  }
  std::vector<std::pair<float, std::string>> ranked;
  for (const auto& [id, how] : score) ranked.emplace_back(how, id);
  std::sort(ranked.rbegin(), ranked.rend());
  for (const auto& [how, id] : ranked) {
    const Structure* s = scene.structure(scene.model.parts[part[id]].name);
    page.items.push_back({displayName(*s, NameMode::Both, shown.nameWording), firstSentences(tr(s->pain))});
    if (page.items.size() == 6) break;
  }
  if (st) {
    page.stretchTitle = tr("Your stretch:") + std::string(" ") + tr(std::string(st->label));
    page.stretchSteps.push_back(
        tr(shown.stretchSide == 0 ? N_("Stretch the left side.") : N_("Stretch the right side.")) + std::string(" ") +
        tr(std::string(st->how)));
    page.stretchSteps.push_back(
        tr("Hold the stretch for about 30 seconds and breathe calmly. Let go slowly, rest, and repeat it 3 times."));
    page.stretchSteps.push_back(
        tr("Stretch gently: ease off if it hurts, or if you feel tingling or pain running down the leg."));
    if (scene.mechanics) {
      std::string lengthens = tr("It lengthens:");
      const auto lines = stretchLines(scene, shown,
                                      stretchChanges(*scene.mechanics, shown.stretch, shown.stretchSide,
                                                     scene.mechanics->jointTransforms(poseOf(shown.pose))));
      for (std::size_t i = 0; i < lines.size(); ++i) lengthens += (i == 0 ? " " : "; ") + lines[i];
      if (!lines.empty()) page.stretchSteps.push_back(lengthens + ".");
    }
  }
  if (page.explanation.empty() && !page.items.empty())
    page.explanation = tr("What your therapist showed you: the structures below, and how they can cause your pain.");
  page.clinic = shown.record.watermark;
  page.logo = logo;
  page.date = today();
  return page;
}

std::string saveHandout(FrameRenderer& frames, const ViewScene& scene, const Settings& shown, const OrbitCamera& camera,
                        const std::filesystem::path& path) {
  std::string message;
  try {
    std::optional<Image> logo;
    if (!shown.record.logo.empty()) logo = readPng(shown.record.logo);
    const PaperSize paper = paperFor(shown.record.paper);
    writeHandout(handoutPage(frames, scene, shown, camera, logo ? &*logo : nullptr), paper, path);
    message = "saved handout " + path.string() + " (" + paper.name + ")";
  } catch (const UserError& e) {
    message = e.what();
  }
  bindWindowFramebuffer();
  return message;
}

std::filesystem::path defaultHandoutPath() { return datedUserFile("Documents", ".pdf"); }

}  // namespace hipscope
