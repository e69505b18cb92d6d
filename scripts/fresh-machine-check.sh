#!/usr/bin/env bash
# Runs one of the README's Quick-start commands on a brand-new Debian 12 machine: a fresh
# `debootstrap --variant=minbase bookworm` root with nothing else installed, holding a clean clone
# of the commit checked out here (HEAD; uncommitted changes are not part of it).
#
#   scripts/fresh-machine-check.sh test   ./scripts/test.sh in the fresh root, then
#                                         scripts/package-check.sh on its build, then the
#                                         ASan + UBSan suite, scripts/sanitize.sh (what CI runs)
#   scripts/fresh-machine-check.sh run    ./scripts/run.sh in the fresh root; passes when the window
#                                         is up (under Xvfb, as run.sh does without a display) and
#                                         still up FJORD_FRESH_UP_SECONDS (default 30) later
#
# Needs root (debootstrap, chroot, mount). Two caches, neither able to hide a missing package:
# the pristine root as a tarball taken straight after debootstrap (FJORD_FRESH_CACHE, default
# /var/cache/fjordplan), and the compiler cache (FJORD_CCACHE_DIR, default ~/.cache/ccache)
# bind-mounted in. Everything mounted is unmounted and the root removed on exit, also on failure
# (FJORD_FRESH_KEEP=1 keeps the root for a look).
set -euo pipefail
mode=${1:-test}
case "$mode" in test | run) ;; *) echo "usage: $0 test|run" >&2; exit 2 ;; esac
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
shared="$repo/../shared"
cache=${FJORD_FRESH_CACHE:-/var/cache/fjordplan}
ccache_dir=${FJORD_CCACHE_DIR:-$HOME/.cache/ccache}
up_seconds=${FJORD_FRESH_UP_SECONDS:-30}
start=$(date +%s)
say() { printf '[fresh-root %4ds] %s\n' "$(($(date +%s) - start))" "$*"; }

command -v debootstrap >/dev/null || {
    say "installing debootstrap on this machine"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

# The Debian mirror this machine already uses (deb822 sources first, then the one-line format).
mirror=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n 1 | awk '{print $2}' || true)
[ -n "$mirror" ] || mirror=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | head -n 1 | awk '{print $2}' || true)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

mkdir -p "$cache" "$ccache_dir"
tarball="$cache/bookworm-minbase.tar.gz"
root=$(mktemp -d /var/tmp/fjordplan-fresh-root.XXXXXX)
mounted=()

cleanup() {
    local rc=$?
    # Processes still running inside the root (a GUI, Xvfb, a test server) would keep mounts busy.
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null || true
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    if [ "${FJORD_FRESH_KEEP:-0}" = 1 ]; then
        say "kept the root at $root"
    elif ! grep -q " $root" /proc/mounts; then
        rm -rf --one-file-system "$root"
    else
        say "warning: something is still mounted under $root; left it in place"
    fi
    exit $rc
}
trap cleanup EXIT INT TERM

if [ ! -s "$tarball" ]; then
    say "debootstrap --variant=minbase bookworm from $mirror (once; later runs reuse the pristine tarball)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        { tail -n 30 "$cache/debootstrap.log" >&2; exit 1; }
    tar -C "$root" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
else
    say "unpacking the pristine minbase root ($tarball)"
    tar -C "$root" -xzf "$tarball"
fi

# mktemp made the root 0700 (and the tarball keeps that mode for "."): a real machine's / is
# world-searchable, and services that drop to another user (the PostgreSQL tests' initdb as nobody)
# cannot even load their libraries otherwise.
chmod 0755 "$root"

# The machine's own apt sources (same mirror, plus updates and security) and name resolution.
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
    cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
    rm -f "$root/etc/apt/sources.list"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

bind() { # bind SRC DST [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted+=("$2")
    [ "${3:-}" = ro ] && mount -o remount,bind,ro "$2"
    return 0
}
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm" && mounted+=("$root/dev/shm")
bind "$ccache_dir" "$root/root/.cache/ccache"
[ -d "$shared" ] && bind "$shared" "$root/work/shared" ro

commit=$(git -C "$repo" rev-parse HEAD)
git -C "$repo" diff --quiet HEAD 2>/dev/null || say "note: uncommitted changes in $repo are not part of the check"
git clone --quiet --no-hardlinks "$repo" "$root/work/fjordplan"
git -C "$root/work/fjordplan" checkout --quiet --detach "$commit"
say "clean clone of $commit in the fresh root"

# The compiler cache holds two builds (testing and asan, about 3 GB each): ccache's default 5 GB
# limit would evict one with the other at every run.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 CI="${CI:-}" \
        CCACHE_MAXSIZE="${FJORD_CCACHE_MAXSIZE:-15G}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/bash -c "cd /work/fjordplan && $1"
}

if [ "$mode" = test ]; then
    say "running ./scripts/test.sh in the fresh root"
    in_root ./scripts/test.sh
    say "PASSED: ./scripts/test.sh on a fresh Debian 12 minbase root"
    # The package a user installs, from the same tree: built, installed with apt, run (issue 16).
    say "running scripts/package-check.sh in the fresh root"
    in_root "bash scripts/package-check.sh build/testing"
    say "PASSED: the .deb installs and runs on a fresh Debian 12 minbase root"
    # The whole suite again under AddressSanitizer + UBSan (issue 17); the bind-mounted compiler
    # cache keeps its build short when the sources did not change much.
    say "running scripts/sanitize.sh in the fresh root"
    in_root "bash scripts/sanitize.sh"
    say "PASSED: every test under ASan + UBSan on a fresh Debian 12 minbase root"
    exit 0
fi

say "running ./scripts/run.sh in the fresh root (no display)"
log="$root/tmp/run.log"
in_root "./scripts/run.sh >/tmp/run.log 2>&1" &
runner=$!
gui_pid() { # the fjordplan process inside the root, if any
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] &&
            [ "$(readlink "$p/exe" 2>/dev/null)" = "$root/work/fjordplan/build/release/app/fjordplan" ] &&
            { echo "${p#/proc/}"; return 0; }
    done
    return 1
}
until pid=$(gui_pid); do
    if ! kill -0 "$runner" 2>/dev/null; then
        tail -n 40 "$log" >&2 || true
        say "FAILED: run.sh ended before the window came up"
        exit 1
    fi
    sleep 5
done
say "the window is up (pid $pid); checking it stays up for ${up_seconds}s"
sleep "$up_seconds"
if ! kill -0 "$pid" 2>/dev/null; then
    tail -n 40 "$log" >&2 || true
    say "FAILED: the window went away"
    exit 1
fi
say "PASSED: ./scripts/run.sh brought the window up on a fresh Debian 12 minbase root and it stayed up"
