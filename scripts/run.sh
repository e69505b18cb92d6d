#!/usr/bin/env bash
# One command: install dependencies, build (release preset) and open the GUI on the Narvik sample.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh release
app=./build/release/app/fjordplan
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No display (a server or container): run it on a virtual X server instead of failing.
    if ! command -v xvfb-run >/dev/null; then
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends xvfb xauth
    fi
    echo "No display found: starting Fjordplan under Xvfb (invisible; use a desktop session to see it)." >&2
    exec xvfb-run -a "$app" --sample narvik "$@"
fi
exec "$app" --sample narvik "$@"
