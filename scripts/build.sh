#!/usr/bin/env bash
# Configures and builds Hipscope (Release) into build/. The binary lands at build/hipscope.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${HIPSCOPE_BUILD_TYPE:-Release}" ${HIPSCOPE_CMAKE_ARGS:-} >/dev/null
cmake --build build --parallel "$(nproc)"
