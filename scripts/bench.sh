#!/usr/bin/env bash
# The benchmark command: builds the release site and the reference (Dear ImGui 1.90.1's
# GLFW + OpenGL3 example with its demo window, from the same fetched sources, the same
# Emscripten, -Os, its own Makefile.emscripten's settings) and measures both side by side
# in one run. Never part of scripts/test.sh; it measures and asserts nothing.
#   1. transfer size per file and in all: raw, gzip -9, brotli (and what the first frame needs)
#   2. headless Chromium: first frame and first usable frame (median of N cold loads), frames
#      in 3 idle seconds, CPU per frame typing and scrolling, peak WASM memory
#   3. the core natively and as WASM under Node, same source and inputs: MB/s and the ratio
# Usage: scripts/bench.sh [LOADS]      (LOADS cold loads per site, default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
LOADS=${1:-7}
scripts/setup.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
OUT=build/bench
mkdir -p "$OUT"

echo "== building the release site, the core benchmark (native and WASM) and the reference"
[ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
[ -f build/web/CMakeCache.txt ] || cmake --preset web >/dev/null
cmake --build --preset native --target bench_core >/dev/null
cmake --build --preset web --target bench_core site >/dev/null

# The reference, rebuilt in every run from build/deps/imgui exactly as its Makefile.emscripten
# builds it (linked to .js with a minimal page: Debian's emcc crashes linking to .html).
I=build/deps/imgui
R=$OUT/reference
rm -rf "$R"; mkdir -p "$R/obj" "$R/site"
REF_CXX=(-Os -Wall -Wformat -sDISABLE_EXCEPTION_CATCHING=1 -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$I" -I"$I/backends"
         -Ibench/reference/include)
REF_LD=(-Os -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sWASM=1 -sALLOW_MEMORY_GROWTH=1 -sNO_EXIT_RUNTIME=0
        -sNO_FILESYSTEM=1 -sDISABLE_EXCEPTION_CATCHING=1)
export REF_OBJ=$R/obj REF_FLAGS="${REF_CXX[*]}"
printf '%s\n' "$I/imgui.cpp" "$I/imgui_demo.cpp" "$I/imgui_draw.cpp" "$I/imgui_tables.cpp" "$I/imgui_widgets.cpp" \
  "$I/backends/imgui_impl_glfw.cpp" "$I/backends/imgui_impl_opengl3.cpp" "$I/examples/example_glfw_opengl3/main.cpp" |
  xargs -P 2 -I{} sh -c 'em++ $REF_FLAGS -c "{}" -o "$REF_OBJ/$(basename "{}" .cpp).o"'
em++ "$R"/obj/*.o "${REF_LD[@]}" -o "$R/site/reference.js"
cp bench/reference/index.html "$R/site/"

echo
echo "== headless Chromium (SwiftShader: software GL, so frame costs are upper bounds)"
node bench/bench_browser.mjs build/site "$R/site" "$LOADS" > "$OUT/browser.tsv"
awk -F'\t' '$1 !~ /^requested/ {printf "%-62s %-32s %s\n", $1, $2, $3}' "$OUT/browser.tsv" |
  sed '1i\
                                                               Scorecard                        reference'

# size DIR FILE...: "raw gzip brotli" summed over the files.
size_of() {
  local dir=$1 raw=0 gz=0 br=0 f; shift
  for f in "$@"; do
    [ -f "$dir/$f" ] || continue
    raw=$((raw + $(stat -c %s "$dir/$f")))
    gz=$((gz + $(gzip -9 -c "$dir/$f" | wc -c)))
    br=$((br + $(brotli -c -q 11 "$dir/$f" | wc -c)))
  done
  echo "$raw $gz $br"
}
kb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
files_in() { (cd "$1" && find . -type f | sed 's|^\./||' | sort); }

echo
echo "== transfer size, KB: raw / gzip -9 / brotli -q 11"
for site in build/site "$R/site"; do
  echo "-- $site"
  while read -r f; do
    read -r raw gz br < <(size_of "$site" "$f")
    printf "  %-34s %9s %9s %9s\n" "$f" "$(kb "$raw")" "$(kb "$gz")" "$(kb "$br")"
  done < <(files_in "$site")
done
# shellcheck disable=SC2046  # file lists are words
read -r sr sg sb < <(size_of build/site $(files_in build/site))
# shellcheck disable=SC2046
read -r rr rg rb < <(size_of "$R/site" $(files_in "$R/site"))
first_sc=$(awk -F'\t' '$1 ~ /^requested/ {print $2}' "$OUT/browser.tsv")
first_ref=$(awk -F'\t' '$1 ~ /^requested/ {print $3}' "$OUT/browser.tsv")
# shellcheck disable=SC2086
read -r fr fg fb < <(size_of build/site $first_sc)
# shellcheck disable=SC2086
read -r qr qg qb < <(size_of "$R/site" $first_ref)
printf "\n  %-44s %12s %12s %8s\n" "" "Scorecard" "reference" "ratio"
printf "  %-44s %12s %12s %8s\n" "all files, gzip -9 (what offline use caches)" "$(kb "$sg")" "$(kb "$rg")" "$(ratio "$sg" "$rg")"
printf "  %-44s %12s %12s %8s\n" "all files, brotli" "$(kb "$sb")" "$(kb "$rb")" "$(ratio "$sb" "$rb")"
printf "  %-44s %12s %12s %8s\n" "all files, raw" "$(kb "$sr")" "$(kb "$rr")" "$(ratio "$sr" "$rr")"
printf "  %-44s %12s %12s %8s\n" "before the first frame, gzip -9" "$(kb "$fg")" "$(kb "$qg")" "$(ratio "$fg" "$qg")"
printf "  %-44s %12s %12s %8s\n" "before the first frame, brotli" "$(kb "$fb")" "$(kb "$qb")" "$(ratio "$fb" "$qb")"
echo "  (before the first frame: $first_sc)"

echo
echo "== core: native vs WASM under Node, same source and inputs (best round)"
build/native/bench_core > "$OUT/core-native.tsv"
node --no-experimental-fetch build/web/bench_core.js > "$OUT/core-wasm.tsv"
printf "  %-46s %10s %10s %10s %10s %8s %9s\n" "case" "native ms" "wasm ms" "native MB/s" "wasm MB/s" "ratio" "wasm/nat."
paste "$OUT/core-native.tsv" "$OUT/core-wasm.tsv" | awk -F'\t' '
  $1 == "peak memory" { printf "  %-46s %10.1f %10.1f   (MB: native max RSS, WASM memory)\n", $1, $2 / 1048576, $5 / 1048576; next }
  { n = $3 / 1000; w = $6 / 1000
    nm = $2 > 0 ? sprintf("%.1f", $2 / $3) : "-"; wm = $2 > 0 ? sprintf("%.1f", $5 / $6) : "-"
    printf "  %-46s %10.2f %10.2f %10s %10s %7.2fx %8.0f%%\n", $1, n, w, nm, wm, w / n, 100 * n / w }'
