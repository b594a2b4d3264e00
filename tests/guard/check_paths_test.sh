#!/usr/bin/env bash
# The path guard itself can fail: a scratch repository with one reference of each kind
# that leaves a clone must be refused line by line, and the same repository without them
# must pass. Prints "guard: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
GUARD=$PWD/scripts/check_paths.py
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
git -C "$T" init -q
# The shelf's name in parts, so this file does not name it itself.
SHELF="..""/shared"
mkdir -p "$T/tests/unit" "$T/docs" "$T/web"
# Each line below must be reported (file:line), the comment says why.
cat > "$T/tests/unit/bad.cpp" <<'X'
const char* a = "SHELF/rubrics/L5.md";          // the development shelf
const char* b = "/work/shared/rubrics/x.md";    // absolute, outside system folders
const char* c = "/home/someone/notes.md";       // a home folder, absolute
std::string d = std::string(getenv("HOME")) + "/x"; // fine: no literal path
const char* e = "~/rubrics/x.md";               // a home folder
const char* f = "../../../outside.md";          // climbs out from tests/unit
X
sed -i "s|SHELF|$SHELF|" "$T/tests/unit/bad.cpp"
# None of these may be reported.
cat > "$T/web/good.js" <<'X'
const font = '/fonts/Inter-Regular.otf';        // the app's virtual file system
const url = 'https://example.org/a/b';          // a URL
const sys = '/usr/bin/chromium';                // a system folder
import x from '../web/good.js';                 // stays inside
X
printf 'See %s/rubrics for the originals.\n' "$SHELF" > "$T/docs/notes.md"   # docs/ may
git -C "$T" add -A
passed=0; failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok    $1"; else failed=$((failed + 1)); echo "FAIL  $1"; fi; }
out=$(python3 "$GUARD" "$T" 2>&1); rc=$?
check "a repository with references that leave it fails" '[ $rc -ne 0 ]'
for n in 1 2 3 5 6; do
  check "reported: tests/unit/bad.cpp:$n" 'grep -q "^tests/unit/bad.cpp:$n: " <<<"$out"'
done
check "not reported: a path built from \$HOME at run time" '! grep -q "^tests/unit/bad.cpp:4: " <<<"$out"'
check "not reported: virtual, URL, system and inner paths" '! grep -q "^web/good.js" <<<"$out"'
check "not reported: docs/" '! grep -q "^docs/" <<<"$out"'
git -C "$T" rm -qf tests/unit/bad.cpp
out=$(python3 "$GUARD" "$T" 2>&1); rc=$?
check "the same repository without them passes" '[ $rc -eq 0 ]'
check "this repository passes" 'python3 "$GUARD" >/dev/null'
echo "guard: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
