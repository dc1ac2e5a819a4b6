// Storyboard time.
#include "view/StoryboardPlayer.hpp"

#include <algorithm>

#include "base/Translate.hpp"

namespace hipscope {

StoryFrame storyFrameAt(const Storyboard& board, const ViewScene& scene, float aspect, float t) {
  std::size_t step = 0;
  float stepStart = 0.0f;
  while (step + 1 < board.steps.size() && t >= stepStart + board.steps[step].duration)
    stepStart += board.steps[step++].duration;
  const StoryStep& current = board.steps[step];
  const float local = std::min(t - stepStart, current.duration);
  StoryFrame frame;
  frame.settings = current.settings;
  frame.pose = scene.cameraFor(current.settings, aspect).pose;
  if (step > 0 && local < current.transition) {
    const float k = easeInOut(local / current.transition);
    const Settings& before = board.steps[step - 1].settings;
    frame.settings = blendSettings(before, current.settings, k);
    frame.pose = interpolate(scene.cameraFor(before, aspect).pose, frame.pose, k);
  }
  frame.finished = t >= board.duration();
  // The caption fades in and out where it changes, not at every step (a recorded session's steps are
  // half a second long, its scenario's caption the same throughout).
  auto words = [&](std::size_t i) {
    const StoryStep& s = board.steps[i];
    return std::make_pair(s.title.empty() ? captionOf(s.settings) : s.title, s.subtitle);
  };
  const bool sameBefore = step > 0 && words(step - 1) == words(step);
  const bool sameAfter = step + 1 < board.steps.size() && words(step + 1) == words(step);
  const float in = sameBefore ? 1.0f : local / 0.4f, out = sameAfter ? 1.0f : (current.duration - local) / 0.4f;
  frame.captionOpacity = frame.finished ? 1.0f : std::clamp(std::min(in, out), 0.0f, 1.0f);
  // In the language the step's settings choose (ui.language), English where there is no translation.
  useLanguage(enumName(frame.settings.ui.language));
  frame.title = !current.title.empty() ? tr(current.title) : captionOf(frame.settings);
  frame.subtitle = tr(current.subtitle);
  return frame;
}

}  // namespace hipscope
