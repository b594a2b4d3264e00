#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test layer:
#   1. doctest unit tests of the core, native (CTest)
#   2. the same suite compiled to WebAssembly, run under Node (CTest)
#   3. the CLI's exit codes and messages (tests/cli/cli_test.sh)
#   4. browser tests in headless Chromium through playwright-core
# Ends with one line "N passed, N failed" over all layers; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there
LOG=build/test-logs
mkdir -p "$LOG"
passed=0
failed=0
# doctest prints "[doctest] test cases: 62 | 62 passed | 0 failed | 0 skipped".
count_doctest() {
  local file=$1 p f
  p=$(grep -E '\[doctest\] test cases:' "$file" | tail -1 | sed -E 's/.*\| *([0-9]+) passed.*/\1/')
  f=$(grep -E '\[doctest\] test cases:' "$file" | tail -1 | sed -E 's/.*\| *([0-9]+) failed.*/\1/')
  echo "${p:-0} ${f:-1}"
}
add() { passed=$((passed + $1)); failed=$((failed + $2)); }
stage() { echo; echo "== $*"; }

stage "native build"
[ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null || exit 1
if cmake --build --preset native 2>&1 | tail -n 3; [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "native build failed"; add 0 1
else
  stage "1. unit tests, native"
  ctest --preset native > "$LOG/native.log" 2>&1; rc=$?
  grep -E '\[doctest\] (test cases|assertions)|Failed|FAILED|ERROR' "$LOG/native.log" | head -40
  read -r p f < <(count_doctest "$LOG/native.log"); [ $rc -ne 0 ] && [ "$f" = 0 ] && f=1
  add "$p" "$f"
  stage "3. CLI"
  bash tests/cli/cli_test.sh build/native/scorecard > "$LOG/cli.log" 2>&1; rc=$?
  grep -vE '^ok ' "$LOG/cli.log" | tail -20
  line=$(grep -E '^cli: [0-9]+ passed, [0-9]+ failed' "$LOG/cli.log" | tail -1)
  p=$(echo "$line" | sed -E 's/cli: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
  [ -z "$line" ] && { p=0; f=1; }
  add "${p:-0}" "${f:-1}"
fi

stage "web build"
[ -f build/web/CMakeCache.txt ] || cmake --preset web >/dev/null || exit 1
if cmake --build --preset web 2>&1 | tail -n 3; [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "web build failed"; add 0 1
else
  stage "2. unit tests, WebAssembly under Node"
  ctest --preset web > "$LOG/wasm.log" 2>&1; rc=$?
  grep -E '\[doctest\] (test cases|assertions)|Failed|FAILED|ERROR' "$LOG/wasm.log" | head -40
  read -r p f < <(count_doctest "$LOG/wasm.log"); [ $rc -ne 0 ] && [ "$f" = 0 ] && f=1
  add "$p" "$f"
  stage "4. browser tests"
  node tests/browser/run.mjs > "$LOG/browser.log" 2>&1; rc=$?
  cat "$LOG/browser.log" | tail -n 60
  line=$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed' "$LOG/browser.log" | tail -1)
  p=$(echo "$line" | sed -E 's/browser: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
  [ -z "$line" ] && { p=0; f=1; }
  [ $rc -ne 0 ] && [ "${f:-0}" = 0 ] && f=1
  add "${p:-0}" "${f:-1}"
fi

echo
echo "Logs in $LOG; screenshots in build/browser-shots"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
