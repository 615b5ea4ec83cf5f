#!/usr/bin/env bash
# The whole test suite (README "Quick start" line 2, and what CI runs): typecheck, lint,
# unit and integration tests, a production build, and the Playwright e2e suite in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

scripts/ensure-chromium.sh

step() { printf '\n== %s\n' "$1"; }
step "typecheck (tsc)";            npx tsc --noEmit
step "lint (eslint)";              npx eslint . --max-warnings=0
step "unit and integration (vitest)"; npx vitest run
step "production build (next build)"; npx next build
step "end-to-end (playwright, Chromium)"; npx playwright test
