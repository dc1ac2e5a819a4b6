#!/usr/bin/env bash
# Benchmark (not a test): Hipscope's own --bench in every preset and scenario, X-ray and peel, with
# each frame time over the empty frame's; one frame to PNG side by side with a peer viewer (F3D, from
# Debian) on the same model and size; every shipped storyboard recorded, against its duration; peak
# memory in the window and recording at 2160p; the first frame of a drag in the window; a large
# model's import. Medians of several runs.
# Usage: scripts/bench.sh [WIDTHxHEIGHT] [FRAMES]
# LONG=1 scripts/bench.sh also records a 5-minute storyboard and samples its memory every 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1280x720}
frames=${2:-150}
scripts/deps.sh test
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
for tool in hyperfine f3d xdotool; do
  command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$tool" >/dev/null
done
scripts/build.sh >/dev/null

# Frame rates: every preset and scenario, X-ray and peel, each the median of 3 runs; beside each, its
# frame time over the empty frame's (every layer hidden: clear, backdrop, copy), measured in the same run.
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
bench_key() {  # KEY ARGS...: the median of KEY over 3 runs of --bench with ARGS
  local key=$1; shift
  for i in 1 2 3; do build/hipscope --bench --size "$size" --frames "$frames" "$@" | awk -v k="$key" '$1 == k {print $2}'; done | median
}
hidden=()
for layer in $(build/hipscope --list-options | awk '/^layers\.[a-z_]*\.visible / {split($1, p, "."); print p[2]}'); do
  hidden+=(--set "layers.$layer.visible=false")
done
echo "== frame rate, --bench --size $size --frames $frames (median of 3 runs; x floor: frame time over the empty frame's) =="
floor=$(bench_key fps_median "${hidden[@]}")
printf "%-44s %8s %9s\n" scene fps "x floor"
printf "%-44s %8.1f %9.2f\n" "empty frame (every layer hidden)" "$floor" 1
scene() {  # LABEL ARGS...
  local label=$1; shift
  local fps; fps=$(bench_key fps_median "$@")
  printf "%-44s %8.1f %9.2f\n" "$label" "$fps" "$(awk -v a="$floor" -v b="$fps" 'BEGIN {print a / b}')"
}
scene "default view" 
for preset in standing sitting bending_to_lift lying_on_back lying_on_side walking under_glutes sciatic_nerve; do
  scene "preset=$preset" --set preset=$preset
done
for scenario in tight_hips iliopsoas piriformis both release; do scene "scenario=$scenario" --set scenario=$scenario; done
scene "render.xray=true" --set render.xray=true
scene "render.peel=0.5" --set render.peel=0.5
scene "scenario=both, render.xray=true" --set scenario=both --set render.xray=true
scene "scenario=both, walking" --set scenario=both --set pose.walking=true
for key in first_frame_s peak_rss_mib triangles_drawn; do
  printf "default view %-18s median %s\n" "$key" "$(bench_key $key)"
done
# The CPU side of a frame while a scenario runs (mechanics, pose, compression, tension lines; skinning
# itself runs on the GPU), standing and walking.
printf "mechanics_ms_median, scenario=both: %s; walking with scenario=both: %s\n" \
  "$(bench_key mechanics_ms_median --set scenario=both)" "$(bench_key mechanics_ms_median --set scenario=both --set pose.walking=true)"
build/hipscope --bench --frames 1 | grep -m1 '^renderer'

# The peer needs an X display (it renders offscreen through GLX); Hipscope does not.
xvfb_pid=""
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :91 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
  export DISPLAY=:91; sleep 1
fi
trap '[ -n "$xvfb_pid" ] && kill $xvfb_pid' EXIT
w=${size%x*}; h=${size#*x}
echo "== one frame to PNG, process start to exit, $size, same model =="
hyperfine -N --warmup 3 --runs 20 --export-json build/bench-peer.json \
  "build/hipscope --output build/bench-hipscope.png --size $size --view anterior" \
  "f3d --output build/bench-f3d.png --resolution $w,$h build/assets/hipscope.glb" | grep -E "Time|±|faster|Benchmark" || true
python3 - <<'PY'
import json, statistics
r = json.load(open("build/bench-peer.json"))["results"]
med = [statistics.median(x["times"]) * 1000 for x in r]
print(f"median hipscope {med[0]:.1f} ms, f3d {med[1]:.1f} ms, ratio hipscope/f3d {med[0]/med[1]:.2f}")
PY

# The first frame of a drag in the window (its default 1600x900, under the X display above): from a
# pointer move sent by xdotool to the end of the frame that shows it, 10 drags each.
echo "== first frame of a drag, the window at 1600x900 (scripts/drag-latency.sh, 10 drags) =="
for args in "" "--set scenario=both" "--set preset=sciatic_nerve"; do
  # shellcheck disable=SC2086
  printf "%-30s %s\n" "${args:-default view}" "$(scripts/drag-latency.sh 10 $args)"
done

# Recording: a 10 s 1280x720 30 fps storyboard rendered and encoded offline (3 runs, medians), with
# where the time goes (render + readback, conversion to yuv420p in push(), encoder thread busy,
# push() waiting on the encoder), and the encoder alone side by side: FFmpeg's own CLI encoding 300
# frames of the same size with the same libx264 settings (veryfast, crf 20, the same x264-params,
# yuv420p).
echo "== --storyboard tests/data/storyboards/bench_10s.json --record (3 runs) =="
for i in 1 2 3; do
  build/hipscope --bench --storyboard tests/data/storyboards/bench_10s.json --record build/bench-record.mp4
done > build/bench-record.txt
for key in record_total_s record_clip_s record_render_s render_alone_s record_encode_s record_convert_s record_wait_s peak_rss_mib; do
  grep "^$key " build/bench-record.txt | awk '{print $2}' | sort -g |
    awk -v k="$key" '{v[NR]=$1} END {printf "%-18s median %s  (runs: %d)\n", k, v[int((NR+1)/2)], NR}'
done
hyperfine -N --warmup 1 --runs 3 --export-json build/bench-encoder.json \
  "ffmpeg -v error -y -f lavfi -i testsrc2=size=1280x720:rate=30 -frames:v 300 -c:v libx264 -preset veryfast -crf 20 -x264-params rc-lookahead=5:sync-lookahead=0:sliced-threads=1 -pix_fmt yuv420p build/bench-ffmpeg.mp4" |
  grep -E "Time" || true
python3 - <<'PY'
import json, statistics
ffmpeg = statistics.median(json.load(open("build/bench-encoder.json"))["results"][0]["times"])
runs = open("build/bench-record.txt").read().split("record_total_s")[1:]
def value(run, key):
    return next(float(l.split()[1]) for l in run.splitlines() if l.startswith(key))
enc = sorted(value(r, "record_encode_s") + value(r, "record_convert_s") for r in runs)
ours = enc[len(enc) // 2]
print(f"encoder alone, 300 frames 1280x720: hipscope's conversion and encoder thread {ours:.2f} s, ffmpeg CLI {ffmpeg:.2f} s (incl. test-pattern generation), ratio {ours / ffmpeg:.2f}")
PY

# Every shipped storyboard rendered and encoded at 1280x720, 30 fps: wall time over the clip's length
# (one run each; the slowest again, median of 3).
echo "== every shipped storyboard, --record at 1280x720, 30 fps: wall time / clip length =="
ratio_of() {  # STORYBOARD: wall time over clip length of one recording
  build/hipscope --bench --storyboard "$1" --size 1280x720 --fps 30 --record build/bench-story.mp4 |
    awk '$1 == "record_total_s" {t = $2} $1 == "record_clip_s" {c = $2} END {printf "%.3f\n", t / c}'
}
slowest="" worst=0
for story in assets/storyboards/*.json; do
  r=$(ratio_of "$story")
  printf "%-44s %6.2f\n" "$(basename "$story")" "$r"
  if awk -v a="$r" -v b="$worst" 'BEGIN {exit !(a > b)}'; then worst=$r slowest=$story; fi
done
printf "slowest: %s, wall / clip length median of 3: %s\n" "$(basename "$slowest")" \
  "$(for i in 1 2 3; do ratio_of "$slowest"; done | median)"

# Peak resident memory: the window (its default 1600x900, the scenario running, 300 frames, under
# Xvfb) and a 2160p recording.
echo "== peak resident memory (median of 3) =="
for i in 1 2 3; do
  XDG_CONFIG_HOME=build/bench-config /usr/bin/time -f "%M" build/hipscope --set scenario=both --exit-after-frames 300 2>&1 >/dev/null | tail -1
done | median | awk '{printf "window, scenario=both: %.1f MiB\n", $1 / 1024}'
for i in 1 2 3; do
  /usr/bin/time -f "%M" build/hipscope --storyboard tests/data/storyboards/bench_10s.json --size 3840x2160 --record build/bench-2160.mp4 2>&1 >/dev/null | tail -1
done | median | awk '{printf "recording bench_10s.json at 3840x2160: %.1f MiB\n", $1 / 1024}'

# Importing a large model of your own: an OBJ of 1.6 million triangles (57 MB), generated here.
# Hipscope imports it in its worker process (limits, confined file access, progress, the model
# handed over a pipe) and renders one frame; the peer loads and renders the same file. Then the
# worker alone, with and without its progress lines.
echo "== a 1.6M-triangle OBJ: import and one frame to PNG, process start to exit =="
[ -f build/bench-grid.obj ] || python3 - <<'PY'
n = 900
with open("build/bench-grid.obj", "w") as f:
    for i in range(n):
        for j in range(n):
            f.write(f"v {i/n:.5f} {j/n:.5f} {((i*j)%7)/700:.5f}\n")
    for i in range(n - 1):
        for j in range(n - 1):
            a = i * n + j + 1
            f.write(f"f {a} {a+1} {a+n+1}\nf {a} {a+n+1} {a+n}\n")
PY
hyperfine -N --warmup 1 --runs 5 --export-json build/bench-import.json \
  "build/hipscope --model build/bench-grid.obj --output build/bench-grid.png --size $size" \
  "f3d --output build/bench-grid-f3d.png --resolution $w,$h build/bench-grid.obj" \
  "build/hipscope-import build/bench-grid.obj 4294967296 0 0 progress" \
  "build/hipscope-import build/bench-grid.obj 4294967296 0 0" | grep -E "Time" || true
python3 - <<'PY'
import json, statistics
r = json.load(open("build/bench-import.json"))["results"]
med = [statistics.median(x["times"]) for x in r]
print(f"median: hipscope {med[0]:.2f} s, f3d {med[1]:.2f} s, ratio hipscope/f3d {med[0]/med[1]:.2f}; "
      f"worker alone {med[2]:.2f} s with progress, {med[3]:.2f} s without (ratio {med[2]/med[3]:.3f})")
PY

# Memory over a long recording: 5 minutes of 1280x720 at 30 fps (9000 frames), resident set sampled
# every 10 s while it records; flat means the last sample is within a few MiB of the first.
if [ "${LONG:-0}" = 1 ]; then
  echo "== --storyboard tests/data/storyboards/bench_5min.json --record (resident memory every 10 s) =="
  build/hipscope --storyboard tests/data/storyboards/bench_5min.json --record build/bench-long.mp4 > build/bench-long.txt &
  pid=$!
  start=$(date +%s)
  while kill -0 $pid 2>/dev/null; do
    awk -v t=$(( $(date +%s) - start )) '/VmRSS/ {printf "%d %.1f\n", t, $2 / 1024}' /proc/$pid/status 2>/dev/null || true
    sleep 10
  done > build/bench-long-rss.txt
  wait $pid
  cat build/bench-long.txt
  awk 'NR == 2 {first = $2} {last = $2; if ($2 > max) max = $2} END {printf "resident MiB: at 10 s %.1f, at the end %.1f, highest %.1f (%d samples)\n", first, last, max, NR}' build/bench-long-rss.txt
fi
