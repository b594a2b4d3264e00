#!/usr/bin/env python3
"""Function lengths in Scorecard's own C++ (universal-ctags), longest first.

Fails when a function is longer than the limit (60 lines, README "How the code should
feel"). Measures every project folder; third-party code is not in the repository.
Usage: scripts/function_lengths.py [--top N] [--limit L]
"""
import argparse
import os
import subprocess
import sys

FOLDERS = ["base", "rubric", "scorecard", "panel", "app", "ui", "web", "cli", "tools", "bench"]


def functions(repo):
    dirs = [os.path.join(repo, f) for f in FOLDERS if os.path.isdir(os.path.join(repo, f))]
    out = subprocess.run(["ctags", "-R", "--languages=C++", "--kinds-C++=f", "--fields=+ne", "-f", "-"] + dirs,
                         capture_output=True, text=True, check=True).stdout
    for row in out.splitlines():
        parts = row.split("\t")
        fields = dict(p.split(":", 1) for p in parts[3:] if ":" in p)
        if "line" in fields and "end" in fields:
            start, end = int(fields["line"]), int(fields["end"])
            yield end - start + 1, os.path.relpath(parts[1], repo), start, parts[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--limit", type=int, default=60)
    args = ap.parse_args()
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    found = sorted(functions(repo), reverse=True)
    for length, path, line, name in found[: args.top]:
        print(f"{length:4d} lines  {path}:{line}  {name}")
    over = [f for f in found if f[0] > args.limit]
    for length, path, line, name in over:
        print(f"{path}:{line}: {name} is {length} lines, over the {args.limit}-line limit")
    print(f"functions: {len(found)} measured, {len(over)} over {args.limit} lines")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
