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

void* open(const char* soname) {
  // Kept open for the life of the process: the encoder's threads may run until it exits.
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = dlerror();
    throw std::runtime_error("FFmpeg's " + std::string(soname) + " could not be loaded (" +
                             (why ? why : "unknown error") + "); install it with scripts/deps.sh");
  }
  return handle;
}

FfmpegLibraries load() {
  void* const avutil = open(kAvutil);
  void* const avcodec = open(kAvcodec);
  void* const avformat = open(kAvformat);
  void* const swscale = open(kSwscale);
  FfmpegLibraries f;
  const char* names[] = {kAvutil, kAvcodec, kAvformat, kSwscale};
  void* const handles[] = {avutil, avcodec, avformat, swscale};
  auto find = [&](void* handle, const char* name) {
    void* symbol = dlsym(handle, name);
    if (!symbol) {
      std::string library = "FFmpeg";
      for (int i = 0; i < 4; ++i)
        if (handles[i] == handle) library = names[i];
      throw std::runtime_error(library + " has no function " + name + ": it is not the FFmpeg Hipscope was built with");
    }
    return symbol;
  };
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
