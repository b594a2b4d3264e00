#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test layer:
#   guard    the repository stands alone (no path leaves it); no function over 60 lines
#   unit     doctest unit tests of the core and the headless app, native (CTest)
#   cli      the CLI's exit codes and messages (tests/cli/cli_test.sh)
#   wasm     the same unit suite compiled to WebAssembly, run under Node (CTest)
#   browser  browser tests in headless Chromium through playwright-core
# Ends with one line "N passed, N failed" over all layers; exits non-zero on any failure.
# Usage: scripts/test.sh [LAYER...]    (default: all; e.g. `scripts/test.sh unit cli`)
#        SCORECARD_BROWSER_FILTER=panel scripts/test.sh browser   (browser tests by name)
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there
LOG=build/test-logs
mkdir -p "$LOG"
LAYERS=("$@")
[ ${#LAYERS[@]} -eq 0 ] && LAYERS=(guard unit cli wasm browser)
wants() { local l; for l in "${LAYERS[@]}"; do [ "$l" = "$1" ] && return 0; done; return 1; }
for l in "${LAYERS[@]}"; do
  case $l in guard|unit|cli|wasm|browser) ;; *) echo "test.sh: unknown layer '$l' (guard unit cli wasm browser)" >&2; exit 1 ;; esac
done
passed=0
failed=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); }
stage() { echo; echo "== $*"; }

# doctest prints "[doctest] test cases: 62 | 62 passed | 0 failed | 0 skipped".
count_doctest() {
  local file=$1 p f
  p=$(grep -E '\[doctest\] test cases:' "$file" | tail -1 | sed -E 's/.*\| *([0-9]+) passed.*/\1/')
  f=$(grep -E '\[doctest\] test cases:' "$file" | tail -1 | sed -E 's/.*\| *([0-9]+) failed.*/\1/')
  echo "${p:-0} ${f:-1}"
}
# A script layer prints "NAME: N passed, N failed" as its last summary line.
count_summary() {
  local name=$1 file=$2 rc=$3 line p f
  line=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed" "$file" | tail -1)
  p=$(echo "$line" | sed -E "s/$name: ([0-9]+) passed.*/\1/"); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
  [ -z "$line" ] && { p=0; f=1; }
  [ "$rc" -ne 0 ] && [ "${f:-0}" = 0 ] && f=1
  echo "${p:-0} ${f:-1}"
}
# CTest runs the doctest suite (counted case by case), the layering probes and the licence
# check (scripts/check_notices.py; one each).
run_ctest() {  # preset log
  ctest --preset "$1" > "$LOG/$2" 2>&1; local rc=$?
  grep -E '\[doctest\] (test cases|assertions)|\*\*\*Failed|FAILED|ERROR' "$LOG/$2" | head -40
  local p f lp lf
  read -r p f < <(count_doctest "$LOG/$2")
  lp=$(grep -E 'Test +#[0-9]+: (layering|notices)_.* Passed' "$LOG/$2" | wc -l)
  lf=$(grep -E 'Test +#[0-9]+: (layering|notices)_.*(Failed|Not Run|Timeout)' "$LOG/$2" | wc -l)
  grep -E '^[0-9]+: notices: ' "$LOG/$2" | sed -E 's/^[0-9]+: //' | tail -8
  echo "layering and notices: $lp passed, $lf failed"
  [ $rc -ne 0 ] && [ "$f" = 0 ] && [ "$lf" = 0 ] && f=1
  add $((p + lp)) $((f + lf))
}
build() {  # preset
  [ -f "build/$1/CMakeCache.txt" ] || cmake --preset "$1" >/dev/null || return 1
  cmake --build --preset "$1" 2>&1 | tail -n 3; return "${PIPESTATUS[0]}"
}

if wants guard; then
  stage "0. repository guards"
  bash tests/guard/check_paths_test.sh > "$LOG/guard.log" 2>&1; rc=$?
  python3 scripts/check_paths.py >> "$LOG/guard.log" 2>&1 || rc=1
  grep -vE '^ok ' "$LOG/guard.log" | tail -20
  read -r p f < <(count_summary guard "$LOG/guard.log" $rc); add "$p" "$f"
  # No function over 60 lines in the project's own code (universal-ctags measures).
  python3 scripts/function_lengths.py > "$LOG/function-lengths.log" 2>&1; rc=$?
  tail -3 "$LOG/function-lengths.log"
  if [ $rc -eq 0 ]; then add 1 0; else add 0 1; fi
fi

if wants unit || wants cli; then
  stage "native build"
  if ! build native; then
    echo "native build failed"; add 0 1
  else
    if wants unit; then stage "1. unit tests, native"; run_ctest native native.log; fi
    if wants cli; then
      stage "3. CLI"
      bash tests/cli/cli_test.sh build/native/scorecard > "$LOG/cli.log" 2>&1; rc=$?
      grep -vE '^ok ' "$LOG/cli.log" | tail -20
      read -r p f < <(count_summary cli "$LOG/cli.log" $rc); add "$p" "$f"
    fi
  fi
fi

if wants wasm || wants browser; then
  stage "web build"
  if ! build web; then
    echo "web build failed"; add 0 1
  else
    if wants wasm; then stage "2. unit tests, WebAssembly under Node"; run_ctest web wasm.log; fi
    if wants browser; then
      stage "4. browser tests"
      node tests/browser/run.mjs "${SCORECARD_BROWSER_FILTER:-}" > "$LOG/browser.log" 2>&1; rc=$?
      tail -n 60 "$LOG/browser.log"
      read -r p f < <(count_summary browser "$LOG/browser.log" $rc); add "$p" "$f"
    fi
  fi
fi

echo
echo "Logs in $LOG; screenshots in build/browser-shots"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
