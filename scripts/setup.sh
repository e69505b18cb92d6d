#!/usr/bin/env bash
# Installs what Fjordplan needs to build, test and show its window on Debian 12 (as root, or with
# sudo; from a minbase root on), then configures and builds the given preset (default: testing).
# On a failed configure or build it prints the whole log and a hint naming the likely missing package.
set -euo pipefail
cd "$(dirname "$0")/.."

# One package a line, with what needs it. --no-install-recommends: nothing comes in by accident, so
# everything the build, the tests and the GUI use must be named here.
packages=(
    build-essential cmake ninja-build ccache    # compiler, build system, compiler cache
    qt6-base-dev qt6-base-dev-tools              # QtCore/Gui/Widgets/Sql/Test/PrintSupport, moc, rcc
    qt6-charts-dev libqt6opengl6-dev             # Qt Charts (its CMake package needs Qt6OpenGL)
    qt6-svg-dev                                  # SVG export of charts and plans, the HTML report's charts
    libqt6sql6-sqlite libsqlite3-dev             # the project file
    qt6-tools-dev qt6-tools-dev-tools            # Qt's CMake tools (linguist), designer-free
    qt6-l10n-tools                               # lupdate and lrelease: the translations (translations/*.ts)
    qt6-qpa-plugins                              # the xcb and offscreen platforms (GUI, GUI tests)
    libgl1-mesa-dev                              # OpenGL headers Qt6Gui's CMake package asks for
    libeigen3-dev                                # the engine's arrays
    fonts-dejavu-core                            # a font for the window, the charts and the PDF report
    libqt6sql6-psql postgresql                   # team projects on PostgreSQL; its tests start a server
)
preset=${1:-testing}
# The presets with tests read the report back: its PDF with poppler's pdftotext/pdfinfo, its HTML page
# in headless Chromium. The fuzz preset (scripts/fuzz.sh) builds no tests; it needs clang and its
# libFuzzer and sanitizer runtimes instead.
if [ "$preset" = fuzz ]; then
    packages+=(clang-14 libclang-rt-14-dev)    # clang++-14; libclang_rt.fuzzer, asan and ubsan
elif [ "$preset" != release ]; then
    packages+=(poppler-utils chromium)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ccache: path-independent keys, so a clone elsewhere (or a fresh root with the cache bind-mounted)
# reuses objects; content checks, never timestamps, decide a hit.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}"
export CCACHE_COMPILERCHECK="${CCACHE_COMPILERCHECK:-content}"
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
# The asan preset compiles with -g1, and ccache then keys each object by its build directory as well:
# without this, a clone elsewhere (the fresh root's /work/fjordplan) would rebuild every object.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

# Names the package that most likely provides what a failed configure or build could not find.
hint() {
    local log=$1 what
    # A missing dependency of a found package names the real culprit ("Qt6Charts could not be found
    # because dependency Qt6OpenGL could not be found"): look for that first.
    what=$(grep -oE 'because dependency [A-Za-z0-9_]+' "$log" | head -n 1 || true)
    [ -n "$what" ] || what=$(grep -oE 'Qt6[A-Za-z]+ could not be found|Could not find a package configuration file provided by "[A-Za-z0-9_]+"|Failed to find required Qt component "[A-Za-z]+"|fatal error: [^ ]+: No such file' "$log" | head -n 1 || true)
    local pkg=""
    case "$what" in
        *Qt6OpenGL*) pkg=libqt6opengl6-dev ;;
        *Qt6Charts* | *'"Charts"'*) pkg=qt6-charts-dev ;;
        *Qt6Svg*) pkg=qt6-svg-dev ;;
        *Qt6LinguistTools* | *Qt6Tools*) pkg=qt6-tools-dev ;;
        *Eigen3*) pkg=libeigen3-dev ;;
        *Qt6*) pkg=qt6-base-dev ;;
        *GL/*) pkg=libgl1-mesa-dev ;;
        *sqlite3*) pkg=libsqlite3-dev ;;
    esac
    if [ -n "$pkg" ]; then
        echo "Hint: '$what': install the Debian package $pkg (apt-get install $pkg) and add it to scripts/setup.sh." >&2
    elif [ -n "$what" ]; then
        echo "Hint: '$what': 'apt-file search' or 'apt-cache search' names the Debian package that provides it." >&2
    fi
}

# Runs a step with its output in a log; on failure shows the log and a hint, and fails.
run_logged() {
    local name=$1; shift
    local log
    log=$(mktemp "${TMPDIR:-/tmp}/fjordplan-$name.XXXXXX.log")
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "fjordplan setup: $name failed (full log above, also in $log)." >&2
        hint "$log"
        return 1
    fi
    rm -f "$log"
}

run_logged configure cmake --preset "$preset" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
# The build prints its progress (a long step should not look like a hang); a failure adds the hint.
log=$(mktemp "${TMPDIR:-/tmp}/fjordplan-build.XXXXXX.log")
if ! cmake --build --preset "$preset" 2>&1 | tee "$log"; then
    echo "fjordplan setup: build failed (log in $log)." >&2
    hint "$log"
    exit 1
fi
rm -f "$log"
