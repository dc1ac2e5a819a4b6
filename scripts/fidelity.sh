#!/usr/bin/env bash
# Measures the built-in anatomy against the reference data in ../shared/reference (issue 3) and
# prints every figure: pelvis extent, hip centres, muscle attachment distances, piriformis and
# sciatic nerve relations, psoas attachments, muscle-in-bone depth (exit code 0 only if all hold), then
# the muscle-length change with hip flexion of issue 5 (exit code 0 only if every muscle side is within 15 %).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh >/dev/null
status=0
build/tests/anatomy/hipscope_anatomy_fidelity "$@" || status=$?
echo "== muscle length change, hip flexion 0 -> 90 degrees (issue 5) =="
build/tests/anatomy/hipscope-muscle-lengths || status=$?
exit $status
