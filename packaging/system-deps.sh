#!/usr/bin/env bash
# Installs the Debian packages the test suite uses, if they are missing: the `age` CLI (backup
# interop tests) and Xvfb (screenshots). Without root it only tells what is missing; tests that
# need a tool skip with a reason rather than fail.
set -u
need=()
command -v age >/dev/null 2>&1 || need+=(age)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing: ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "missing (install with your package manager): ${need[*]}" >&2
fi
exit 0
