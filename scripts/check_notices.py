#!/usr/bin/env python3
"""Licence check: THIRD_PARTY.md names everything Scorecard is built from and ships.

Fails, one line per finding, when
  - a source scripts/setup.sh fetches (fetch_orig NAME VERSION ...) or a package.json
    dependency has no row, or its row's version differs from the pinned one;
  - a third-party folder of the repository (one holding a LICENSE, e.g. under
    rubric/library/) has no row;
  - a row's licence text is missing, or differs from the licence file in the fetched
    source it stands for; a row's version differs from the version installed;
with --web BUILD SITE (after the web build):
  - a library linked into scorecard.wasm (the linker's trace, recorded by the build),
    a header compiled into the app, a font in the site or any other file of the site
    belongs to no row, or a shipped font lacks its copyright and licence records;
  - a row marked "site" is no longer found among those inputs;
with --cli BUILD (after the native build): the same for the CLI's headers and archives.
Usage: scripts/check_notices.py [--web BUILD SITE] [--cli BUILD]
Prints "notices: N checked, N problems"; exit 0 when clean, 1 otherwise.
"""
import argparse
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEPS = os.path.join(REPO, "build", "deps")
EMSCRIPTEN = "/usr/share/emscripten"
# Packages whose headers are the platform's own runtime or compiler builtins: the CLI is
# built on the user's machine against them and the app only sees compiler builtins.
SYSTEM_PACKAGES = re.compile(r"^(libc6-dev|libstdc\+\+-\d+-dev|linux-libc-dev|libgcc-\d+-dev|libclang-common-\d+-dev)$")
# Emscripten's system libraries by archive name, and the row each belongs to.
EMSCRIPTEN_ARCHIVES = [
    (r"libc(-optz)?(-debug)?\.a", ["musl", "emscripten"]),
    (r"libc\+\+(abi)?(-noexcept|-except)?\.a|libcompiler_rt(-wasm-sjlj)?\.a|libunwind.*\.a", ["llvm-runtimes"]),
    (r"libdlmalloc.*\.a", ["dlmalloc"]),
    (r"libemmalloc.*\.a|libGL.*\.a|libhtml5\.a|libstubs.*\.a|libnoexit\.a|libsockets\.a|libal\.a|crt1\.o|crtbegin\.o"
     r"|libstandalonewasm.*\.a|libembind.*\.a|libwasmfs.*\.a", ["emscripten"]),
]


class Check:
    def __init__(self):
        self.problems, self.checked = [], 0

    def expect(self, ok, message):
        self.checked += 1
        if not ok:
            self.problems.append(message)
        return ok


def read(path, mode="r"):
    with open(path, mode) as f:
        return f.read()


def rows():
    """THIRD_PARTY.md's table rows by id: name, version, licence, shipped (set), source, text."""
    out = {}
    for line in read(os.path.join(REPO, "THIRD_PARTY.md")).splitlines():
        if not re.match(r"^\| [a-z0-9-]+ \|", line):
            continue
        cells = [c.strip().replace("`", "") for c in line.strip().strip("|").split(" | ")]
        if cells[0] == "id" or len(cells) != 7:
            continue
        out[cells[0]] = {"name": cells[1], "version": cells[2], "licence": cells[3],
                         "shipped": {s.strip() for s in cells[4].split(",")}, "source": cells[5], "text": cells[6]}
    return out


def setup_fetches():
    """(name, debian version, unpack dir) of every fetch_orig call in scripts/setup.sh."""
    text = read(os.path.join(REPO, "scripts", "setup.sh"))
    return re.findall(r"^fetch_orig (\S+) (\S+) \S+ [0-9a-f]{64} (\S+)$", text, re.M)


def upstream(debian_version):
    return re.split(r"[+~-]", debian_version)[0]


def check_sources(c, table):
    for name, version, folder in setup_fetches():
        row = table.get(name)
        if not c.expect(row is not None, f"scripts/setup.sh fetches {name} {version}: no row in THIRD_PARTY.md"):
            continue
        c.expect(row["version"] == upstream(version), f"{name}: THIRD_PARTY.md says {row['version']}, setup.sh pins {version}")
        c.expect(version in row["source"], f"{name}: THIRD_PARTY.md's source does not name the pinned {version}")
        fetched = [f for f in sorted(os.listdir(os.path.join(DEPS, folder))) if re.match(r"(LICEN[CS]E|COPYING)", f)] \
            if os.path.exists(os.path.join(DEPS, folder, ".ok")) else []
        if fetched and row["text"].startswith("licenses/"):
            same = read(os.path.join(DEPS, folder, fetched[0]), "rb") == read(os.path.join(REPO, row["text"]), "rb")
            c.expect(same, f"{name}: {row['text']} differs from {fetched[0]} in the fetched source")
    package = json.loads(read(os.path.join(REPO, "package.json")))
    lock = json.loads(read(os.path.join(REPO, "package-lock.json")))
    for name in {**package.get("dependencies", {}), **package.get("devDependencies", {})}:
        row = table.get(name)
        if c.expect(row is not None, f"package.json installs {name}: no row in THIRD_PARTY.md"):
            locked = lock["packages"].get("node_modules/" + name, {}).get("version")
            c.expect(row["version"] == locked, f"{name}: THIRD_PARTY.md says {row['version']}, package-lock.json {locked}")


def check_folders(c, table):
    """Every folder of the repository with its own licence file is third-party material."""
    tracked = subprocess.run(["git", "-C", REPO, "ls-files"], capture_output=True, text=True, check=True).stdout.split()
    for path in tracked:
        folder, base = os.path.split(path)
        if folder and folder != "licenses" and re.match(r"(LICEN[CS]E|COPYING)", base):
            row = table.get(os.path.basename(folder))
            if c.expect(row is not None, f"{folder} holds {base}: no row with id {os.path.basename(folder)}"):
                c.expect(row["text"] == path, f"{os.path.basename(folder)}: licence text should be {path}")


def installed_version(row_id, table):
    """The version of a component as installed here, or None when it has no probe."""
    def grep(path, pattern):
        m = re.search(pattern, read(path, "rb").decode("utf-8", "replace")) if os.path.exists(path) else None
        return ".".join(m.groups()) if m else "missing"
    probes = {
        "nlohmann-json": lambda: grep("/usr/include/nlohmann/json.hpp", r"version (\d+)\.(\d+)\.(\d+)"),
        "doctest": lambda: grep("/usr/include/doctest/doctest.h", r"DOCTEST_VERSION_MAJOR (\d+)\s+#define DOCTEST_VERSION_MINOR (\d+)\s+#define DOCTEST_VERSION_PATCH (\d+)"),
        "emscripten": lambda: grep(os.path.join(EMSCRIPTEN, "emscripten-version.txt"), r"(\d+)\.(\d+)\.(\d+)"),
        "dlmalloc": lambda: grep(os.path.join(EMSCRIPTEN, "system", "lib", "dlmalloc.c"), r"Version (\d+)\.(\d+)\.(\d+)"),
        "libsodium": lambda: grep("/usr/include/sodium/version.h", r'SODIUM_VERSION_STRING "(\d+)\.(\d+)\.(\d+)"'),
        "octopus-support": lambda: "commit " + grep(os.path.join(REPO, "rubric/library/octopus-support/NOTICE.md"),
                                                    r"commit ([0-9a-f]{7,})"),
    }
    probes["frameworks"] = lambda: "commit " + grep(os.path.join(REPO, "tests/data/frameworks/NOTICE.md"), r"commit ([0-9a-f]{7,})")
    probes["musl"] = probes["llvm-runtimes"] = probes["emscripten"]
    return probes[row_id]() if row_id in probes else None


def check_rows(c, table):
    fetched = {name for name, _, _ in setup_fetches()}
    for row_id, row in table.items():
        shipped = row["shipped"] & {"site", "cli"}
        if shipped:
            path = os.path.join(REPO, row["text"])
            c.expect(os.path.isfile(path) and os.path.getsize(path) > 0, f"{row_id}: licence text {row['text']} is missing")
        if row_id in fetched or row["source"].startswith("npm") or row_id == "inter":
            continue  # versions checked against setup.sh, package-lock.json, the font itself
        have = installed_version(row_id, table)
        if c.expect(have is not None, f"{row_id}: no way to check its version (add a probe to check_notices.py)"):
            c.expect(have == row["version"], f"{row_id}: THIRD_PARTY.md says {row['version']}, installed is {have}")


def owner_of(path, table, packages):
    """Row ids a file outside the repository's own code belongs to: [] own or system, None unknown."""
    real = os.path.realpath(path)
    for name, _, folder in setup_fetches():
        if real.startswith(os.path.join(DEPS, folder) + os.sep):
            return [name]
    if real.startswith(REPO + os.sep):
        return []
    package = packages.get(real)
    if package is None:
        return None
    if SYSTEM_PACKAGES.match(package):
        return []
    if package == "emscripten":  # its C++ headers are LLVM's libc++, the others the C library's
        return ["llvm-runtimes"] if os.path.join("include", "c++", "") in real else ["musl", "emscripten"]
    ids = [i for i, r in table.items() if f"package {package}" in r["source"] and r["shipped"] & {"site", "cli"}]
    return ids or None


def debian_packages(paths):
    """Debian package owning each path (dpkg -S), for the paths outside the repository."""
    outside = sorted({r for r in map(os.path.realpath, paths) if not r.startswith(REPO + os.sep)})
    found = {}
    for i in range(0, len(outside), 400):
        out = subprocess.run(["dpkg", "-S"] + outside[i:i + 400], capture_output=True, text=True).stdout
        for line in out.splitlines():
            package, _, path = line.partition(": ")
            found[path] = package.split(":")[0].split(",")[0]
    return found


def headers(build, targets):
    """Every header named by the compiler's dependency files of these targets."""
    out = set()
    for t in targets:
        for root, _, files in os.walk(os.path.join(build, "CMakeFiles", t + ".dir")):
            for f in files:
                if f.endswith(".o.d"):
                    deps = read(os.path.join(root, f)).replace("\\\n", " ").split(":", 1)[-1].split()
                    out.update(os.path.normpath(os.path.join(build, d)) for d in deps if not d.endswith((".c", ".cpp")))
    return out


def check_inputs(c, table, what, found, inputs, packages):
    for path in sorted(inputs):
        owners = owner_of(path, table, packages)
        if c.expect(owners is not None and all(o in table for o in owners),
                    f"{what}: {path} belongs to no row of THIRD_PARTY.md"):
            found.update(owners)


def check_archives(c, table, trace, found):
    """Archives and objects the linker used (its --trace), by Emscripten's library name."""
    for line in sorted({l.split("(")[0] for l in read(trace).splitlines() if l.startswith("/")}):
        if line.startswith((REPO + os.sep, "/tmp/emscripten_temp")):
            continue  # the project's own archives and objects (imgui and md4c come in through headers)
        if not c.expect(line.startswith(EMSCRIPTEN + "/"), f"scorecard.wasm links {line}: belongs to no row"):
            continue
        name = os.path.basename(line)
        ids = next((ids for pattern, ids in EMSCRIPTEN_ARCHIVES if re.fullmatch(pattern, name)), None)
        if c.expect(ids is not None, f"scorecard.wasm links {name}: not a known Emscripten library (add it to "
                                     "EMSCRIPTEN_ARCHIVES and its row to THIRD_PARTY.md)"):
            for i in ids:
                c.expect(i in table, f"scorecard.wasm links {name}: no row with id {i} in THIRD_PARTY.md")
            found.update(ids)


def check_font(c, table, name, data, found):
    from fontTools.ttLib import TTFont
    import io
    names = {r.nameID: r.toUnicode() for r in TTFont(io.BytesIO(data))["name"].names if r.platformID == 3}
    family = names.get(16, names.get(1, "")).lower()  # the typographic family, without the weight
    row = table.get(family)
    if c.expect(row is not None and "site" in row["shipped"], f"site ships font {name} ({family}): no row with id {family}"):
        found.add(family)
        version = re.match(r"Version (\S+?);", names.get(5, "") + ";")
        c.expect(version and version.group(1) == row["version"], f"{name}: font version {names.get(5)}, THIRD_PARTY.md {row['version']}")
        c.expect("Copyright" in names.get(0, "") and "Open Font License" in names.get(13, ""),
                 f"{name}: the font must carry its copyright (name 0) and licence (name 13) records")


def site_fonts(site):
    """(name, bytes) of every font in the site: files, and files inside Emscripten data packages."""
    out = []
    for root, _, files in os.walk(site):
        for f in files:
            path = os.path.join(root, f)
            if f.endswith((".otf", ".ttf", ".woff2")):
                out.append((os.path.relpath(path, site), read(path, "rb")))
            if f.endswith(".js"):
                text = read(path, "rb").decode("utf-8", "replace")
                m = re.search(r"loadPackage\((\{.*?\"remote_package_size\":\s*\d+.*?\})\)", text, re.S)
                data_name = re.search(r"REMOTE_PACKAGE_BASE\s*=\s*['\"]([^'\"]+)['\"]", text)
                if m and data_name:
                    blob = read(os.path.join(site, data_name.group(1)), "rb")
                    for entry in json.loads(m.group(1))["files"]:
                        if entry["filename"].endswith((".otf", ".ttf")):
                            out.append((entry["filename"], blob[entry["start"]:entry["end"]]))
    return out


def check_site_files(c, site, found):
    own = {os.path.relpath(os.path.join(r, f), os.path.join(REPO, d))
           for d in ("web/shell", "public") for r, _, fs in os.walk(os.path.join(REPO, d)) for f in fs}
    made = {"licenses.txt", "version.txt", "scorecard.wasm", "scorecard.data"}
    for root, _, files in os.walk(site):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), site)
            if rel == "scorecard.js":
                found.add("emscripten")  # Emscripten's JavaScript runtime
            elif not rel.endswith((".otf", ".ttf", ".woff2")):
                c.expect(rel in own or rel in made, f"site file {rel}: neither Scorecard's own nor known to this check")


def check_web(c, table, build, site):
    found = set()
    trace = os.path.join(build, "scorecard_link_trace.txt")
    if c.expect(os.path.exists(trace), f"{trace} is missing: build the web preset first"):
        check_archives(c, table, trace, found)
    hs = headers(build, ["scorecard_web", "scorecard_ui", "imgui", "scorecard_app", "scorecard_panel",
                         "scorecard_scorecard", "scorecard_rubric", "scorecard_base", "md4c"])
    check_inputs(c, table, "the web app includes", found, hs, debian_packages(hs))
    for name, data in site_fonts(site):
        check_font(c, table, name, data, found)
    check_site_files(c, site, found)
    found.update(i for i, r in table.items() if r["source"].startswith("rubric/library/"))
    for row_id, row in table.items():
        if "site" in row["shipped"]:
            c.expect(row_id in found, f"{row_id}: marked as shipped in the site, but the site has nothing of it")


def check_cli(c, table, build):
    found = set(i for i, r in table.items() if r["source"].startswith("rubric/library/"))
    hs = headers(build, ["scorecard", "scorecard_sodium", "scorecard_panel", "scorecard_scorecard", "scorecard_rubric", "scorecard_base", "md4c"])
    check_inputs(c, table, "the CLI includes", found, hs, debian_packages(hs))
    for row_id, row in table.items():
        if "cli" in row["shipped"]:
            c.expect(row_id in found, f"{row_id}: marked as shipped in the CLI, but the CLI has nothing of it")
        elif row_id in found:
            c.problems.append(f"{row_id}: the CLI contains it, but its row does not say cli")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--web", nargs=2, metavar=("BUILD", "SITE"))
    ap.add_argument("--cli", metavar="BUILD")
    args = ap.parse_args()
    c, table = Check(), rows()
    c.expect(len(table) > 0, "THIRD_PARTY.md has no rows")
    check_sources(c, table)
    check_folders(c, table)
    check_rows(c, table)
    if args.web:
        check_web(c, table, os.path.abspath(args.web[0]), os.path.abspath(args.web[1]))
    if args.cli:
        check_cli(c, table, os.path.abspath(args.cli))
    for p in c.problems:
        print("notices: " + p)
    print(f"notices: {c.checked} checked, {len(c.problems)} problems")
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())
