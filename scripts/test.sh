#!/usr/bin/env bash
# One command: install dependencies, build (testing preset) and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh testing
ctest --preset testing
