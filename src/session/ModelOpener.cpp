#include "session/ModelOpener.hpp"

#include "base/Error.hpp"

namespace hipscope {

ModelOpener::~ModelOpener() {
  cancel_ = true;  // the worker is killed; the thread returns within a tenth of a second
}

void ModelOpener::start(const std::filesystem::path& path, const ModelFrame& frame, const std::string& mapping) {
  if (busy()) return;
  path_ = path;
  cancel_ = false;
  progress_ = 0.0f;
  started_ = std::chrono::steady_clock::now();
  job_ = std::async(std::launch::async, [this, path, frame, mapping] {
    Outcome outcome;
    try {
      outcome.model = loadModelFile(path, frame, mapping, &cancel_, [this](float f) { progress_ = f; });
    } catch (const UserError& e) {
      outcome.error = e.what();
    } catch (const std::exception& e) {  // the built-in model's files damaged: said, not fatal here
      outcome.error = "could not load " + path.string() + ": " + e.what();
    }
    return outcome;
  });
}

float ModelOpener::seconds() const {
  return busy() ? std::chrono::duration<float>(std::chrono::steady_clock::now() - started_).count() : 0.0f;
}

std::optional<ModelOpener::Outcome> ModelOpener::poll() {
  if (!busy() || job_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
  return job_.get();
}

}  // namespace hipscope
