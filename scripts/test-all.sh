#!/usr/bin/env bash
# `npm test`: the whole suite — unit, integration (real PostgreSQL, real
# Socket.IO) and end-to-end (Debian's Chromium against the built custom server).
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

node scripts/ensure-chromium.mjs || exit 1
node scripts/build-if-needed.mjs || exit 1

mkdir -p tests/.results
rm -f tests/.results/vitest.json tests/.results/playwright.json
status=0
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json=tests/.results/vitest.json || status=1
node node_modules/@playwright/test/cli.js test || status=1
node scripts/test-summary.mjs || status=1
exit $status
