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
    other-candidate.*|other-rubric.*|duplicate-*|dated-*) ;;  # valid alone; problems only within a set (below)
    *) expect "validate: $(basename "$f")" 2 '' "^$f(:[0-9]+)?: " -- "$S" validate "$f" ;;
  esac
done
expect "validate names the field" 2 '' 'score-5.scorecard.json: competencies\[1\]\.score: ' -- "$S" validate "$D/scorecards/bad/score-5.scorecard.json"
expect "validate: edited after submit" 2 '' 'edited after it was submitted' -- "$S" validate "$D/scorecards/bad/edited-after-submit.scorecard.json"
expect "consolidate JSON" 0 '"format": "panel"' '' -- "$S" consolidate "$D"/scorecards/*.json
# Signed scorecards (docs/trust.md): fixtures signed by tools/make_fixtures with libsodium; browser-made ones by the app.
SG=$D/scorecards/signed; SB=$SG/bad; R=$SG/roster.json
expect "validate: four signed scorecards, each signed and unchanged" 0 'sam-taylor-priya-shah-2025-03-04.scorecard.json: signed, unchanged since it was submitted, by key 85c6 5220 1d3e d109$' '' -- "$S" validate "$SG"/*.scorecard.json
expect "validate: signed ones say so, four of them" 0 '' '' -- bash -c "\"$S\" validate $SG/*.scorecard.json | grep -c 'signed, unchanged' | grep -qx 4"
expect "validate --roster: whose key signed" 0 "by Elena Rossi's key in the roster \(key 4742 237c c18f fbf9\)" '' -- "$S" validate --roster "$R" "$SG"/*.scorecard.json
expect "validate: an unsigned file is valid and says 'not signed'" 0 'priya-shah-2025-03-04.scorecard.json: not signed$' '' -- "$S" validate "$D/scorecards/sam-taylor-priya-shah-2025-03-04.scorecard.json"
expect "validate: reopened and resubmitted keeps the earlier signature" 0 '1 earlier signature\(s\) before a reopening, covered by it' '' -- "$S" validate --roster "$R" "$SG"/reopened/*.json
for cheat in score-changed-resealed unknown-field-added blank-evidence-added reopened-history-cut reopened-history-and-signature-cut \
             public-key-swapped signature-from-another-file; do
  expect "validate: signed, then $cheat: refused" 2 '' "^$SB/$cheat.scorecard.json: signatures: edited after it was submitted \(signature does not match\)" -- "$S" validate "$SB/$cheat.scorecard.json"
done
expect "validate: the resealed tamper of the issue is refused, 1 of 1 invalid" 2 '' '^1 of 1 files invalid$' -- "$S" validate "$SB/score-changed-resealed.scorecard.json"
expect "validate: a blanked signature is a format error" 2 '' 'signature-blanked.scorecard.json: signatures\[0\]\.signature: must be 64 bytes in base64, got ""' -- "$S" validate "$SB/signature-blanked.scorecard.json"
expect "validate: re-signed by another interviewer, no roster: valid, shows the other key" 0 'by key e1b3 c2c0 f4e6 f8a5$' '' -- "$S" validate "$SB/resigned-by-another-interviewer.scorecard.json"
expect "validate --roster: re-signed with another interviewer's key: refused" 2 '' "signed with \"Marcus Chen\"'s key, but the interviewer is \"Elena Rossi\"" -- "$S" validate --roster "$R" "$SB/resigned-by-another-interviewer.scorecard.json"
expect "validate --roster: re-signed with a stranger's key: refused" 2 '' "signed with a key that is not \"Elena Rossi\"'s in the roster \(key ac66 6c32 2089 187d; the roster has key 4742 237c c18f fbf9\)" -- "$S" validate --roster "$R" "$SB/resigned-by-stranger.scorecard.json"
expect "validate: signature stripped, no roster: 'not signed'" 0 'signature-stripped.scorecard.json: not signed$' '' -- "$S" validate "$SB/signature-stripped.scorecard.json"
expect "validate --roster: signature stripped from a listed interviewer: refused" 2 '' "not signed, but the roster has a key for \"Elena Rossi\"" -- "$S" validate --roster "$R" "$SB/signature-stripped.scorecard.json"
expect "validate --roster: a missing roster" 2 '' 'nope.json' -- "$S" validate --roster nope.json "$SG"/*.scorecard.json
expect "validate --roster: a scorecard is not a roster" 2 '' 'format: expected "scorecard-roster"' -- "$S" validate --roster "$SG/sam-taylor-tom-baker-2025-03-04.scorecard.json" "$SG"/*.scorecard.json
expect "validate --roster needs a file" 1 '' 'roster needs a roster file' -- "$S" validate "$SG/roster.json" --roster
for f in "$D"/browser-signed/*.scorecard.json; do
  expect "validate: signed in Chromium by the app: $(basename "$f")" 0 'signed, unchanged since it was submitted, by key' '' -- "$S" validate "$f"
done
# The issue's five-line script: edit a score, recompute the unkeyed digest.
cat > "$TMP/reseal.py" <<'PY'
import hashlib, json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
j["competencies"][0]["score"] = 1
content = {k: v for k, v in j.items() if k not in ("digest", "signatures")}
j["digest"] = "sha256:" + hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
print(json.dumps(j, indent=2, ensure_ascii=False))
PY
expect "validate: signed in Chromium, then a score edited and the digest recomputed: refused" 2 '' 'browser-edited.json: signatures: edited after it was submitted \(signature does not match\)' -- bash -c \
  "python3 $TMP/reseal.py $D/browser-signed/*.scorecard.json > $TMP/browser-edited.json && \"$S\" validate $TMP/browser-edited.json"
expect "consolidate: the tampered file is held back, the panel made of the rest" 0 '"format": "panel"' "held back: $SB/score-changed-resealed.scorecard.json: signatures: edited after it was submitted .*--include $SB/score-changed-resealed.scorecard.json" -- \
  "$S" consolidate "$SG/sam-taylor-priya-shah-2025-03-04.scorecard.json" "$SG/sam-taylor-marcus-chen-2025-03-04.scorecard.json" "$SG/sam-taylor-tom-baker-2025-03-04.scorecard.json" "$SB/score-changed-resealed.scorecard.json"
THREE="$SG/sam-taylor-priya-shah-2025-03-04.scorecard.json $SG/sam-taylor-marcus-chen-2025-03-04.scorecard.json $SG/sam-taylor-tom-baker-2025-03-04.scorecard.json"
MEAN0="python3 -c 'import json,sys; print(\"leads mean\", json.load(sys.stdin)[\"competencies\"][0][\"mean\"])'"
expect "consolidate: the tampered score does not count (leads mean 2.33 of the three others, not 2)" 0 '^leads mean 2.33$' '' -- bash -c \
  "\"$S\" consolidate $THREE $SB/score-changed-resealed.scorecard.json 2>/dev/null | $MEAN0"
expect "consolidate --include: the tampered score counts only on purpose (leads mean 2)" 0 '^leads mean 2$' '' -- bash -c \
  "\"$S\" consolidate $THREE $SB/score-changed-resealed.scorecard.json --include $SB/score-changed-resealed.scorecard.json 2>/dev/null | $MEAN0"
expect "consolidate --include: counted on purpose, and the record says so" 0 '"includedOnPurpose": "signatures: edited after it was submitted' 'included on purpose: .*score-changed-resealed' -- \
  "$S" consolidate "$SG/sam-taylor-priya-shah-2025-03-04.scorecard.json" "$SB/score-changed-resealed.scorecard.json" --include "$SB/score-changed-resealed.scorecard.json"
expect "consolidate: the panel file records each signature" 0 '"state": "signed"' '' -- "$S" consolidate --roster "$R" "$SG"/*.scorecard.json
expect "consolidate --roster: the signer's name in the record" 0 "\"signer\": \"Tom Baker's key in the roster \(key f6a5 7913 66a4 c29f\)\"" '' -- "$S" consolidate --roster "$R" "$SG"/*.scorecard.json
expect "consolidate CSV: the matrix carries the candidate" 0 '^candidate,competency,Elena Rossi,' '' -- "$S" consolidate "$D"/scorecards/*.json --format csv
expect "consolidate CSV: every row names the candidate" 0 '' '' -- bash -c \
  "\"$S\" consolidate $D/scorecards/*.json --format csv | tail -n +2 | grep -cv '^Sam Taylor,' | grep -qx 0"
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
# Size before reading (issue 14): a directory, a device, an over-limit file or stream is
# refused by what it is, never read whole. Memory is capped so reading /dev/zero would fail.
mkdir -p "$TMP/folder.md"
expect "a directory has its own message" 2 '<empty>' 'folder.md: is a directory, not a file$' -- "$S" rubric "$TMP/folder.md"
expect "a device has its own message" 2 '<empty>' '^/dev/zero: is a device, not a file$' -- "$S" rubric /dev/zero
expect "validate: a directory among files is one problem" 2 '' 'folder.md: is a directory, not a file' -- "$S" validate "$TMP/folder.md" "$D"/scorecards/*.json
expect "an endless stream on stdin stops at the limit, in bounded memory" 2 '<empty>' '^stdin: more than 2048 KiB, over the limit \(not read further\)$' -- \
  bash -c "ulimit -v 400000; exec \"$S\" rubric - < /dev/zero"
expect "an over-limit pipe stops at the limit" 2 '<empty>' '^stdin: more than 2048 KiB' -- \
  bash -c "head -c 3000000 /dev/zero | tr '\\0' a | \"$S\" rubric -"
expect "stdin as '-' reads a rubric" 0 '"title": "L5: Senior Support Manager"' '' -- \
  bash -c "\"$S\" rubric - < $LEVELS/L5-Senior-Support-Manager.md"
expect "a message names stdin" 2 '' '^stdin: no .# . title heading' -- bash -c "\"$S\" rubric - < $D/rubrics/bad/no-h1.md"
# Inputs at the limit that once took quadratic time (tests/cli/limit_inputs.py). Not timed:
# the 60 s cap only catches a hang; scripts/bench_limits.sh measures them.
L=$TMP/limits; python3 tests/cli/limit_inputs.py "$L"
expect "over the limit by one byte" 2 '<empty>' 'over-limit.md: file is 2049 KiB, over the 2048 KiB limit$' -- "$S" rubric "$L/over-limit.md"
for f in bullets.md headings.md same-slug.md rubric-many.json; do
  expect "at the limit: rubric $f finishes" 0 '"competencies"' '' -- timeout 60 "$S" rubric "$L/$f"
done
expect "at the limit: identical bullets get unique ids" 0 '"id": "i-repeat-the-same-behaviour-text-[0-9]{5}"' '' -- timeout 60 "$S" rubric "$L/bullets.md"
expect "at the limit: 116,223 titles with one slug get unique ids" 0 '"id": "same-116223"' '' -- timeout 60 "$S" rubric "$L/same-slug.md"
expect "at the limit: validate the submitted card-a.json finishes" 0 '1 file valid' '' -- timeout 60 "$S" validate "$L/card-a.json"
for f in covered.json evidence.json; do
  expect "at the limit: validate $f finishes" 0 '1 file valid' 'not submitted' -- timeout 60 "$S" validate "$L/$f"
done
for fmt in json csv md long-csv; do
  expect "at the limit: consolidate 2 x 60,000 competencies as $fmt" 0 'c59999' '' -- \
    timeout 60 "$S" consolidate "$L/card-a.json" "$L/card-b.json" --format $fmt
done
# A message quotes at most 80 characters of its input, here of a 100,000-character title.
expect "a long duplicate title is quoted short" 2 '<empty>' \
  '^[^ ]+long-duplicate.md:6: competency "(Long ){16}\.\.\." appears twice \(first on line 3\)$' -- "$S" rubric "$L/long-duplicate.md"
# The issue's crash: a version nested 100,000 deep is refused before anything recurses.
python3 -c "n=100000;print('{\"format\":\"rubric\",\"version\":'+'['*n+']'*n+'}',end='')" > "$TMP/v.json"
expect "a version nested 100,000 deep is refused, not a crash" 2 '<empty>' 'v.json:1: nested deeper than 64 levels$' -- "$S" rubric "$TMP/v.json"
expect "consolidate --help names the formats and the date rule" 0 'long-csv.*30 days|30 days' '' -- "$S" consolidate --help
expect "consolidate --help lists --include" 0 '--include FILE\|ID' '' -- "$S" consolidate --help

# Only submitted scorecards count: a draft is listed as not counted and changes no number.
GOOD=("$D"/scorecards/*.json)
"$S" consolidate "${GOOD[@]}" --format csv > "$TMP/good.csv"
"$S" consolidate "${GOOD[@]}" > "$TMP/good.json"
expect "consolidate: a draft is not counted and says so" 0 '"status": "not_counted"' \
  '^not counted: .*draft.scorecard.json: submittedAt: not submitted \(draft\); a draft is not counted$' -- \
  "$S" consolidate "${GOOD[@]}" "$D/scorecards/bad/draft.scorecard.json"
expect "consolidate: a draft changes no statistic" 0 '' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $D/scorecards/bad/draft.scorecard.json --format csv 2>/dev/null | cmp - $TMP/good.csv"
expect "consolidate: the panel file lists the draft among its warnings" 0 'draft.scorecard.json \(Dana Park\) is not counted' '' -- \
  "$S" consolidate "${GOOD[@]}" "$D/scorecards/bad/draft.scorecard.json"
expect "consolidate: drafts alone are no panel" 2 '<empty>' '^no panel: no submitted scorecard among 1 file \(1 draft not counted\)$' -- \
  "$S" consolidate "$D/scorecards/bad/draft.scorecard.json"
# The date rule: an interview 21 months later is held back with a question, until included on purpose.
LATER="$D/scorecards/bad/dated-2026-12-01.scorecard.json"
expect "consolidate: another application is held back and says how to include it" 0 '"status": "held_back"' \
  "^held back: $LATER: date: interviewed 2026-12-01, 637 days after the other interviews of \"Sam Taylor\" \(2025-03-04\); same application\? .*--include $LATER\)$" -- \
  "$S" consolidate "${GOOD[@]}" "$LATER"
expect "consolidate: a held-back file changes no statistic" 0 '' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $LATER --format csv 2>/dev/null | cmp - $TMP/good.csv"
expect "consolidate --include counts it and records why it was held back" 0 '"includedOnPurpose": "date: interviewed 2026-12-01' \
  '^included on purpose: .*dated-2026-12-01' -- "$S" consolidate "${GOOD[@]}" "$LATER" --include "$LATER"
expect "consolidate --include by scorecard id" 0 'Ines Duarte' '' -- \
  "$S" consolidate "${GOOD[@]}" "$LATER" --include=5f0c2a4e-8d1b-4c7a-9e3f-000000000015 --format csv
expect "consolidate --include that matches nothing is a warning" 0 '' '^warning: --include nope.json: no held-back scorecard' -- \
  "$S" consolidate "${GOOD[@]}" --include nope.json
expect "consolidate --include needs a value" 1 '' '--include needs' -- "$S" consolidate "${GOOD[@]}" --include
# Every file not counted is in the panel file, with its reason.
cat > "$TMP/excluded.py" <<'PY'
import json, sys
j = json.load(sys.stdin)
x = {e["file"]: e for e in j["excluded"]}
assert x["missing.json"]["status"] == "refused" and "cannot open" in x["missing.json"]["reasons"][0], x
assert x[sys.argv[1]]["reasons"] == ["competencies[1].score: must be an integer from 1 to 4 or null, got 5"], x
assert len(j["warnings"]) == 2, j["warnings"]
print(json.dumps(x["missing.json"], indent=2))
PY
expect "consolidate: refused and unreadable files are in the panel file" 0 '"status": "refused"' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $D/scorecards/bad/score-5.scorecard.json missing.json 2>/dev/null | python3 $TMP/excluded.py $D/scorecards/bad/score-5.scorecard.json"
expect "consolidate: Tom Baker's late scorecard is flagged" 0 '"lateSubmit": true' '' -- "$S" consolidate "${GOOD[@]}"
# The summary, short or full.
expect "consolidate md: short names who recommended what" 0 '^- Tom Baker: No \(interviewed 2025-03-04, submitted 3 days after the interview, late: more than 24 hours\)$' '' -- \
  "$S" consolidate "${GOOD[@]}" --format md
expect "consolidate md: short has no evidence" 1 '' '' -- bash -c "\"$S\" consolidate ${GOOD[*]} --format md | grep -q 'Evidence by competency'"
expect "consolidate md --summary full quotes the evidence" 0 '^> I guide managers and senior engineers to lead effectively and grow in their roles: Elena Rossi heard' '' -- \
  "$S" consolidate "${GOOD[@]}" --format md --summary full
expect "consolidate md --summary full has who said what" 0 '^### Tom Baker: No$' '' -- "$S" consolidate "${GOOD[@]}" --format md --summary=full
expect "consolidate --summary needs --format md" 1 '' '--summary applies to --format md' -- "$S" consolidate "${GOOD[@]}" --summary full
expect "consolidate --summary short|full only" 1 '' '--summary needs short or full' -- "$S" consolidate "${GOOD[@]}" --format md --summary long
# The long CSV: every candidate on the rubric, one row per candidate, interviewer and competency.
LONG_HEAD='candidate,rubric,competency_id,competency,interviewer,scorecard_id,interview_date,submitted_at,days_to_submit,late_submit,included_on_purpose,status,score,not_assessed_reason,recommendation'
expect "consolidate long-csv: the header" 0 "^$LONG_HEAD"$'\r'"\$" '' -- "$S" consolidate "${GOOD[@]}" --format long-csv
expect "consolidate long-csv: all candidates, 4x4 + 1x4 rows" 0 '^21$' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $D/scorecards/bad/other-candidate.scorecard.json --format long-csv | wc -l"
expect "consolidate long-csv: Alex Morgan's rows" 0 '^Alex Morgan,l5-senior-support-manager,i-lead-and-support-other-leaders,' '' -- \
  "$S" consolidate "${GOOD[@]}" "$D/scorecards/bad/other-candidate.scorecard.json" --format long-csv
expect "consolidate long-csv: a not-assessed row" 0 '^Sam Taylor,l5-senior-support-manager,i-influence-org-wide-direction-and-effectiveness,I influence org-wide direction and effectiveness,Elena Rossi,5f0c2a4e-8d1b-4c7a-9e3f-000000000003,2025-03-04,2025-03-04T15:30:00Z,0,false,false,not_assessed,,Ran out of time,strong_yes' '' -- \
  "$S" consolidate "${GOOD[@]}" --format long-csv
expect "consolidate long-csv: drafts and held-back files are not in it" 1 '' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $D/scorecards/bad/draft.scorecard.json $LATER --format long-csv 2>/dev/null | grep -qE 'Dana Park|Ines Duarte'"
expect "consolidate long-csv: mixed rubrics are still a conflict" 2 '<empty>' '^no panel: the files mix rubrics$' -- \
  "$S" consolidate "${GOOD[@]}" "$D/scorecards/bad/other-rubric.scorecard.json" --format long-csv
# CSV injection: an interviewer named =HYPERLINK(...) is text in both CSVs; no cell can start a formula.
cat > "$TMP/no_formula.py" <<'PY'
import csv, re, sys
cells = [c for row in csv.reader(sys.stdin) for c in row]
bad = [c for c in cells if re.match(r"\s*[=+\-@\t\r]", c) and not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", c)]
assert not bad, bad
assert any(c.startswith("'=HYPERLINK(") for c in cells), "the formula name is kept as text"
print(len(cells), "cells")
PY
expect "consolidate csv: a formula name is neutralised" 0 "\"'=HYPERLINK\\(\"\"http://evil.example\"\",\"\"x\"\"\\)\"" '' -- \
  "$S" consolidate "${GOOD[@]}" "$D"/scorecards/wide/*.json --format csv
expect "consolidate csv: no cell can run as a formula" 0 'cells' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $D/scorecards/wide/*.json --format csv | python3 $TMP/no_formula.py"
expect "consolidate long-csv: no cell can run as a formula" 0 'cells' '' -- bash -c \
  "\"$S\" consolidate ${GOOD[*]} $D/scorecards/wide/*.json --format long-csv | python3 $TMP/no_formula.py"
# The sample files are what tools/make_fixtures writes today (run it after a format or rubric change).
MF="$(dirname "$S")/make_fixtures"
expect "make_fixtures writes exactly the committed samples and examples" 0 '' '' -- bash -c \
  "\"$MF\" \"$TMP/sc\" \"$TMP/ex\" && diff -r \"$TMP/sc\" $D/scorecards && diff -r \"$TMP/ex\" docs/examples"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
