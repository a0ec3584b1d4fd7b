#!/usr/bin/env bash
# Makes sure a Chromium for the e2e tests is present; never downloads a browser build of its own.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  echo "ensure-chromium: installing Debian's chromium package" >&2
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  exit 0
fi
echo "ensure-chromium: no Chromium found. Install Debian's 'chromium' package (sudo apt-get install -y chromium)" >&2
echo "ensure-chromium: or set CHROMIUM_PATH to a Chromium executable." >&2
exit 1
