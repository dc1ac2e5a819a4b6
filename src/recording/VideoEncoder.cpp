// FFmpeg (libavformat, libavcodec, libswscale) H.264 encoding, through FfmpegLibraries.
#include "recording/VideoEncoder.hpp"

#include "base/Error.hpp"
#include "recording/FfmpegLibraries.hpp"

namespace hipscope {
namespace {

std::string describe(int code) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {0};
  ffmpeg().av_strerror(code, buf, sizeof buf);
  return buf;
}

}  // namespace

struct VideoEncoder::Ffmpeg {
  AVFormatContext* format = nullptr;
  AVCodecContext* codec = nullptr;
  AVStream* stream = nullptr;
  std::vector<AVFrame*> frames;  // every yuv420p frame made (kFrames at most), free or not
  AVPacket* packet = nullptr;
  SwsContext* sws = nullptr;  // used by the caller's thread only (push)
  bool headerWritten = false;

  ~Ffmpeg() {
    if (!format && !codec && frames.empty() && !packet && !sws) return;  // nothing made (or FFmpeg did not load)
    ffmpeg().sws_freeContext(sws);
    ffmpeg().av_packet_free(&packet);
    for (AVFrame*& f : frames) ffmpeg().av_frame_free(&f);
    ffmpeg().avcodec_free_context(&codec);
    if (format) {
      if (format->pb) ffmpeg().avio_closep(&format->pb);
      ffmpeg().avformat_free_context(format);
    }
  }
};

VideoEncoder::VideoEncoder(const std::filesystem::path& target, int width, int height, int fps)
    : ff_(std::make_unique<Ffmpeg>()),
      target_(target),
      width_(width + (width & 1)),
      height_(height + (height & 1)),
      fps_(fps) {
  partial_ = target;
  partial_ += ".partial";
  const std::string name = target.string();
  auto fail = [&](const std::string& why) { throw UserError("could not record " + name + ": " + why); };
  try {
    ffmpeg().av_log_set_level(AV_LOG_ERROR);  // x264's statistics banner is noise for a user; errors still print
  } catch (const std::runtime_error& e) {
    fail(e.what());
  }
  std::error_code ec;
  const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(dir, ec)) fail("folder " + dir.string() + " does not exist");

  if (ffmpeg().avformat_alloc_output_context2(&ff_->format, nullptr, "mp4", partial_.c_str()) < 0 || !ff_->format)
    fail("the MP4 muxer is not available");
  const AVCodec* codec = ffmpeg().avcodec_find_encoder_by_name("libx264");
  if (!codec) codec = ffmpeg().avcodec_find_encoder(AV_CODEC_ID_H264);
  if (!codec) fail("no H.264 encoder in this FFmpeg");
  ff_->stream = ffmpeg().avformat_new_stream(ff_->format, nullptr);
  ff_->codec = ffmpeg().avcodec_alloc_context3(codec);
  AVCodecContext* c = ff_->codec;
  c->width = width_;
  c->height = height_;
  c->time_base = AVRational{1, fps};
  c->framerate = AVRational{fps, 1};
  c->pix_fmt = AV_PIX_FMT_YUV420P;
  c->gop_size = fps;  // a keyframe every second: every fragment starts decodable
  c->max_b_frames = 0;
  if (ff_->format->oformat->flags & AVFMT_GLOBALHEADER) c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  ffmpeg().av_opt_set(c->priv_data, "preset", "veryfast", 0);
  ffmpeg().av_opt_set(c->priv_data, "crf", "20", 0);
  // x264 holds every frame it looks ahead at and every frame its threads work on (12 MB each at
  // 2160p): 5 frames of look-ahead instead of veryfast's 10, none buffered for a look-ahead thread,
  // and its threads share one frame in slices. Measured here (scripts/bench.sh): about 250 MB less
  // at 2160p, no slower, files no larger.
  ffmpeg().av_opt_set(c->priv_data, "x264-params", "rc-lookahead=5:sync-lookahead=0:sliced-threads=1", 0);
  if (int r = ffmpeg().avcodec_open2(c, codec, nullptr); r < 0)
    fail("the H.264 encoder did not open (" + describe(r) + ")");
  ffmpeg().avcodec_parameters_from_context(ff_->stream->codecpar, c);
  ff_->stream->time_base = c->time_base;
  if (int r = ffmpeg().avio_open(&ff_->format->pb, partial_.c_str(), AVIO_FLAG_WRITE); r < 0)
    fail("cannot create " + partial_.string() + " (" + describe(r) + ")");
  // Fragmented MP4: every second is playable on its own, so a recording cut short still plays.
  AVDictionary* options = nullptr;
  ffmpeg().av_dict_set(&options, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
  const int r = ffmpeg().avformat_write_header(ff_->format, &options);
  ffmpeg().av_dict_free(&options);
  if (r < 0) fail("cannot write to " + partial_.string() + " (" + describe(r) + ")");
  ff_->headerWritten = true;
  ffmpeg().avio_flush(ff_->format->pb);  // the header on disk now: a recording killed later still has it
  ff_->packet = ffmpeg().av_packet_alloc();
  worker_ = std::thread([this] { run(); });
}

VideoEncoder::~VideoEncoder() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
}

// Frames in yuv420p (12 MB at 2160p, where RGBA is 33 MB), made as needed up to this many: one
// being converted from the caller's RGBA, one waiting and one in the encoder. Enough for the renderer
// to go on while a frame is encoded; few, since a 2160p clip's frames are large.
constexpr std::size_t kFrames = 3;

void VideoEncoder::push(Image image) {
  const auto start = std::chrono::steady_clock::now();
  AVFrame* frame = nullptr;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !idle_.empty() || ff_->frames.size() < kFrames || !error_.empty(); });
    waitSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!error_.empty()) throw UserError("could not record " + target_.string() + ": " + error_);
    if (!idle_.empty()) {
      frame = idle_.back();
      idle_.pop_back();
    } else {
      frame = ffmpeg().av_frame_alloc();
      if (!frame) throw UserError("could not record " + target_.string() + ": out of memory");
      ff_->frames.push_back(frame);
      frame->format = AV_PIX_FMT_YUV420P;
      frame->width = width_;
      frame->height = height_;
      if (ffmpeg().av_frame_get_buffer(frame, 0) < 0)
        throw UserError("could not record " + target_.string() + ": out of memory");
    }
  }
  // Converted here, so that only the smaller frame waits for the worker.
  const auto converting = std::chrono::steady_clock::now();
  ff_->sws = ffmpeg().sws_getCachedContext(ff_->sws, image.width, image.height, AV_PIX_FMT_RGBA, width_, height_,
                                           AV_PIX_FMT_YUV420P, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
  ffmpeg().av_frame_make_writable(frame);
  const std::uint8_t* src[1] = {image.rgba.data()};
  const int stride[1] = {image.width * 4};
  ffmpeg().sws_scale(ff_->sws, src, stride, 0, image.height, frame->data, frame->linesize);
  convertSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - converting).count();
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(frame);
    ++pushed_;
  }
  changed_.notify_all();
}

void VideoEncoder::run() {
  for (;;) {
    AVFrame* frame = nullptr;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;
      frame = queue_.front();
      queue_.pop_front();
    }
    try {
      const auto start = std::chrono::steady_clock::now();
      encode(frame);
      encodeSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } catch (const std::exception& e) {
      std::lock_guard lock(mutex_);
      error_ = e.what();
      queue_.clear();
      changed_.notify_all();
      return;
    }
    {
      std::lock_guard lock(mutex_);
      idle_.push_back(frame);
    }
    changed_.notify_all();
  }
}

void VideoEncoder::encode(AVFrame* frame) {
  AVCodecContext* c = ff_->codec;
  if (frame) frame->pts = written_;
  if (int r = ffmpeg().avcodec_send_frame(c, frame); r < 0) throw std::runtime_error("encoder error " + describe(r));
  for (;;) {
    const int r = ffmpeg().avcodec_receive_packet(c, ff_->packet);
    if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) break;
    if (r < 0) throw std::runtime_error("encoder error " + describe(r));
    ff_->packet->duration = 1;  // one frame in the codec time base (1/fps)
    ffmpeg().av_packet_rescale_ts(ff_->packet, c->time_base, ff_->stream->time_base);
    ff_->packet->stream_index = ff_->stream->index;
    if (int w = ffmpeg().av_interleaved_write_frame(ff_->format, ff_->packet); w < 0)
      throw std::runtime_error("writing failed (" + describe(w) + "); is the disk full?");
    // Each finished fragment goes to disk at once, so a killed recording keeps every finished second.
    ffmpeg().avio_flush(ff_->format->pb);
    // avio buffers: a failed write() surfaces only here, not in the muxer's return value.
    if (ff_->format->pb->error < 0)
      throw std::runtime_error("writing failed (" + describe(ff_->format->pb->error) + "); is the disk full?");
    ++muxed_;  // one packet per frame: no B-frames, no dropped frames
  }
  if (frame) ++written_;
}

void VideoEncoder::finish() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
  const std::string name = target_.string();
  if (!error_.empty())
    throw UserError("could not record " + name + ": " + error_ + "; the part recorded is in " + partial_.string());
  try {
    encode(nullptr);
  } catch (const std::exception& e) {
    throw UserError("could not record " + name + ": " + e.what() + "; the part recorded is in " + partial_.string());
  }
  if (int r = ffmpeg().av_write_trailer(ff_->format); r < 0)
    throw UserError("could not finish " + name + " (" + describe(r) + "); the part recorded is in " +
                    partial_.string());
  ffmpeg().avio_flush(ff_->format->pb);
  const int pending = ff_->format->pb->error;
  const int closed = ffmpeg().avio_closep(&ff_->format->pb);
  if (pending < 0 || closed < 0)
    throw UserError("could not finish " + name + " (" + describe(pending < 0 ? pending : closed) +
                    "; is the disk full?); the part recorded is in " + partial_.string());
  std::error_code ec;
  std::filesystem::rename(partial_, target_, ec);
  if (ec)
    throw UserError("could not name the recording " + name + ": " + ec.message() + "; it is in " + partial_.string());
}

}  // namespace hipscope
