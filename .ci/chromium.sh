#!/usr/bin/env bash
# Installs Debian's Chromium for the web view's browser test (tests/Vigil.Tests/Web/BrowserTests.cs),
# which drives /usr/bin/chromium headless over the DevTools protocol. Meant to be sourced by .ci/run.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version
