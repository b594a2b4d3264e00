#!/bin/sh
# Link launcher for the web app (RULE_LAUNCH_LINK in CMakeLists.txt): runs the link with
# the linker's --trace and keeps its list of inputs (every object and archive member it
# used) in $1, where scripts/check_notices.py finds what scorecard.wasm contains.
out=$1
shift
"$@" -Wl,--trace > "$out.tmp" || exit $?
mv "$out.tmp" "$out"
