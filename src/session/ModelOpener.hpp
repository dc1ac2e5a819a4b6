// Opening a model from the window: the import runs in the worker process (scene/IsolatedImport.hpp)
// on a background thread, so the window keeps drawing the current model, shows how far the import
// is, and can cancel. The current model stays until the new one has arrived whole.
#pragma once
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <optional>
#include <string>

#include "scene/ModelLoader.hpp"
#include "view/ModelSource.hpp"

namespace hipscope {

class ModelOpener {
 public:
  ~ModelOpener();
  // `mapping`: the model.mapping option ("" looks beside the model).
  void start(const std::filesystem::path& path, const ModelFrame& frame = {}, const std::string& mapping = "");
  bool busy() const { return job_.valid(); }
  void cancel() { cancel_ = true; }
  float seconds() const;
  float progress() const { return progress_; }  // 0..1 of the import, as the worker tells it
  const std::filesystem::path& path() const { return path_; }

  struct Outcome {
    std::optional<LoadedModel> model;  // the new model, or
    std::string error;                 // the one-line reason it is not
  };
  // The outcome once the import has finished (given once); nothing while it runs.
  std::optional<Outcome> poll();

 private:
  std::filesystem::path path_;
  std::atomic<bool> cancel_{false};
  std::atomic<float> progress_{0.0f};
  std::future<Outcome> job_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace hipscope
