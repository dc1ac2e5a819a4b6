#!/usr/bin/env bash
# Files the user names but may not read: a model of every format, a storyboard, a mapping file and a
# logo. Each gives one line naming the file and "permission denied", exit code 2, and no output.
# Root reads everything, so as root (CI) the app runs as nobody (setpriv) from a copy of the build
# in a folder nobody can reach, with files made unreadable by their mode.
# Usage: unreadable.sh HIPSCOPE IMPORT_WORKER ASSET_DIR TEST_DATA
set -euo pipefail
hipscope=$1 worker=$2 assets=$3 data=$4
tmp=$(mktemp -d /tmp/hipscope-unreadable.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
cp "$hipscope" "$worker" "$tmp/"
cp -r "$assets" "$tmp/assets"
files=$tmp/files
mkdir "$files"
chmod 777 "$files"  # outputs would go here
for ext in obj glb fbx stl ply dae; do printf 'not read\n' > "$files/secret.$ext"; done
cp "$data/storyboards/short.json" "$files/secret.json"
cp "$data/mapped/atlas.obj" "$files/atlas.obj"
cp "$data/mapped/atlas.mapping.json" "$files/secret.mapping.json"
cp "$data/logo.png" "$files/secret.png"
chmod 000 "$files"/secret.*
chmod 644 "$files/atlas.obj"

as_user() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups -- env HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" "$@"
  else
    env HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" "$@"
  fi
}

failures=0
expect() {  # expect REGEX ARGS...: exit code 2, one line matching REGEX, nothing written
  local regex=$1
  shift
  local code=0 out
  out=$(as_user "$tmp/hipscope" "$@" 2>&1) || code=$?
  local lines
  lines=$(printf '%s\n' "$out" | grep -c . || true)
  if [ "$code" != 2 ] || ! [[ $out =~ $regex ]] || [ "$lines" != 1 ] || ls "$files"/out.* >/dev/null 2>&1; then
    echo "FAIL: hipscope $*"
    echo "  exit code $code (expected 2), output:"
    printf '    %s\n' "$out"
    ls "$files"/out.* 2>/dev/null | sed 's/^/  left behind: /' || true
    failures=$((failures + 1))
  else
    echo "ok: $out"
  fi
  rm -f "$files"/out.*
}

for ext in obj glb fbx stl ply dae; do
  expect "could not load $files/secret\\.$ext: permission denied" --model "$files/secret.$ext" --output "$files/out.png"
done
expect "could not read storyboard $files/secret\\.json: permission denied" --storyboard "$files/secret.json" --record "$files/out.mp4"
expect "secret\\.mapping\\.json: permission denied" --model "$files/atlas.obj" --set "model.mapping=$files/secret.mapping.json" --output "$files/out.png"
expect "record\\.logo: could not read $files/secret\\.png: permission denied" --set "record.logo=$files/secret.png" --output "$files/out.png"
[ "$failures" = 0 ]
