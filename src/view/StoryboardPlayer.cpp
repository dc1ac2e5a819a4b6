// Storyboard time.
#include "view/StoryboardPlayer.hpp"

#include <algorithm>

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
  frame.title = !current.title.empty() ? current.title : captionOf(frame.settings);
  frame.subtitle = current.subtitle;
  frame.finished = t >= board.duration();
  frame.captionOpacity =
      frame.finished ? 1.0f : std::clamp(std::min(local, current.duration - local) / 0.4f, 0.0f, 1.0f);
  return frame;
}

}  // namespace hipscope
