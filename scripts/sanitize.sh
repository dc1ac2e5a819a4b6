#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in build-asan/. Any
# sanitizer finding fails the run. Takes several times as long as ./test.sh; .ci/run runs it after
# the normal suite (together well inside CI's 90 minutes on 2 cores).
# Leak checking is off: Mesa and fontconfig keep allocations until exit on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
export HIPSCOPE_BUILD_DIR=build-asan HIPSCOPE_BUILD_TYPE=RelWithDebInfo HIPSCOPE_CMAKE_ARGS="-DHIPSCOPE_SANITIZE=ON"
# allocator_may_return_null: an absurd allocation (a broken file asking for billions of vertices)
# fails as it does without ASan, so the importer reports it rather than ASan stopping the worker.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
exec ./test.sh "$@"
