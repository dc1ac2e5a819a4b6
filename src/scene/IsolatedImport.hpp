// Importing a model file in a separate process, so that a crash, a hang or a runaway allocation
// inside the importer (Debian's Assimp 5.2.5 has known crash bugs in several importers) cannot take
// the app, or the user's unsaved work, down. The worker is the small `hipscope-import` program: it
// loads the file with loadModel under a memory limit and writes the Model to its stdout
// (scene/ModelWire.hpp); the parent enforces the time limit and turns every way it can fail into one
// line.
#pragma once
#include <atomic>
#include <cstdint>
#include <filesystem>

#include "scene/Model.hpp"
#include "scene/ModelLoader.hpp"

namespace hipscope {

struct ImportLimits {
  int seconds = 30;                        // wall time before the import is abandoned
  std::uint64_t memoryBytes = 4ull << 30;  // address space the importer may use
};

// Throws UserError naming the file: the importer's own message ("not a model file Hipscope can
// read"), or "the FBX importer crashed (segmentation fault)", "timed out after 30 s", "ran out of
// memory (more than 4 GiB)", "the importer could not be started", "cancelled". `cancel`, when set
// from another thread, stops the worker within a tenth of a second. `progress` hears how far the
// worker is (0..1, rising; 1 once the model is back whole), on the calling thread.
Model loadModelIsolated(const std::filesystem::path& path, const std::filesystem::path& worker,
                        const ImportLimits& limits = {}, const std::atomic<bool>* cancel = nullptr,
                        const ModelFrame& frame = {}, const ImportProgress& progress = {});

// False in AddressSanitizer builds: ASan reserves terabytes of address space for its shadow memory,
// so the worker cannot run under an address-space limit there (the time limit still holds).
bool importMemoryLimitEnforced();

// The worker's side: loads `path` within `memoryBytes` and writes the model to stdout, and, when
// `progressFd` >= 0, how far it is to that descriptor, one fraction a line ("0.42\n"). Returns the
// process exit code: 0 written, 2 the file cannot be read (message on stderr), 3 out of memory.
int runImportWorker(const std::filesystem::path& path, std::uint64_t memoryBytes, const ModelFrame& frame = {},
                    int progressFd = -1);

// The descriptor the worker's progress lines arrive on.
inline constexpr int kImportProgressFd = 3;

}  // namespace hipscope
