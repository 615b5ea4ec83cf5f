#!/usr/bin/env bash
# Debian's Chromium at /usr/bin/chromium, installed with apt when missing: the e2e suite (npm test)
# and the benchmark's Lighthouse runs drive it (`npx playwright install` cannot work offline).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "[chromium] /usr/bin/chromium is missing: installing Debian's chromium with apt (about 40 s)."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
