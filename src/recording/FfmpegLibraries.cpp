// FFmpeg's libraries opened with dlopen on first use.
#include "recording/FfmpegLibraries.hpp"

#include <dlfcn.h>

#include <stdexcept>
#include <string>

namespace hipscope {
namespace {

#define HIPSCOPE_SONAME(library, major) "lib" #library ".so." AV_STRINGIFY(major)
constexpr const char* kAvutil = HIPSCOPE_SONAME(avutil, LIBAVUTIL_VERSION_MAJOR);
constexpr const char* kAvcodec = HIPSCOPE_SONAME(avcodec, LIBAVCODEC_VERSION_MAJOR);
constexpr const char* kAvformat = HIPSCOPE_SONAME(avformat, LIBAVFORMAT_VERSION_MAJOR);
constexpr const char* kSwscale = HIPSCOPE_SONAME(swscale, LIBSWSCALE_VERSION_MAJOR);
#undef HIPSCOPE_SONAME

struct Library {
  const char* soname;
  void* handle;
};

Library open(const char* soname) {
  // Kept open for the life of the process: the encoder's threads may run until it exits.
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = dlerror();
    throw std::runtime_error("FFmpeg's " + std::string(soname) + " could not be loaded (" +
                             (why ? why : "unknown error") + "): is its package installed?");
  }
  return {soname, handle};
}

void* find(const Library& library, const char* name) {
  void* symbol = dlsym(library.handle, name);
  if (!symbol)
    throw std::runtime_error(std::string(library.soname) + " has no function " + name +
                             ": it is not the FFmpeg Hipscope was built with");
  return symbol;
}

FfmpegLibraries load() {
  const Library avutil = open(kAvutil), avcodec = open(kAvcodec), avformat = open(kAvformat), swscale = open(kSwscale);
  FfmpegLibraries f;
#define HIPSCOPE_FFMPEG_FIND(library, name) f.name = reinterpret_cast<decltype(f.name)>(find(library, #name));
  HIPSCOPE_FFMPEG_FUNCTIONS(HIPSCOPE_FFMPEG_FIND)
#undef HIPSCOPE_FFMPEG_FIND
  return f;
}

}  // namespace

const FfmpegLibraries& ffmpeg() {
  static const FfmpegLibraries libraries = load();  // a failed load throws, and the next call tries again
  return libraries;
}

}  // namespace hipscope
