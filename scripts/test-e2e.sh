#!/usr/bin/env bash
# Builds the playground (scripts/serve.sh --build-only), runs the site's unit tests, installs
# Debian's Chromium and the e2e packages when missing, and runs the Playwright specs in e2e/.
# Safe to run twice.
# Usage: scripts/test-e2e.sh [playwright test arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

bash scripts/serve.sh --build-only
(cd web && node --test test/)

[ -x /usr/bin/chromium ] || ensure_apt_packages chromium
ensure_apt_packages fonts-dejavu-core

stamp=e2e/node_modules/.installed-lock
if ! { [ -f "$stamp" ] && cmp -s e2e/package-lock.json "$stamp"; }; then
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp e2e/package-lock.json "$stamp"
fi

cd e2e
npx playwright test "$@"
