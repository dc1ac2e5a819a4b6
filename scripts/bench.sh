#!/usr/bin/env bash
# Benchmark: Hipscope's own --bench (5 runs), and one-frame-to-PNG wall time side by side with a peer
# viewer (F3D, from Debian) on the same model and size. Prints medians and the ratio. Not a test.
# Also: the same with the under_glutes preset (ghosting + highlight) and sciatic_nerve (X-ray).
# Usage: scripts/bench.sh [WIDTHxHEIGHT] [FRAMES]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1280x720}
frames=${2:-300}
scripts/deps.sh test
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
for tool in hyperfine f3d; do
  command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$tool" >/dev/null
done
scripts/build.sh >/dev/null

echo "== hipscope --bench --size $size --frames $frames (5 runs) =="
for i in 1 2 3 4 5; do build/hipscope --bench --size "$size" --frames "$frames"; done > build/bench.txt
for key in first_frame_s frame_ms_median frame_ms_p90 fps_median peak_rss_mib triangles_drawn; do
  grep "^$key " build/bench.txt | awk -v k="$key" '{print $2}' | sort -g |
    awk -v k="$key" '{v[NR]=$1} END {printf "%-18s median %s  (runs: %d)\n", k, v[int((NR+1)/2)], NR}'
done
grep -m1 '^renderer' build/bench.txt
for preset in under_glutes sciatic_nerve; do
  for i in 1 2 3; do build/hipscope --bench --size "$size" --frames "$frames" --set preset=$preset; done > build/bench-$preset.txt
  grep '^fps_median ' build/bench-$preset.txt | awk '{print $2}' | sort -g |
    awk -v p="$preset" '{v[NR]=$1} END {printf "fps_median with preset=%s: %s (median of %d runs)\n", p, v[int((NR+1)/2)], NR}'
done

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
