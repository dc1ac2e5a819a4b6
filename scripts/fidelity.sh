#!/usr/bin/env bash
# Measures the built-in anatomy against the reference data in ../shared/reference (issue 3) and
# prints every figure: pelvis extent, hip centres, muscle attachment distances, piriformis and
# sciatic nerve relations, psoas attachments, muscle-in-bone depth (exit code 0 only if all hold), then
# the muscle-length change with hip and knee flexion of issue 12 (exit code 0 only if every muscle side
# changes the reference's way, within 20 % of its change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh >/dev/null
status=0
build/tests/anatomy/hipscope_anatomy_fidelity "$@" || status=$?
build/tests/anatomy/hipscope-muscle-lengths || status=$?
exit $status
