#!/usr/bin/env bash
# Installs Debian's Chromium (and the CJK and emoji fonts the pages need) when missing. The browser
# preview's end-to-end tests and `npm run screenshots` call this; nothing ever downloads a browser
# build of its own. Needs root (or passwordless sudo) and Debian's package sources. Non-interactive.
set -euo pipefail

CHROMIUM="${XP_CHROMIUM:-/usr/bin/chromium}"
PACKAGES=(chromium fonts-noto-cjk fonts-noto-color-emoji)

missing() {
  local out=()
  [ -x "$CHROMIUM" ] || out+=(chromium)
  for p in "${PACKAGES[@]:1}"; do
    dpkg -s "$p" >/dev/null 2>&1 || out+=("$p")
  done
  echo "${out[@]:-}"
}

need="$(missing)"
if [ -z "$need" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    echo "ensure-chromium: missing $need and not root; install these Debian packages: $need" >&2
    exit 1
  fi
fi

# Serialise concurrent callers (several test processes may start at once).
exec 9>/tmp/xiangpin-ensure-chromium.lock
if command -v flock >/dev/null 2>&1; then flock 9; fi
need="$(missing)"
if [ -z "$need" ]; then
  exit 0
fi

echo "ensure-chromium: installing Debian packages: $need" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >&2
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium installed)" >&2
