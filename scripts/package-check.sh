#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack from a configured and built tree, installs the .deb with
# apt (so its Depends must resolve), and checks the installed program as a user would get it:
# the files are where the desktop expects them, `fjordplan-cli --version` and an evaluation of the
# sample work, the GUI starts (offscreen) on a project file and writes the report, and lintian and
# appstreamcli find no error. As root (it installs the package); CI runs it in the fresh root.
#
#   scripts/package-check.sh [BUILD_DIR]      default: build/testing
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/testing}
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (it installs the package)" >&2; exit 2; }
say() { echo "[package-check] $*"; }
fail() { echo "[package-check] FAILED: $*" >&2; exit 1; }

# The packaging and checking tools (not needed to build or run Fjordplan itself).
tools=(dpkg-dev file lintian appstream)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing the packaging tools: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -f "$build"/fjordplan_*.deb "$build"/fjordplan-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$build"/fjordplan_*.deb)
say "built $(basename "$deb") and $(basename "$(ls "$build"/fjordplan-*.tar.gz)")"
say "Depends: $(dpkg-deb -f "$deb" Depends)"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null ||
    fail "apt-get install $deb"
version=$(dpkg-query -W -f='${Version}' fjordplan)
say "installed fjordplan $version"

for f in /usr/bin/fjordplan /usr/bin/fjordplan-cli \
    /usr/share/applications/io.fjordplan.Fjordplan.desktop \
    /usr/share/metainfo/io.fjordplan.Fjordplan.metainfo.xml \
    /usr/share/mime/packages/fjordplan.xml \
    /usr/share/icons/hicolor/scalable/apps/io.fjordplan.Fjordplan.svg \
    /usr/share/icons/hicolor/48x48/apps/io.fjordplan.Fjordplan.png \
    /usr/share/icons/hicolor/256x256/apps/io.fjordplan.Fjordplan.png \
    /usr/share/man/man1/fjordplan-cli.1.gz /usr/share/man/man1/fjordplan.1.gz \
    /usr/share/doc/fjordplan/copyright /usr/share/doc/fjordplan/examples/slurm-risk.sh \
    /usr/share/doc/fjordplan/examples/k8s-risk-job.yaml; do
    dpkg -L fjordplan | grep -qx "$f" || fail "dpkg -L fjordplan does not list $f"
done
say "dpkg -L lists the executables, desktop entry, metainfo, MIME type, icons, man pages, copyright, batch examples"

[ "$(fjordplan-cli --version)" = "fjordplan-cli $version" ] || fail "fjordplan-cli --version: $(fjordplan-cli --version)"
[ "$(QT_QPA_PLATFORM=offscreen fjordplan --version)" = "Fjordplan $version" ] || fail "fjordplan --version"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fjordplan-cli new "$work/narvik.fjordplan" --sample narvik >/dev/null
fjordplan-cli evaluate "$work/narvik.fjordplan" >"$work/narvik.json"
grep -q '"format": *"fjordplan-results"' "$work/narvik.json" || fail "evaluate printed no results"
say "the installed fjordplan-cli evaluates the sample ($(wc -c <"$work/narvik.json") bytes of JSON)"

fjordplan-cli report "$work/narvik.fjordplan" --out "$work/narvik.pdf" >/dev/null
head -c 5 "$work/narvik.pdf" | grep -q '%PDF-' || fail "report wrote no PDF"
say "the installed GUI binary writes the report headless (fjordplan-cli report)"

# The GUI on a project given on the command line: still running after 10 s = it opened the file.
status=0
HOME="$work" QT_QPA_PLATFORM=offscreen timeout 10 fjordplan "$work/narvik.fjordplan" >"$work/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/gui.log" >&2; fail "the installed GUI exited ($status) instead of staying up"; }
say "the installed GUI opens a project file (offscreen) and stays up"

lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log" >&2; fail "lintian reports errors"; }
say "lintian: no errors ($(grep -c '^W:' "$work/lintian.log" || true) warnings)"
appstreamcli validate --no-net /usr/share/metainfo/io.fjordplan.Fjordplan.metainfo.xml >/dev/null ||
    fail "appstreamcli validate"
say "appstreamcli validate: passed"
say "PASSED"
