#include "scene/IsolatedImport.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "base/Error.hpp"
#include "scene/ModelLoader.hpp"
#include "scene/ModelWire.hpp"

extern char** environ;

namespace hipscope {
namespace {

std::string sizeText(std::uint64_t bytes) {
  return bytes >= (1ull << 30) && bytes % (1ull << 30) == 0 ? std::to_string(bytes >> 30) + " GiB"
                                                            : std::to_string(bytes >> 20) + " MiB";
}

std::string signalText(int sig) {
  switch (sig) {
    case SIGSEGV: return "segmentation fault";
    case SIGBUS: return "bus error";
    case SIGFPE: return "arithmetic error";
    case SIGILL: return "illegal instruction";
    case SIGABRT: return "aborted";
    default: return "signal " + std::to_string(sig);
  }
}

// "the FBX importer": which of Assimp's importers a file goes to, by its name.
std::string importerOf(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [suffix, name] : {std::pair{".obj", "OBJ"},
                                     {".fbx", "FBX"},
                                     {".gltf", "glTF"},
                                     {".glb", "glTF"},
                                     {".stl", "STL"},
                                     {".ply", "PLY"},
                                     {".dae", "COLLADA"},
                                     {".3ds", "3DS"},
                                     {".blend", "Blender"}})
    if (ext == suffix) return std::string("the ") + name + " importer";
  return "the importer";
}

std::string firstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// A file descriptor closed on scope exit.
struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) close(fd);
    fd = -1;
  }
};

}  // namespace

Model loadModelIsolated(const std::filesystem::path& path, const std::filesystem::path& worker,
                        const ImportLimits& limits, const std::atomic<bool>* cancel, const ModelFrame& frame,
                        const ImportProgress& progress) {
  const std::string name = path.string();
  auto fail = [&](const std::string& why) { throw UserError("could not load " + name + ": " + why); };
  int out[2], err[2];
  if (pipe2(out, O_CLOEXEC) != 0) fail("the importer could not be started (" + std::string(std::strerror(errno)) + ")");
  Fd outRead{out[0]}, outWrite{out[1]};
  if (pipe2(err, O_CLOEXEC) != 0) fail("the importer could not be started (" + std::string(std::strerror(errno)) + ")");
  Fd errRead{err[0]}, errWrite{err[1]};
  int prog[2];
  if (pipe2(prog, O_CLOEXEC) != 0)
    fail("the importer could not be started (" + std::string(std::strerror(errno)) + ")");
  Fd progRead{prog[0]}, progWrite{prog[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  posix_spawn_file_actions_adddup2(&actions, prog[1], kImportProgressFd);
  const std::string workerPath = worker.string(), memory = std::to_string(limits.memoryBytes);
  const std::string units = std::to_string(static_cast<int>(frame.units)),
                    up = std::to_string(static_cast<int>(frame.up));
  std::vector<char*> argv = {const_cast<char*>(workerPath.c_str()),
                             const_cast<char*>(name.c_str()),
                             const_cast<char*>(memory.c_str()),
                             const_cast<char*>(units.c_str()),
                             const_cast<char*>(up.c_str()),
                             const_cast<char*>("progress"),
                             nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, workerPath.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) fail("the importer " + workerPath + " could not be started (" + std::strerror(spawned) + ")");
  outWrite.reset();
  errWrite.reset();
  progWrite.reset();

  // Read the pipes until the worker closes them or the time is up.
  std::vector<std::uint8_t> bytes;
  std::string messages, progressLine;
  float reported = 0.0f;
  auto heard = [&](const char* data, std::size_t n) {  // "0.42\n" lines; only a rising figure is passed on
    for (std::size_t i = 0; i < n; ++i) {
      if (data[i] != '\n') {
        if (progressLine.size() < 32) progressLine += data[i];
        continue;
      }
      char* end = nullptr;
      const float f = std::strtof(progressLine.c_str(), &end);
      if (end != progressLine.c_str() && f > reported && f < 1.0f && progress) progress(reported = f);
      progressLine.clear();
    }
  };
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.seconds);
  bool timedOut = false, cancelled = false;
  std::vector<std::uint8_t> chunk(1 << 16);
  while (outRead.fd >= 0 || errRead.fd >= 0) {  // the progress pipe closes with them
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      timedOut = true;
      break;
    }
    if (cancel && cancel->load()) {
      cancelled = true;
      break;
    }
    pollfd fds[3] = {{outRead.fd, POLLIN, 0}, {errRead.fd, POLLIN, 0}, {progRead.fd, POLLIN, 0}};
    const int ready = poll(fds, 3, static_cast<int>(std::min<long long>(left, 100)));
    if (ready < 0 && errno != EINTR) break;
    Fd* const pipes[3] = {&outRead, &errRead, &progRead};
    for (int k = 0; k < 3; ++k) {
      if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = read(fds[k].fd, chunk.data(), chunk.size());
      const auto* data = reinterpret_cast<const char*>(chunk.data());
      if (n > 0 && k == 0) bytes.insert(bytes.end(), chunk.begin(), chunk.begin() + n);
      if (n > 0 && k == 1 && messages.size() < 4096) messages.append(data, static_cast<std::size_t>(n));
      if (n > 0 && k == 2) heard(data, static_cast<std::size_t>(n));
      if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) pipes[k]->reset();
    }
  }
  if (timedOut || cancelled) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (cancelled) fail("cancelled");
  if (timedOut) fail("timed out after " + std::to_string(limits.seconds) + " s");
  // The worker's own diagnostics say it ran out of memory (an allocator that reports instead of
  // throwing, as AddressSanitizer's does in sanitizer builds): the same outcome as exit code 3.
  if (WIFSIGNALED(status) &&
      (messages.find("out-of-memory") != std::string::npos || messages.find("out of memory") != std::string::npos))
    fail("ran out of memory (more than " + sizeText(limits.memoryBytes) + ")");
  if (WIFSIGNALED(status)) {
    // SIGKILL from outside (the kernel's out-of-memory killer, most likely) or a crash inside.
    if (WTERMSIG(status) == SIGKILL) fail(importerOf(path) + " was killed (out of memory?)");
    fail(importerOf(path) + " crashed (" + signalText(WTERMSIG(status)) + ")");
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 3) fail("ran out of memory (more than " + sizeText(limits.memoryBytes) + ")");
  if (code == 2) {
    const std::string line = firstLine(messages);
    if (!line.empty()) throw UserError(line);  // the importer's own one-line message, naming the file
    fail("not a model file Hipscope can read");
  }
  if (code != 0) fail(importerOf(path) + " stopped with exit code " + std::to_string(code));
  std::optional<Model> model = decodeModel(bytes);
  if (!model) fail(importerOf(path) + " returned a damaged model");
  model->source = name;
  if (progress) progress(1.0f);
  return std::move(*model);
}

bool importMemoryLimitEnforced() {
#if defined(__SANITIZE_ADDRESS__)
  return false;
#else
  return true;
#endif
}

int runImportWorker(const std::filesystem::path& path, std::uint64_t memoryBytes, const ModelFrame& frame,
                    int progressFd) {
  if (importMemoryLimitEnforced()) {
    const rlimit limit{memoryBytes, memoryBytes};
    setrlimit(RLIMIT_AS, &limit);
  }
  std::vector<std::uint8_t> bytes;
  try {
    // Assimp's import is the first 90 %; the Model as bytes and on its way, the rest.
    auto tell = [progressFd](float fraction) {
      if (progressFd < 0) return;
      char line[16];
      const int n = std::snprintf(line, sizeof line, "%.3f\n", static_cast<double>(fraction));
      if (write(progressFd, line, static_cast<std::size_t>(n)) < 0) {
        // the parent stopped listening: the import goes on, and its result will say what happened
      }
    };
    Model model = loadModel(path, frame, [&](float f) { tell(f * 0.9f); });
    tell(0.92f);
    bytes = encodeModel(model);
    tell(0.95f);
  } catch (const UserError& e) {
    // Assimp catches an allocation failure itself and reports it as a failed import.
    if (std::strstr(e.what(), "bad_alloc")) return 3;
    std::fprintf(stderr, "%s\n", e.what());
    return 2;
  } catch (const std::bad_alloc&) {
    return 3;
  } catch (const std::length_error&) {  // a vector asked for more than it can hold: the same thing
    return 3;
  }
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(STDOUT_FILENO, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return 4;  // the parent went away
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace hipscope
