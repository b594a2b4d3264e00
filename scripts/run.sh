#!/usr/bin/env bash
# Installs what is missing, builds the web app into build/site and serves it on
# http://127.0.0.1:8080 (override with PORT=9000 scripts/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there
[ -f build/web/CMakeCache.txt ] || cmake --preset web >/dev/null
cmake --build --preset web --target site
exec node scripts/serve.mjs --dir build/site --port "${PORT:-8080}"
