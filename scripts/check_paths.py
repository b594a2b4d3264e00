#!/usr/bin/env python3
"""Guard: no tracked file outside docs/ refers to a path that leaves the repository.

A user who clones Scorecard has only the repository. This fails, naming file and line,
when a tracked file mentions
  - the development shelf (the `shared` folder one level above the checkout, in any form),
  - a relative path whose `..` climbs above the repository root, counted from the
    folder of the file that names it,
  - an absolute path outside the system folders (/usr, /bin, /etc, /tmp, ...),
    such as /work/..., /home/..., /root/... or /Users/...,
  - a home folder (`~/...`, `$HOME/...`).
Virtual paths inside the app (Emscripten's file system) start with a folder the
guard knows: VIRTUAL_ROOTS below.

Usage: scripts/check_paths.py [REPO]   (exit 0 when clean, 1 with one line per finding)
"""
import os
import re
import subprocess
import sys

SYSTEM_ROOTS = {"usr", "bin", "sbin", "etc", "dev", "proc", "sys", "tmp", "var", "lib", "lib64", "run", "opt"}
# Paths inside the WebAssembly app's own virtual file system, not the host's.
VIRTUAL_ROOTS = {"fonts"}
SKIPPED_DIRS = ("docs/",)
# Test fixtures that hold hostile or third-party text as data, never read as paths.
SKIPPED_DATA = ("tests/data/hostile/", "tests/data/frameworks/", "rubric/library/", "fuzz/corpus/")

# The guard and its own test name such paths on purpose.
SELF = ("scripts/check_paths.py", "tests/guard/check_paths_test.sh")

# Spelled in parts so that this guard does not name the shelf itself.
SHELF_NAME = ".." + "/" + "shared"
SHELF = re.compile(re.escape(SHELF_NAME) + r"\b")
HOME = re.compile(r"(?<![\w$])(~/|\$HOME\b|\$\{HOME\})")
# An absolute path of at least two components, not part of a URL or a longer path.
ABSOLUTE = re.compile(r"(?<![\w.:/~$}\-])/([A-Za-z0-9_.-]+)/[A-Za-z0-9_.-]")
# A quoted shell variable or command substitution just before the slash.
AFTER_VARIABLE = re.compile(r"(\$\{?\w+\}?|\))\"$")
RELATIVE_UP = re.compile(r"(?<![\w.])((?:\.\./)+)")


def tracked_files(repo):
    out = subprocess.run(["git", "-C", repo, "ls-files", "-z"], capture_output=True, check=True).stdout
    return [p for p in out.decode("utf-8", "replace").split("\0") if p]


def climbs_out(path_in_repo, ups):
    depth = path_in_repo.count("/")  # folders between the repository root and the file
    return ups > depth


def findings_in(repo, rel):
    try:
        with open(os.path.join(repo, rel), "rb") as f:
            data = f.read()
    except (IsADirectoryError, FileNotFoundError):
        return []
    if b"\0" in data[:8192]:
        return []  # binary
    text = data.decode("utf-8", "replace")
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        if SHELF.search(line):
            found.append((n, "names the development shelf " + SHELF_NAME + ", which a clone does not have"))
            continue
        if HOME.search(line):
            found.append((n, "names a home folder"))
            continue
        for m in ABSOLUTE.finditer(line):
            root = m.group(1)
            if root in (".", "..") or AFTER_VARIABLE.search(line[: m.start()]):
                continue  # "$(dirname "$0")/..", "$DIR"/sub: relative to a variable
            if root not in SYSTEM_ROOTS and root not in VIRTUAL_ROOTS:
                found.append((n, "absolute path outside the system folders: /" + root + "/..."))
                break
        for m in RELATIVE_UP.finditer(line):
            if climbs_out(rel, m.group(1).count("../")):
                found.append((n, "relative path climbs out of the repository: " + m.group(1) + "..."))
                break
    return found


def main():
    repo = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    problems = 0
    for rel in tracked_files(repo):
        if rel.startswith(SKIPPED_DIRS) or rel.startswith(SKIPPED_DATA) or rel in SELF:
            continue
        for line, why in findings_in(repo, rel):
            print(f"{rel}:{line}: {why}")
            problems += 1
    if problems:
        print(f"check_paths: {problems} reference(s) leave the repository", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
