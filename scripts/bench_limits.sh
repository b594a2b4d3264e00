#!/usr/bin/env bash
# The inputs at the 2 MiB import limit that once took quadratic time (tests/cli/limit_inputs.py),
# timed natively (what the CLI does) and as WebAssembly under Node (what the app does, and the
# app's core built as the site builds it). Best of three, wall and CPU time; it asserts nothing.
# Targets (issue 14): under 1 s natively, under 3 s in the app.
# Usage: scripts/bench_limits.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
IN=build/bench/limits
python3 tests/cli/limit_inputs.py "$IN"
[ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
[ -f build/web/CMakeCache.txt ] || cmake --preset web >/dev/null
cmake --build --preset native --target bench_limits >/dev/null
cmake --build --preset web --target bench_limits >/dev/null
echo "== native"
build/native/bench_limits "$IN"
echo "== WebAssembly under Node"
node --no-experimental-fetch build/web/bench_limits.js "$IN"
