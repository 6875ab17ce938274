#!/usr/bin/env bash
# Rebuilds theme/assets/search/stemmers.js from the pinned nlp.js packages. Run it when the versions in package.json
# change; the parity tests (tests/Portal.Tests/Search) then check it against the analysis the index is built with.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent --no-save >/dev/null
node build.mjs ../../theme/assets/search/stemmers.js
