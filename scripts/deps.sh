#!/usr/bin/env bash
# Installs the Debian 12 packages Hipscope needs (only the missing ones). Usage: scripts/deps.sh [build|test]
set -euo pipefail
mode=${1:-build}
pkgs=(build-essential cmake pkg-config
      libglfw3-dev libglm-dev libassimp-dev libepoxy-dev libimgui-dev libstb-dev zlib1g-dev
      nlohmann-json3-dev libtomlplusplus-dev libcli11-dev libegl-dev libegl-mesa0 libgl1-mesa-dri
      libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
      libportal-dev                   # Open...: the desktop portal's file chooser
      libcairo2-dev libpango1.0-dev   # the patient's handout (PDF)
      fonts-dejavu-core
      gettext                         # msgfmt and xgettext for po/
      libmeshoptimizer-dev            # the generator: simplified meshes, levels of detail
      librsvg2-bin dpkg-dev)  # the icon's PNGs (rsvg-convert); the Debian package (cpack: dpkg-shlibdeps)
if [ "$mode" = test ]; then
  pkgs+=(libgtest-dev xvfb xauth ffmpeg util-linux clang-format)  # util-linux: setpriv, to test unreadable files as root
  pkgs+=(desktop-file-utils appstream groff-base)  # the package test's validators: desktop entry, metainfo, man page
  pkgs+=(poppler-utils)  # the handout's test: pdfinfo, pdftotext, pdffonts
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
