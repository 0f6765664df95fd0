#!/usr/bin/env bash
# What the tests need from Debian beyond Java, Node and PostgreSQL, installed when this user can
# (root with apt-get); otherwise it says in one line what to install:
# - Chromium, which the browser tests drive (no browser downloads here);
# - the Noto CJK fonts, so that screenshots of the zh-CN pages show what users see, not boxes;
# - nginx, which ProxyErrorsTest runs in front of the app with docker/nginx.conf.
set -euo pipefail
chromium=${CHROME_PATH:-/usr/bin/chromium}
can_install() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; }
has_chinese_font() { command -v fc-list >/dev/null && fc-list :lang=zh family 2>/dev/null | grep -qi 'Noto Sans CJK'; }

packages=()
[ -x "$chromium" ] || packages+=(chromium)
has_chinese_font || packages+=(fonts-noto-cjk)
has_nginx() { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; }
has_nginx || packages+=(nginx)
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
if can_install; then
  echo "Installing for the tests: ${packages[*]} (apt-get)..."
  # another build on the machine may be installing too: wait for its lock rather than fail
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${packages[@]}" >/dev/null
  has_chinese_font || echo "Note: fonts-noto-cjk installed but fontconfig finds no Noto Sans CJK (run fc-cache -f)." >&2
  exit 0
fi
if ! has_nginx; then
  echo "The proxy test needs nginx: install it (Debian: sudo apt-get install nginx)." >&2
  exit 1
fi
if [ ! -x "$chromium" ]; then
  echo "Browser tests need Chromium at $chromium: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
  exit 1
fi
echo "Note: no Chinese font found; screenshots will show boxes for Chinese text (Debian: sudo apt-get install fonts-noto-cjk)." >&2
