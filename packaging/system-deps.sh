#!/usr/bin/env bash
# Installs the Debian packages the test suite and the app need when missing: the `age` CLI
# (backup interop tests), Xvfb and ImageMagick (screenshots), appstream and desktop-file-utils
# (AppStream and .desktop validation in tests/integration/test_packaging.py), and the X11/xcb
# libraries Qt's xcb platform plugin loads. Without root it only tells what is
# missing; tests that need a tool skip with a reason (and fail in CI, where CI=true).
set -u
need=()
command -v age >/dev/null 2>&1 || need+=(age)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v import >/dev/null 2>&1 || need+=(imagemagick)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
for lib in libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
           libxkbcommon-x11-0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "missing (install with your package manager): ${need[*]}" >&2
fi
exit 0
