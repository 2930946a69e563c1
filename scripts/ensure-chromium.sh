#!/usr/bin/env bash
# Installs Debian's Chromium when /usr/bin/chromium is missing. The browser preview's end-to-end tests,
# `npm run screenshots` and `npm start` call this; nothing ever downloads a browser build of its own.
# Needs root (or passwordless sudo) and Debian's package sources. Non-interactive.
set -euo pipefail

CHROMIUM="${XP_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    echo "ensure-chromium: $CHROMIUM is missing and we are not root; install Debian's chromium package" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing Debian's chromium package (once)..." >&2
export DEBIAN_FRONTEND=noninteractive
# Serialise concurrent callers (several test processes may start at once).
exec 9>/tmp/xiangpin-ensure-chromium.lock
if command -v flock >/dev/null 2>&1; then flock 9; fi
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo installed)" >&2
