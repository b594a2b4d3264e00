#!/usr/bin/env bash
# Installs what Scorecard needs on Debian 12 and fetches the third-party sources
# (Dear ImGui, md4c) pinned by version and checksum into build/deps. Idempotent:
# on a machine that has everything it installs nothing and returns in seconds.
# Without root or apt it prints exactly what to install and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEPS=$ROOT/build/deps

# Debian packages, and a file each proves it is installed (cheaper than dpkg -s for every run).
# clang with libclang-rt: the sanitize build (ASan, UBSan) and the libFuzzer targets.
PACKAGES=(emscripten nlohmann-json3-dev doctest-dev chromium fonts-inter python3-fonttools cmake g++ make xz-utils brotli
          universal-ctags clang libclang-rt-14-dev libsodium-dev pkgconf)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from Debian or elsewhere (it bundles npm then): check the commands.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "setup: missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# Node packages (playwright-core drives Debian's Chromium; it downloads no browser).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Upstream source tarballs from Debian's trixie source packages, orig tarball only.
fetch_orig() { # name version tarball sha256 unpack-dir
  local name=$1 version=$2 tarball=$3 sha=$4 dir=$5
  [ -f "$DEPS/$dir/.ok" ] && return 0
  local A=$DEPS/apt
  mkdir -p "$A/lists/partial"
  if [ ! -f "$A/$tarball" ] || ! echo "$sha  $A/$tarball" | sha256sum -c --status; then
    local archive
    archive=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk '$2 !~ /-/ {print $1; exit}')
    [ -n "$archive" ] || { echo "setup: no Debian archive configured in apt" >&2; exit 1; }
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $archive trixie main" > "$A/sources.list"
    local O=(-o Dir::Etc::SourceList="$A/sources.list" -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$A/lists")
    if [ -z "$(ls "$A/lists" | grep -i sources || true)" ]; then apt-get "${O[@]}" update -q >/dev/null; fi
    local uri
    uri=$(apt-get "${O[@]}" source --print-uris "$name=$version" | grep "orig.tar" | awk '{print $1}' | tr -d "'")
    [ -n "$uri" ] || { echo "setup: no source for $name=$version" >&2; exit 1; }
    /usr/lib/apt/apt-helper download-file "$uri" "$A/$tarball" "SHA256:$sha" 2>&1 | grep -v "unsandboxed as root" || true
  fi
  echo "$sha  $A/$tarball" | sha256sum -c --status || { echo "setup: checksum mismatch for $tarball" >&2; exit 1; }
  rm -rf "$DEPS/$dir"; mkdir -p "$DEPS/$dir"
  tar -xf "$A/$tarball" -C "$DEPS/$dir" --strip-components=1
  touch "$DEPS/$dir/.ok"
  echo "setup: unpacked $tarball"
}
fetch_orig imgui 1.90.1+ds-1 imgui_1.90.1+ds.orig.tar.xz ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c imgui
fetch_orig md4c 0.5.2-2 md4c_0.5.2.orig.tar.gz 55d0111d48fb11883aaee91465e642b8b640775a4d6993c2d0e7a8092758ef21 md4c

# Header-only libraries for em++: links to just these, never /usr/include (glibc headers).
mkdir -p "$DEPS/include"
ln -sfn /usr/include/nlohmann "$DEPS/include/nlohmann"
ln -sfn /usr/include/doctest "$DEPS/include/doctest"

# UI fonts: Inter, two weights, each cut in two (web/js/loader.js and ui::FontFile name them):
#   latin     what the first screen draws (ASCII, Latin-1, typographic punctuation, the
#             arrows, ticks and shapes the app uses), fetched before the first frame;
#   extended  Latin Extended, Greek and Cyrillic, fetched after the first frame.
# ImGui applies no kerning or ligatures and stb_truetype no hinting, so those tables go;
# --name-IDs='*' keeps the copyright and licence records: the OFL's notice travels inside the font.
FONTS=$DEPS/fonts
latin="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2713,U+2715,U+25B2-25BC,U+25CB,U+25CF"
extended="U+0100-024F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+1F00-1FFF"
subset_opts="--layout-features= --no-hinting --name-IDs=* --drop-tables+=GSUB,GPOS,GDEF,kern"
stamp="$latin $extended $subset_opts"
if [ ! -f "$FONTS/.ok" ] || [ "$(cat "$FONTS/.ok")" != "$stamp" ]; then
  rm -rf "$FONTS"; mkdir -p "$FONTS"
  for w in Regular SemiBold; do
    lower=$(echo "$w" | tr '[:upper:]' '[:lower:]')
    for part in latin extended; do
      # shellcheck disable=SC2086  # the options are words
      /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/opentype/inter/Inter-$w.otf" --unicodes="${!part}" \
        $subset_opts --output-file="$FONTS/inter-$lower-$part.otf"
    done
  done
  echo "$stamp" > "$FONTS/.ok"
  echo "setup: fonts subset"
fi
echo "setup: ok"
