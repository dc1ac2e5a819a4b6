#!/usr/bin/env bash
# Measures the built-in anatomy against the reference data in ../shared/reference (issue 3) and
# prints every figure: pelvis extent, hip centres, muscle attachment distances, piriformis and
# sciatic nerve relations, psoas attachments, muscle-in-bone depth. Exit code 0 only if all hold.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh >/dev/null
exec build/tests/anatomy/hipscope_anatomy_fidelity "$@"
