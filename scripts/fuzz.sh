#!/usr/bin/env bash
# Runs each libFuzzer target (tests/fuzz/libfuzzer: EPW reader, NetBox importer, project loader,
# load-profile CSV) for the given seconds (default 60) over a scratch copy of its seed corpus
# (tests/fuzz/corpus/<target> and the kept crash inputs, tests/fuzz/regressions/<target>), after
# installing clang and building the fuzz preset (scripts/setup.sh fuzz). Fails if any target
# crashes, leaks, times out or breaks a check of fuzzchecks.h, and prints where the input went: copy
# it into tests/fuzz/regressions/<target>/ with the fix, so that tst_fuzzinputs replays it.
#   scripts/fuzz.sh            # CI: 60 s each
#   scripts/fuzz.sh 3600       # a long run: an hour each
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(epw netbox project loadprofile)

# The machine is shared: two compile jobs at a lower priority.
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
nice -n 5 bash scripts/setup.sh fuzz

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fjordplan-fuzz.XXXXXX")
# A leak is reported as a crash; UBSan stops at the first finding, with a stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
passed=0
failed=()
for t in "${targets[@]}"; do
    dir=$scratch/$t
    mkdir -p "$dir/corpus" "$dir/crashes" "$dir/tmp"
    find "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" -type f ! -name '.*' \
        -exec cp -t "$dir/corpus" {} +
    echo "fuzz_$t: ${seconds} s over $(ls "$dir/corpus" | wc -l) seeds (log: $dir/log)"
    # -timeout: one input taking longer is a hang; the readers' own budgets should stop far sooner.
    if TMPDIR=$dir/tmp build/fuzz/tests/fuzz/libfuzzer/fuzz_$t -max_total_time="$seconds" \
        -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$dir/crashes/" \
        "$dir/corpus" >"$dir/log" 2>&1; then
        passed=$((passed + 1))
        grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$dir/log" | tail -n 2 | sed 's/^/  /'
    else
        failed+=("$t")
        tail -n 40 "$dir/log" >&2
        echo "fuzz_$t FAILED; the input is in:" >&2
        ls -1 "$dir/crashes/"* >&2 2>/dev/null || echo "  (no input saved; see $dir/log)" >&2
    fi
done
echo "fuzz: ${passed} passed, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed targets: ${failed[*]}; logs and inputs kept in $scratch" >&2
    exit 1
fi
rm -rf "$scratch"
