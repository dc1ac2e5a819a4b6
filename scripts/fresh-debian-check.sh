#!/usr/bin/env bash
# The package on a fresh Debian 12: debootstrap a minimal bookworm root, install the .deb there with
# apt (which pulls every dependency the package declares, and nothing this build machine happens to
# have), launch the app from its menu entry (gtk-launch, as a desktop's menu does) under Xvfb, and
# render a German frame and a Spanish handout from an unrelated folder. Needs root, debootstrap and
# network access to a Debian mirror; not part of the tests (CI has no root and no network).
#   sudo scripts/fresh-debian-check.sh build/hipscope_0.1.0_amd64.deb /tmp/fresh
set -euo pipefail
deb=$(realpath "${1:?the .deb (cd build && cpack -G DEB)}")
root=${2:-/tmp/hipscope-fresh}
out="$root.out"
mkdir -p "$out"
[ -d "$root/usr" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
# Unmount what this run mounted (a failure before the mounts leaves none); a mount that will not go
# is said, since it would keep the host's /proc, /dev or /sys inside the root.
cleanup() {
  local m
  for m in proc dev sys; do
    if mountpoint -q "$root/$m" && ! umount "$root/$m"; then echo "fresh-debian-check: $root/$m is still mounted" >&2; fi
  done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /sys "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/root/"
chroot "$root" /bin/bash -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
  /root/$(basename "$deb") xvfb x11-apps libgtk-3-bin xdotool"
# Inside the root only: its own Xvfb and the app, stopped by their process ids (never by name, which
# would reach the host's processes through the shared /proc).
chroot "$root" /bin/bash -c '
  set -e
  export HOME=/root XDG_RUNTIME_DIR=/tmp/rt DISPLAY=:91
  mkdir -p $XDG_RUNTIME_DIR
  Xvfb :91 -screen 0 1600x1000x24 -nolisten tcp & xvfb=$!
  sleep 2
  gtk-launch org.hipscope.Hipscope
  sleep 12
  xdotool search --name Hipscope getwindowgeometry
  xwd -root -silent > /tmp/menu.xwd
  app=$(xdotool search --name Hipscope getwindowpid)
  kill "$app"; kill "$xvfb"
  cd / && hipscope --output /tmp/de.png --size 640x360 --set scenario=piriformis --set ui.language=de
  hipscope --handout /tmp/es.pdf --set scenario=both --set ui.language=es'
cp "$root/tmp/menu.xwd" "$root/tmp/de.png" "$root/tmp/es.pdf" "$out/"
echo "fresh-debian-check: launched from the menu; pictures and the handout in $out"
