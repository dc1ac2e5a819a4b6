// FFmpeg's libraries (libavformat, libavcodec, libswscale, libavutil), opened the first time a clip is
// recorded rather than linked: they bring 136 shared libraries with them, whose loading took about
// 60 ms of every start, a still picture's and a handout's included.
#pragma once

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace hipscope {

// Every FFmpeg function the encoder calls: X(library, name).
#define HIPSCOPE_FFMPEG_FUNCTIONS(X)          \
  X(avutil, av_log_set_level)                 \
  X(avutil, av_strerror)                      \
  X(avutil, av_opt_set)                       \
  X(avutil, av_dict_set)                      \
  X(avutil, av_dict_free)                     \
  X(avutil, av_frame_alloc)                   \
  X(avutil, av_frame_free)                    \
  X(avutil, av_frame_get_buffer)              \
  X(avutil, av_frame_make_writable)           \
  X(avcodec, avcodec_find_encoder_by_name)    \
  X(avcodec, avcodec_find_encoder)            \
  X(avcodec, avcodec_alloc_context3)          \
  X(avcodec, avcodec_free_context)            \
  X(avcodec, avcodec_open2)                   \
  X(avcodec, avcodec_parameters_from_context) \
  X(avcodec, avcodec_send_frame)              \
  X(avcodec, avcodec_receive_packet)          \
  X(avcodec, av_packet_alloc)                 \
  X(avcodec, av_packet_free)                  \
  X(avcodec, av_packet_rescale_ts)            \
  X(avformat, avformat_alloc_output_context2) \
  X(avformat, avformat_free_context)          \
  X(avformat, avformat_new_stream)            \
  X(avformat, avformat_write_header)          \
  X(avformat, av_interleaved_write_frame)     \
  X(avformat, av_write_trailer)               \
  X(avformat, avio_open)                      \
  X(avformat, avio_flush)                     \
  X(avformat, avio_closep)                    \
  X(swscale, sws_getCachedContext)            \
  X(swscale, sws_scale)                       \
  X(swscale, sws_freeContext)

struct FfmpegLibraries {
#define HIPSCOPE_FFMPEG_POINTER(library, name) decltype(&::name) name = nullptr;
  HIPSCOPE_FFMPEG_FUNCTIONS(HIPSCOPE_FFMPEG_POINTER)
#undef HIPSCOPE_FFMPEG_POINTER
};

// The libraries of the FFmpeg these headers are from (libavcodec.so.59 and so on), opened once.
// Throws std::runtime_error naming the library that is missing or lacks a function.
const FfmpegLibraries& ffmpeg();

}  // namespace hipscope
