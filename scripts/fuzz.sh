#!/usr/bin/env bash
# libFuzzer over every way untrusted bytes come in (fuzz/fuzz_*.cpp), built with
# AddressSanitizer and UndefinedBehaviorSanitizer (the sanitize preset, clang).
# Inputs go up to one byte past the 2 MiB import limit, so the size-dependent cases
# (and the refusal of what is larger) are reachable.
#
#   scripts/fuzz.sh [SECONDS]      each target for SECONDS (default 300), new inputs kept in
#                                  build/fuzz/corpus/TARGET, crashes in build/fuzz/crashes/
#   scripts/fuzz.sh --runs N       each target for exactly N inputs from a fixed seed (what the
#                                  test command runs); prints "fuzz: N passed, N failed"
#   scripts/fuzz.sh --minimize     rewrites fuzz/corpus/TARGET with the fewest inputs (from it and
#                                  build/fuzz/corpus/TARGET) that reach the code the fixtures and
#                                  the hostile corpus do not, two new edges each at least
#                                  (tools/fuzz_cover.py)
#
# Seeds: fuzz/corpus/TARGET (committed) and the fixtures and hostile corpus under tests/data.
set -uo pipefail
cd "$(dirname "$0")/.."
MODE=time; AMOUNT=${1:-300}
if [ "${1:-}" = "--runs" ]; then MODE=runs; AMOUNT=${2:?--runs needs a number}; fi
if [ "${1:-}" = "--minimize" ]; then MODE=minimize; fi
if [ ! -f build/sanitize/CMakeCache.txt ]; then cmake --preset sanitize >/dev/null || exit 1; fi
cmake --build --preset sanitize 2>&1 | grep -E "error|warning:" ; [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: sanitize build failed"; exit 1; }
LIMIT=$((2 * 1024 * 1024 + 1))
# The hostile files seed every target (each finds its own way in through them), beside
# the fixtures of its kind.
fixed_seeds() {
  case $1 in
    markdown) echo rubric/library/octopus-support tests/data/rubrics tests/data/frameworks ;;
    # rubric_json also goes through the file-type dispatch into the Markdown importer.
    rubric_json) echo tests/data/rubrics rubric/library/interview-guides rubric/library/octopus-support tests/data/frameworks ;;
    scorecard) echo tests/data/scorecards tests/data/scorecards/bad docs/examples ;;
  esac
  echo tests/data/hostile
}
seeds() { echo "fuzz/corpus/$1"; fixed_seeds "$1"; }  # the read-only seed folders of a target

# Keeps in fuzz/corpus/TARGET the fewest inputs that reach every edge the fixed seeds do
# not (tools/fuzz_cover.py over libFuzzer's merge control file).
minimize() {  # target binary
  local t=$1 bin=$2 work=build/fuzz/minimize/$1
  rm -rf "$work"; mkdir -p "$work/base"
  # The fixed seeds in one folder, given first: the control file counts them apart.
  # shellcheck disable=SC2046
  find $(fixed_seeds "$t") -maxdepth 1 -type f -exec cp --backup=numbered -t "$work/base/" {} +
  local more=(fuzz/corpus/$t); [ -d "build/fuzz/corpus/$t" ] && more+=("build/fuzz/corpus/$t")
  "$bin" -merge=1 -use_counters=0 -merge_control_file="$work/control" -max_len=$LIMIT -timeout=60 -rss_limit_mb=4096 \
    "$work/base" "${more[@]}" > "$work/merge.log" 2>&1 || return 1
  python3 tools/fuzz_cover.py "$work/control" > "$work/chosen" 2> "$work/cover.txt" || return 1
  mkdir -p "$work/keep"
  local f
  while IFS= read -r f; do cp "$f" "$work/keep/$(sha1sum "$f" | cut -c1-40)"; done < "$work/chosen"
  rm -rf "fuzz/corpus/$t"; mv "$work/keep" "fuzz/corpus/$t"
  echo "fuzz_$t: $(ls "fuzz/corpus/$t" | wc -l) files, $(du -sb "fuzz/corpus/$t" | cut -f1) bytes kept: $(cat "$work/cover.txt")"
}

passed=0; failed=0
mkdir -p build/fuzz/crashes
for bin in build/sanitize/fuzz_*; do
  t=${bin#build/sanitize/fuzz_}
  if [ $MODE = minimize ]; then
    minimize "$t" "$bin" || { failed=$((failed + 1)); echo "FAIL  minimizing fuzz_$t, see build/fuzz/minimize/$t/*.log"; }
    continue
  fi
  if [ $MODE = runs ]; then
    work=build/fuzz/run/$t; rm -rf "$work"; mkdir -p "$work"
    args=(-runs="$AMOUNT" -seed=1)
  else
    work=build/fuzz/corpus/$t; mkdir -p "$work"
    args=(-max_total_time="$AMOUNT")
  fi
  start=$(date +%s)
  # shellcheck disable=SC2046
  "$bin" "${args[@]}" -max_len=$LIMIT -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="build/fuzz/crashes/$t-" "$work" $(seeds "$t") > "build/fuzz/$t.log" 2>&1
  rc=$?
  inputs=$(grep -E '^stat::number_of_executed_units' "build/fuzz/$t.log" | awk '{print $2}')
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1)); echo "ok    fuzz_$t: ${inputs:-?} inputs in $(( $(date +%s) - start )) s, no crash, hang or broken property"
  else
    failed=$((failed + 1)); echo "FAIL  fuzz_$t (exit $rc), see build/fuzz/$t.log:"
    grep -E 'ERROR|property broken|SUMMARY|Test unit written' "build/fuzz/$t.log" | head -5 | sed 's/^/      /'
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
