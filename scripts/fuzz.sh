#!/usr/bin/env bash
# Fuzzes the storyboard parser, the option/preset assignments, mapping files and the import boundary (the model the
# import worker hands back) with libFuzzer, SECONDS each (default 60), in build-fuzz/ (clang, ASan,
# UBSan). The corpus grows in build-fuzz/corpus/ from the seeds in tests/fuzz/corpus/. A crash stops
# the run with exit 1 and leaves the input in build-fuzz/crash-<target>-*: fix it, then keep it in
# tests/fuzz/crashes/<target>/ so fuzz.replay tests it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scripts/deps.sh test
command -v clang++ >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"; DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang >/dev/null; }
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DHIPSCOPE_FUZZ=ON >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target fuzz-storyboard fuzz-options fuzz-modelwire fuzz-mapping fuzz-presets
status=0
for target in storyboard options modelwire mapping presets; do
  mkdir -p build-fuzz/corpus/$target
  cp -n tests/fuzz/corpus/$target/* build-fuzz/corpus/$target/ 2>/dev/null || true
  echo "== fuzz-$target for $seconds s =="
  if ! ASAN_OPTIONS=detect_leaks=0 build-fuzz/tests/fuzz/fuzz-$target -max_total_time="$seconds" -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crash-$target-" build-fuzz/corpus/$target 2>build-fuzz/fuzz-$target.log; then
    echo "fuzz-$target found a crash: see build-fuzz/fuzz-$target.log and build-fuzz/crash-$target-*" >&2
    status=1
  fi
  grep -E "^#[0-9]+ +DONE|Done [0-9]+ runs" build-fuzz/fuzz-$target.log | tail -1 || true
done
exit $status
