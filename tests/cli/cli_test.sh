#!/usr/bin/env bash
# The native CLI's contract: exit codes, stdout and FILE:LINE / FILE: field messages.
# Usage: tests/cli/cli_test.sh build/native/scorecard   (prints "cli: N passed, N failed")
set -u
S=${1:-build/native/scorecard}
cd "$(dirname "$0")/../.."
LEVELS=rubric/library/octopus-support   # the seven Support documents, as built in
D=tests/data
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/stdout; ERR=$TMP/stderr
passed=0; failed=0
# expect NAME EXIT-CODE STDOUT-PATTERN STDERR-PATTERN -- command...   (STDOUT-PATTERN <empty>: no output)
expect() {
  local name=$1 code=$2 out_re=$3 err_re=$4; shift 5
  "$@" >"$OUT" 2>"$ERR"; local rc=$?
  local why=""
  [ "$rc" = "$code" ] || why="exit $rc, expected $code"
  if [ "$out_re" = "<empty>" ]; then
    [ -z "$why" ] && [ -s "$OUT" ] && why="stdout is not empty: $(head -c 200 "$OUT")"
  else
    [ -z "$why" ] && [ -n "$out_re" ] && ! grep -qE -- "$out_re" "$OUT" && why="stdout lacks /$out_re/"
  fi
  [ -z "$why" ] && [ -n "$err_re" ] && ! grep -qE -- "$err_re" "$ERR" && why="stderr lacks /$err_re/: $(head -c 300 "$ERR")"
  if [ -z "$why" ]; then passed=$((passed + 1)); echo "ok    $name"
  else failed=$((failed + 1)); echo "FAIL  $name: $why"; fi
}

expect "--help lists the commands" 0 'rubric FILE' '' -- "$S" --help
expect "--version: version and build id" 0 '^scorecard [0-9]+\.[0-9]+\.[0-9]+ \(build ([0-9a-f]{12}(-modified)?|unknown)\)$' '' -- "$S" --version
expect "licenses: Scorecard's own licence and NOTICE" 0 'Copyright 2026 The Scorecard authors' '' -- "$S" licenses
expect "--licenses is the licenses command" 0 'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION' '' -- "$S" --licenses
expect "licenses takes no arguments" 1 '<empty>' 'no arguments' -- "$S" licenses extra
# Every component THIRD_PARTY.md says the CLI contains, with its version and the first copyright line of its licence text.
while IFS='|' read -r _ id name version licence shipped _ text _; do
  case $shipped in *cli*) ;; *) continue ;; esac
  id=$(echo "$id" | tr -d ' '); name=$(echo "$name" | sed 's/^ *//; s/ *$//'); version=$(echo "$version" | sed 's/^ *//; s/ *$//')
  text=$(echo "$text" | tr -d '` '); first=$(grep -m1 'Copyright' "$text" | sed 's/^ *//')
  expect "licenses names $id $version" 0 "^  $(printf '%s' "$name $version" | sed 's/[][().*+?^$|\]/\\&/g')\$" '' -- "$S" licenses
  expect "licenses carries the licence text of $id" 0 "$(printf '%s' "$first" | sed 's/[][().*+?^$|\]/\\&/g')" '' -- "$S" licenses
done < <(grep -E '^\| [a-z0-9-]+ \|' THIRD_PARTY.md | grep -v '^| id |')
expect "no arguments is a usage error" 1 '' 'Usage' -- "$S"
expect "unknown command" 1 '' 'unknown command' -- "$S" frobnicate
for f in "$LEVELS"/L*.md; do
  expect "rubric $(basename "$f")" 0 '"format": "rubric"' '' -- "$S" rubric "$f"
done
expect "rubric L5 has its four competencies" 0 'I build and protect a strong, values-aligned culture' '' -- \
  "$S" rubric "$LEVELS/L5-Senior-Support-Manager.md"
for f in "$D"/rubrics/*.md; do
  expect "rubric, other track: $(basename "$f")" 0 '"competencies"' '' -- "$S" rubric "$f"
done
"$S" rubric "$LEVELS/L4-Support-Manager.md" > "$TMP/round-trip.json"
expect "rubric JSON round trip" 0 '"title": "L4: Support Manager"' '' -- "$S" rubric "$TMP/round-trip.json"
expect "rubric JSON round trip is a fixed point" 0 '' '' -- bash -c \
  "\"$S\" rubric \"$TMP/round-trip.json\" | cmp - \"$TMP/round-trip.json\""
expect "bad rubric: no H1" 2 '' '^tests/data/rubrics/bad/no-h1.md(:[0-9]+)?: .*title' -- "$S" rubric "$D/rubrics/bad/no-h1.md"
expect "bad rubric: no competency" 2 '' 'no-competency.md(:[0-9]+)?: no competency' -- "$S" rubric "$D/rubrics/bad/no-competency.md"
expect "bad rubric: competency without behaviours" 2 '' 'empty-competency.md:[0-9]+: .*no behaviours' -- "$S" rubric "$D/rubrics/bad/empty-competency.md"
expect "bad rubric: duplicate titles" 2 '' 'duplicate-titles.md:[0-9]+: .*twice' -- "$S" rubric "$D/rubrics/bad/duplicate-titles.md"
expect "bad rubric: not UTF-8" 2 '' 'not-utf8.md:[0-9]+: not UTF-8' -- "$S" rubric "$D/rubrics/bad/not-utf8.md"
expect "bad rubric: unknown JSON version" 2 '' 'unknown-version.json: version: ' -- "$S" rubric "$D/rubrics/bad/unknown-version.json"
expect "bad rubric: JSON syntax" 2 '' 'syntax-error.json:[0-9]+: not valid JSON' -- "$S" rubric "$D/rubrics/bad/syntax-error.json"
BIG=$TMP/big.md; { echo "# L1: Big"; echo "## I am big"; head -c 2200000 /dev/zero | tr '\0' 'a' | fold -w 100 | sed 's/^/- /'; } > "$BIG"
expect "bad rubric: over the size limit" 2 '' "$(basename "$BIG").*limit" -- "$S" rubric "$BIG"
expect "missing file" 2 '' 'nope.md' -- "$S" rubric nope.md
expect "validate four good scorecards" 0 '4 files valid' '' -- "$S" validate "$D"/scorecards/*.json
for f in "$D"/scorecards/bad/*.json; do
  case $(basename "$f") in
    draft.*) expect "validate: a draft is valid with a warning" 0 '' 'draft' -- "$S" validate "$f" ;;
    other-candidate.*|other-rubric.*|duplicate-*) ;;  # valid alone; problems only within a set (below)
    *) expect "validate: $(basename "$f")" 2 '' "^$f(:[0-9]+)?: " -- "$S" validate "$f" ;;
  esac
done
expect "validate names the field" 2 '' 'score-5.scorecard.json: competencies\[1\]\.score: ' -- "$S" validate "$D/scorecards/bad/score-5.scorecard.json"
expect "validate: edited after submit" 2 '' 'edited after it was submitted' -- "$S" validate "$D/scorecards/bad/edited-after-submit.scorecard.json"
expect "consolidate JSON" 0 '"format": "panel"' '' -- "$S" consolidate "$D"/scorecards/*.json
expect "consolidate CSV" 0 '^competency,' '' -- "$S" consolidate "$D"/scorecards/*.json --format csv
expect "consolidate Markdown" 0 '\|' '' -- "$S" consolidate "$D"/scorecards/*.json --format md
expect "consolidate skips a bad file, keeps the good" 0 '"format": "panel"' 'score-5' -- "$S" consolidate "$D"/scorecards/*.json "$D/scorecards/bad/score-5.scorecard.json"
expect "consolidate: no valid file" 2 '' 'syntax-error' -- "$S" consolidate "$D/scorecards/bad/syntax-error.scorecard.json"
# A set the CLI cannot decide for: which side is the panel is a person's call, so exit 2 and no panel.
expect "consolidate: another candidate is a conflict" 2 '<empty>' 'other-candidate.scorecard.json: candidate.name: candidate "Alex Morgan" differs' -- \
  "$S" consolidate "$D"/scorecards/*.json "$D/scorecards/bad/other-candidate.scorecard.json"
expect "consolidate: another rubric is a conflict" 2 '<empty>' 'other-rubric.scorecard.json: rubric.id: uses rubric "l4-support-manager"' -- \
  "$S" consolidate "$D"/scorecards/*.json "$D/scorecards/bad/other-rubric.scorecard.json"
expect "consolidate: a conflict says why there is no panel" 2 '<empty>' '^no panel: the files mix rubrics or candidates$' -- \
  "$S" consolidate "$D/scorecards/bad/other-rubric.scorecard.json" "$D"/scorecards/*.json
expect "consolidate: the same interviewer twice leaves the second out" 0 '"format": "panel"' 'duplicate-interviewer.scorecard.json: interviewer.name: "Priya Shah" already has a scorecard' -- \
  "$S" consolidate "$D"/scorecards/*.json "$D/scorecards/bad/duplicate-interviewer.scorecard.json"
expect "consolidate: unknown format" 1 '' 'format' -- "$S" consolidate "$D"/scorecards/*.json --format xml
# The sample files are what tools/make_fixtures writes today (run it after a format or rubric change).
MF="$(dirname "$S")/make_fixtures"
expect "make_fixtures writes exactly the committed samples and examples" 0 '' '' -- bash -c \
  "\"$MF\" \"$TMP/sc\" \"$TMP/ex\" && diff -r \"$TMP/sc\" $D/scorecards && diff -r \"$TMP/ex\" docs/examples"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
