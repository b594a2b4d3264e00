#!/usr/bin/env python3
"""Picks the fewest corpus files that reach every coverage feature the fixed seeds do not,
from the control file of a libFuzzer -merge=1 run (-merge_control_file): a greedy set
cover, most new features first, the smaller file on a tie. libFuzzer's own merge keeps
the smallest file that adds anything, which leaves many files adding one edge each;
this keeps the same coverage with fewer files. A file that would add fewer than
MIN_GAIN features is left out (default 2): most of the long tail reaches one edge each
(a rare branch of the JSON or Markdown parser), which a longer `scripts/fuzz.sh` run finds
again, while a few hundred files keep the repository light. Prints the chosen paths, and
on stderr the features kept and left out.

Usage: tools/fuzz_cover.py CONTROL_FILE [MIN_GAIN]"""
import os
import sys


def read_control(path):
    with open(path) as f:
        lines = f.read().split('\n')
    n, first = int(lines[0]), int(lines[1])
    files = lines[2:2 + n]
    features = {}
    for line in lines[2 + n:]:
        parts = line.split()
        if parts and parts[0] == 'FT':
            features[int(parts[1])] = set(parts[2:])
    return files, first, features


def main():
    files, first, features = read_control(sys.argv[1])
    min_gain = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    covered = set()
    for i in range(first):  # the fixed seeds reach these already
        covered |= features.get(i, set())
    candidates = {i: features.get(i, set()) - covered for i in range(first, len(files))}
    chosen = []
    while True:
        best = max(candidates, key=lambda i: (len(candidates[i]), -os.path.getsize(files[i])), default=None)
        if best is None or len(candidates[best]) < min_gain:
            break
        gain = candidates.pop(best)
        chosen.append(files[best])
        covered |= gain
        for i in candidates:
            candidates[i] -= gain
    left = set().union(*candidates.values()) if candidates else set()
    print(f'{len(chosen)} files add {len(covered)} features in all; {len(left)} features, each reached by'
          f' a file adding fewer than {min_gain}, left out', file=sys.stderr)
    for path in chosen:
        print(path)


main()
