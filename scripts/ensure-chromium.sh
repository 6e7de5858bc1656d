#!/usr/bin/env bash
# Run before the tests (npm's "pretest"): the browser test (__tests__/browser) opens the html report in
# the system Chromium, or in $CHROMIUM_PATH. On a machine without it, install Debian's chromium (and
# fonts-nanum, so screenshots show Hangul, not boxes) when running as root with apt-get; otherwise say
# what to install and fail, so the browser test is never skipped silently.
set -uo pipefail
need=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "translint tests: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
else
  command -v chromium >/dev/null || need+=(chromium)
fi
[ -d /usr/share/fonts/truetype/nanum ] || need+=(fonts-nanum)
[ "${#need[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "translint tests: installing ${need[*]} (apt-get) for the browser test" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } && exit 0
fi
if [[ " ${need[*]} " == *" chromium "* ]]; then
  echo "translint tests: Chromium is missing; install it (Debian: sudo apt-get install chromium fonts-nanum) or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "translint tests: fonts-nanum is missing; screenshots will show Hangul as boxes" >&2
