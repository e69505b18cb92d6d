#!/usr/bin/env bash
# Builds the asan preset (GCC, AddressSanitizer + UndefinedBehaviorSanitizer, -O1) and runs the
# whole ctest suite with it, UI tests included (offscreen). Installs what is missing first (setup.sh;
# GCC's libasan/libubsan come with build-essential). CI runs it in the fresh root after test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh asan

# Any sanitizer report fails the test that triggered it: halt_on_error=1 for both. UBSan is built
# recoverable (the preset has no -fno-sanitize-recover) only so that its suppression file works:
# reports inside Qt's own headers are listed, with the reason, in tests/sanitizers/ubsan.supp.
# detect_leaks=0: Qt, fontconfig and the platform plugins keep allocations to process exit by design
# (singletons, caches, plugin instances); LeakSanitizer reports hundreds of those per UI test and
# would drown anything of ours. AddressSanitizer's memory errors (use after free, overflows, double
# free) and all of UBSan stay on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tests/sanitizers/ubsan.supp}"
export QT_QPA_PLATFORM=offscreen
# Instrumented code runs several times slower: QTest's per-function limit (default 5 min) goes up
# with the preset's per-test CTest limits (FJORD_TEST_TIMEOUT_FACTOR multiplies each test's).
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-900000}"
ctest --preset asan "$@"
