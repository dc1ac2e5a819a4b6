// Soak: thousands of frames through every scenario, with the model re-imported (through the worker
// process) every few hundred, must not grow resident memory. Bounded: about half a minute.
#include <malloc.h>

#include <fstream>
#include <string>
#include <vector>

#include "BuiltInModel.hpp"
#include "GlFixture.hpp"
#include "frame/Frame.hpp"
#include "options/OptionRegistry.hpp"
#include "options/Scenarios.hpp"
#include "scene/IsolatedImport.hpp"
#include "view/ViewScene.hpp"

using namespace hipscope;
using hipscope::test::builtInModel;
using hipscope::test::GlTest;

namespace {

#if defined(__SANITIZE_ADDRESS__)
extern "C" void __sanitizer_purge_allocator();  // ASan's allocator and quarantine hold freed memory
#endif

// Resident memory in use: freed heap is first handed back to the system (glibc keeps freed chunks
// otherwise, and whether it can depends on fragmentation, which would make the figure wander).
double residentMiB() {
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_purge_allocator();
#else
  malloc_trim(0);
#endif
  std::ifstream status("/proc/self/status");
  std::string key;
  double kib = 0;
  while (status >> key) {
    if (key == "VmRSS:") {
      status >> kib;
      break;
    }
    std::getline(status, key);
  }
  return kib / 1024.0;
}

}  // namespace

TEST_F(GlTest, ThousandsOfFramesAndReloadsKeepMemoryFlat) {
  constexpr int kFrames = 2400, kReloadEvery = 300;
  auto scene = std::make_unique<ViewScene>(builtInModel(true));
  FrameRenderer frames;  // the app's own frame recipe: the 3D view, then the caption over it
  const auto scenarioList = scenarios();
  // Resident memory right after each reload (the old model gone, the new one in place): the same
  // point of every cycle, so a transient peak while two models coexist does not count.
  std::vector<double> afterReload;
  for (int frame = 0; frame < kFrames; ++frame) {
    if (frame > 0 && frame % kReloadEvery == 0) {
      scene = std::make_unique<ViewScene>(builtInModel(true));
      afterReload.push_back(residentMiB());
    }
    Settings settings;
    const std::size_t which = 1 + static_cast<std::size_t>(frame / 60) % (scenarioList.size() - 1);
    OptionRegistry::instance().set(settings, "scenario", std::string(scenarioList[which].preset.name), "soak");
    settings.pose.walking = frame % 240 < 120;
    const float t = static_cast<float>(frame) / 30.0f;
    const OrbitCamera camera = scene->cameraFor(settings, 1.5f);
    const PartStyles styles = scene->styles(settings, t);
    frames.drawOffscreen({*scene, settings, styles, camera, {captionOf(settings)}}, {96, 64, 96, 1.0f});
    glFinish();  // one frame at a time: llvmpipe would otherwise keep more frames in flight (and their memory) when the
                 // machine is busy
  }
  ASSERT_GE(afterReload.size(), 4u);
  const double warm = afterReload[1], last = afterReload.back();  // from the second reload on
  std::printf("resident memory after reload 2: %.1f MiB, after reload %zu (frame %d): %.1f MiB\n", warm,
              afterReload.size(), kFrames - kFrames % kReloadEvery, last);
  EXPECT_LT(last - warm, 12.0) << "resident memory grew from " << warm << " to " << last << " MiB";
}
