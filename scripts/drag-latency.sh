#!/usr/bin/env bash
# The first frame of a drag in the window, as a hand feels it: the window opens (its default size,
# under the X display in DISPLAY), the pointer is pressed on the body and moved with xdotool, and
# the time from just before each move is sent to the end of the frame that shows it (the first one
# the window's --frame-log marks as showing a move) is that drag's latency. It includes waiting for
# a frame already being drawn when the move arrives (a scenario animates all the time).
# Usage: scripts/drag-latency.sh [DRAGS] [HIPSCOPE ARGS...]; prints the median and the worst.
set -euo pipefail
cd "$(dirname "$0")/.."
drags=${1:-10}
if [ $# -gt 0 ]; then shift; fi
log=$(mktemp) app=""
trap 'rm -f "$log"; [ -z "$app" ] || kill "$app" 2>/dev/null' EXIT  # a failed run leaves no window behind
XDG_CONFIG_HOME=build/bench-config build/hipscope --frame-log "$log" "$@" >/dev/null &
app=$!
wid=""
for _ in $(seq 120); do  # the window, within 60 s; a hipscope that stopped is said at once
  kill -0 "$app" 2>/dev/null || { echo "drag-latency: build/hipscope $* stopped before its window opened" >&2; exit 1; }
  wid=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -1) && [ -n "$wid" ] && break
  sleep 0.5
done
[ -n "$wid" ] || { echo "drag-latency: the window did not open within 60 s (build/hipscope $*)" >&2; exit 1; }
sleep 3  # the first frames, the skin's fade-in
eval "$(xdotool getwindowgeometry --shell "$wid")"
x=$((X + WIDTH * 35 / 100)) y=$((Y + HEIGHT / 2))  # on the body, left of the panel
sent=()
for _ in $(seq "$drags"); do
  xdotool mousemove "$x" "$y"; sleep 0.6   # hover picking settles
  xdotool mousedown 1; sleep 0.4
  sent+=("$(date +%s%6N)")
  xdotool mousemove $((x + 12)) "$y"; sleep 0.3
  xdotool mousemove $((x + 24)) "$y"; sleep 0.2
  xdotool mouseup 1; sleep 0.8             # back to full size
done
kill -TERM "$app"  # the window closes as on a logout, and exits 0
if ! wait "$app"; then
  echo "drag-latency: hipscope did not close cleanly on SIGTERM; its frame log may be cut short" >&2
  exit 1
fi
app=""
python3 - "$log" "${sent[@]}" <<'PY'
import statistics, sys
frames = [line.split() for line in open(sys.argv[1])]
frames = [(float(s), float(e), float(scale), m == "1") for s, e, scale, m in frames]
lat, own = [], []
for t in map(float, sys.argv[2:]):
    first = next(((s, e) for s, e, _, moved in frames if moved and e > t), None)
    if first is None: sys.exit(f"drag-latency: no frame showed the move sent at {t:.0f}")
    lat.append((first[1] - t) / 1000)
    own.append((first[1] - first[0]) / 1000)
ms = lambda pick: statistics.median([(e - s) / 1000 for s, e, scale, moved in frames if pick(scale, moved)])
print(f"first frame of a drag: median {statistics.median(lat):.1f} ms, worst {max(lat):.1f} ms ({len(lat)} drags; "
      f"that frame itself {statistics.median(own):.1f} ms); reduced frames {ms(lambda sc, m: sc < 1):.1f} ms median, "
      f"full-size frames {ms(lambda sc, m: sc >= 1):.1f} ms")
PY
