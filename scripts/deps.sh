#!/usr/bin/env bash
# Installs the Debian 12 packages Hipscope needs (only the missing ones). Usage: scripts/deps.sh [build|test]
set -euo pipefail
mode=${1:-build}
pkgs=(build-essential cmake pkg-config
      libglfw3-dev libglm-dev libassimp-dev libepoxy-dev libimgui-dev libstb-dev
      nlohmann-json3-dev libtomlplusplus-dev libcli11-dev libegl-dev libegl-mesa0 libgl1-mesa-dri
      libavcodec-dev libavformat-dev libswscale-dev libavutil-dev libportal-dev
      fonts-dejavu-core gettext)  # gettext: msgfmt and xgettext for po/
if [ "$mode" = test ]; then
  pkgs+=(libgtest-dev xvfb xauth ffmpeg util-linux clang-format)  # util-linux: setpriv, to test unreadable files as root
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "hipscope: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
