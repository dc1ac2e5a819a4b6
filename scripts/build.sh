#!/usr/bin/env bash
# Configures and builds Hipscope (Release) into build/ (or $HIPSCOPE_BUILD_DIR). The binary lands at build/hipscope.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${HIPSCOPE_BUILD_DIR:-build}"
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="${HIPSCOPE_BUILD_TYPE:-Release}" ${HIPSCOPE_CMAKE_ARGS:-} >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
