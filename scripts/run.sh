#!/usr/bin/env bash
# One command: install dependencies, build (release preset) and open the GUI on the Narvik sample.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh release
exec ./build/release/app/fjordplan --sample narvik "$@"
