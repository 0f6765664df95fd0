#!/usr/bin/env bash
# The browser tests drive Debian's Chromium with playwright-core (no browser downloads here).
# Installs it when this user can (root with apt-get); otherwise says in one line what to install.
set -euo pipefail
chromium=${CHROME_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $chromium: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
