#!/usr/bin/env bash
# Measures alternative release settings of the web build, one build folder each
# (build/variants/NAME), so the settings CMakeLists.txt defaults to are chosen by
# measurement: the app's download (gzip -9 and brotli of scorecard.wasm and .js) and the
# core's speed under Node (bench_core, the same cases as scripts/bench.sh).
# Usage: bench/release_variants.sh NAME [CMAKE_OPTION...]
#   e.g. bench/release_variants.sh oz-lto -DSCORECARD_WASM_OPT=-Oz -DSCORECARD_WASM_LTO=ON
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
B=build/variants/${VARIANT_DIR:-$name}  # VARIANT_DIR: reuse a folder when only link options differ
export NODE_PATH=/usr/share/nodejs
cmake -S . -B "$B" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
  -DSCORECARD_SITE_DIR="$PWD/$B/site" "$@" >/dev/null
cmake --build "$B" -j 2 --target scorecard_web bench_core >/dev/null
sizes() { local f=$1; echo "$(stat -c %s "$f") $(gzip -9 -c "$f" | wc -c) $(brotli -c -q 11 "$f" | wc -c)"; }
read -r wr wg wb < <(sizes "$B/scorecard.wasm")
read -r jr jg jb < <(sizes "$B/scorecard.js")
printf "%-16s wasm %7d raw %7d gz %7d br | js %6d raw %6d gz %6d br | %s\n" "$name" "$wr" "$wg" "$wb" "$jr" "$jg" "$jb" "$*"
node --no-experimental-fetch "$B/bench_core.js" | awk -F'\t' -v n="$name" '{printf "%-16s   %-46s %12s us\n", n, $1, $3}'
