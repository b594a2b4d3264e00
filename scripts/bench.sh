#!/usr/bin/env bash
# Benchmarks, measured side by side in one run (never asserted in tests):
#   1. the site's download size, raw and gzip -9, per file
#   2. the core natively and as WASM under Node, same source, same inputs, with the ratio
#   3. the app in headless Chromium: load to first frame, cost of one frame per screen
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
cmake --preset native >/dev/null
cmake --preset web >/dev/null
cmake --build --preset native --target bench_core >/dev/null
cmake --build --preset web --target bench_core site >/dev/null

echo "== site size (build/site)"
total=0; total_gz=0
for f in build/site/scorecard.wasm build/site/scorecard.js build/site/scorecard.data build/site/index.html \
         build/site/shell.js build/site/shell.css build/site/sw.js; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); total_gz=$((total_gz + gz))
  printf "%-28s %9d bytes  %9d gzip\n" "$(basename "$f")" "$raw" "$gz"
done
printf "%-28s %9d bytes  %9d gzip\n" "total (first load)" "$total" "$total_gz"

echo
echo "== core: native vs WASM (best of 5 rounds, microseconds per operation)"
build/native/bench_core > /tmp/scorecard-bench-native.txt
node --no-experimental-fetch build/web/bench_core.js > /tmp/scorecard-bench-wasm.txt
printf "%-46s %12s %12s %8s\n" "case" "native" "wasm" "ratio"
paste -d'|' /tmp/scorecard-bench-native.txt /tmp/scorecard-bench-wasm.txt | grep ' us|' | while IFS='|' read -r a b; do
  name=$(echo "$a" | sed -E 's/ +[0-9.]+ us$//')
  n=$(echo "$a" | awk '{print $(NF-1)}'); w=$(echo "$b" | awk '{print $(NF-1)}')
  printf "%-46s %12s %12s %7.2fx\n" "$name" "$n" "$w" "$(awk -v w="$w" -v n="$n" 'BEGIN {print w / n}')"
done

echo
echo "== browser (headless Chromium, SwiftShader: software GL, so frame costs are upper bounds)"
node bench/bench_frames.mjs
