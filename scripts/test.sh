#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test layer:
#   guard    the repository stands alone (no path leaves it); no function over 60 lines
#   unit     doctest unit tests of the core and the headless app, native (CTest)
#   cli      the CLI's exit codes and messages (tests/cli/cli_test.sh)
#   wasm     the same unit suite compiled to WebAssembly, run under Node (CTest)
#   browser  browser tests in headless Chromium through playwright-core
#   sanitize the unit tests and the hostile corpus under AddressSanitizer and UndefinedBehaviorSanitizer,
#            and every libFuzzer target for a fixed number of inputs (clang; scripts/fuzz.sh runs longer)
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
[ ${#LAYERS[@]} -eq 0 ] && LAYERS=(guard unit cli wasm browser sanitize)
wants() { local l; for l in "${LAYERS[@]}"; do [ "$l" = "$1" ] && return 0; done; return 1; }
for l in "${LAYERS[@]}"; do
  case $l in guard|unit|cli|wasm|browser|sanitize) ;; *) echo "test.sh: unknown layer '$l' (guard unit cli wasm browser sanitize)" >&2; exit 1 ;; esac
done
passed=0
failed=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); }
# Each stage says how long the one before it took: the whole command must stay under
# 20 minutes on a shared 2-core machine.
T0=$(date +%s); STAGE_T0=$T0; STAGE_NAME=
stage_time() { [ -n "$STAGE_NAME" ] && echo "   ($STAGE_NAME: $(( $(date +%s) - STAGE_T0 )) s)"; STAGE_NAME=$*; STAGE_T0=$(date +%s); }
stage() { stage_time "$*"; echo; echo "== $*"; }

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
run_ctest() {  # preset log [ctest args...]
  local preset=$1 log=$2; shift 2
  ctest --preset "$preset" "$@" > "$LOG/$log" 2>&1; local rc=$?
  set -- "$preset" "$log"
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
      python3 tests/cli/hostile_test.py build/native/scorecard > "$LOG/hostile.log" 2>&1; rc=$?
      grep -vE '^ok ' "$LOG/hostile.log" | tail -20
      read -r p f < <(count_summary hostile "$LOG/hostile.log" $rc); add "$p" "$f"
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

if wants sanitize; then
  stage "sanitize build (clang, ASan + UBSan + libFuzzer)"
  if ! build sanitize; then
    echo "sanitize build failed"; add 0 1
  else
    stage "5. unit tests under ASan + UBSan"; run_ctest sanitize sanitize.log -R '^unit_'
    stage "6. the hostile corpus through the CLI under ASan + UBSan"
    python3 tests/cli/hostile_test.py build/sanitize/scorecard > "$LOG/hostile-sanitize.log" 2>&1; rc=$?
    grep -vE '^ok ' "$LOG/hostile-sanitize.log" | tail -20
    read -r p f < <(count_summary hostile "$LOG/hostile-sanitize.log" $rc); add "$p" "$f"
    stage "7. fuzzing: every target, ${SCORECARD_FUZZ_RUNS:-5000} inputs from a fixed seed"
    scripts/fuzz.sh --runs "${SCORECARD_FUZZ_RUNS:-5000}" > "$LOG/fuzz.log" 2>&1; rc=$?
    cat "$LOG/fuzz.log" | grep -E '^(ok|FAIL|fuzz:|      )'
    read -r p f < <(count_summary fuzz "$LOG/fuzz.log" $rc); add "$p" "$f"
  fi
fi

stage_time
echo
echo "Logs in $LOG; screenshots in build/browser-shots; $(( $(date +%s) - T0 )) s in all"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
