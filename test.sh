#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (starting Xvfb when there is no display).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
"$here/scripts/deps.sh" test
"$here/scripts/build.sh"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  xvfb_pid=$!
  read -r -t 20 num <"$fifo" || { echo "test.sh: Xvfb did not start" >&2; exit 1; }
  rm -f "$fifo"
  export DISPLAY=":$num"
fi
cd "${HIPSCOPE_BUILD_DIR:-build}"
# The window remembers preferences under $XDG_CONFIG_HOME: give the tests a fresh, empty one.
export XDG_CONFIG_HOME="$PWD/test-config"
rm -rf "$XDG_CONFIG_HOME"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
# The anatomy fidelity tests compare with ../shared/reference, which is never committed; without it
# they skip. Say so loudly rather than let a green run hide it.
if [ ! -d "$here/../shared/reference/opensim" ]; then
  echo "test.sh: WARNING: ../shared/reference/opensim is missing, so the anatomy fidelity tests were skipped" >&2
fi
