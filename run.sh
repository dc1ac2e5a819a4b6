#!/usr/bin/env bash
# Installs what is missing, builds Release and opens Hipscope. Extra arguments go to the app.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/scripts/deps.sh" build
"$here/scripts/build.sh"
exec "$here/build/hipscope" "$@"
