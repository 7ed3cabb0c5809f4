#!/usr/bin/env bash
# Install Debian's chromium when it is missing: the gateway's /docs page is checked in a real
# headless browser. Idempotent; used by `make test` (the `services` target) and so by CI.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0

install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium \
    >/dev/null
}

echo "ensure_chromium: installing chromium"
# A fresh machine may carry stale or no package lists: refresh them only when the install fails.
if ! install 2>/dev/null; then
  apt-get update -qq >/dev/null
  install
fi
test -x /usr/bin/chromium
