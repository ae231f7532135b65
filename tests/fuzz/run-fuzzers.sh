#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build folder, replays each committed
# corpus, then fuzzes each target for SECONDS (default 30), as many at a time as there are
# cores. Exits non-zero on any crash, leak, timeout (> 10 s for one input) or OOM (> 2048 MB),
# naming the input that caused it.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#
# Environment:
#   ANNALS_FUZZ_BUILD_DIR   build folder (default: build-fuzz next to this checkout's sources).
#                           packaging/dev.sh sanitize configures build-asan the same way, so
#                           CI points this at build-asan and builds once for both.
#   ANNALS_FUZZ_BOOST_SRC   Boost.Serialization 1.74 sources (libs/serialization/src) to build
#                           instrumented; the fuzzer then sees coverage inside Boost too. One
#                           way to get them (.ci/run does this): a deb-src line for bookworm,
#                           then apt-get source --download-only boost1.74 and tar -xJf
#                           boost1.74_*.orig.tar.xz --wildcards '*/libs/serialization/src/*'
#                           Without it the targets link the system libboost_serialization.
#   ANNALS_FUZZ_JOBS        targets fuzzed at the same time (default: nproc)
#
# New inputs the fuzzer finds go to $BUILD/fuzz-corpus/TARGET, not into the committed corpus;
# crash inputs go to $BUILD/fuzz-artifacts/TARGET. Add a reproducer to tests/fuzz/corpus/ by
# hand (named regression-*), with a test row that names its message (see
# tests/core/tst_keywordscanner.cpp).
set -euo pipefail

# Each target with its seed folders, relative to tests/: the test fixtures of its format (valid
# and invalid, shared with the QtTest tests, so there is one copy of each) and its own folder of
# tests/fuzz/corpus/ for inputs no test reads (fuzzer findings named regression-*, extra
# seeds). To add one: annals_add_fuzzer() in CMakeLists.txt, seed folders and a line here.
# Targets that read the same format share folders: fuzz_project_structured mutates the same
# project files (projectmutator.h) that fuzz_project_load flips bytes in.
project_seeds="fuzz/corpus/project data/project data/project-invalid"
TARGETS=(
    "fuzz_project_load:$project_seeds"
    "fuzz_project_structured:$project_seeds"
    "fuzz_extract_reader:fuzz/corpus/extract data/extract data/extract-invalid"
    "fuzz_figures_csv:data/figures-csv data/figures-csv-invalid"
    "fuzz_keyword_counts_json:fuzz/corpus/keyword-counts data/keyword-counts
        data/keyword-counts-invalid"
    "fuzz_report_text:fuzz/corpus/report-text data/textdecoder data/reporttextreader data/reports"
    "fuzz_keyword_declaration:fuzz/corpus/keyword-declaration"
)

seconds="${1:-30}"
shift || true
if (($#)); then
    selected=()
    for entry in "${TARGETS[@]}"; do
        for wanted in "$@"; do
            [[ "${entry%%:*}" == "$wanted" ]] && selected+=("$entry")
        done
    done
    TARGETS=("${selected[@]}")
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${ANNALS_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${ANNALS_FUZZ_JOBS:-$(nproc)}"
limits=(-rss_limit_mb=2048 -timeout=10)

names=()
for entry in "${TARGETS[@]}"; do
    names+=("${entry%%:*}")
done

# The "asan" preset (CMakePresets.json): the same configuration as packaging/dev.sh sanitize,
# so one build serves the fuzzers and the sanitizer run of the test suite.
(cd "$root" && cmake --preset asan -B "$build" >/dev/null)
cmake --build "$build" --target "${names[@]}"

# Reports that a fuzzer found nothing and is clean of leaks are printed by libFuzzer itself.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Replays, then fuzzes one target; its output goes to $build/NAME-*.log.
run_target() {
    local name="$1"
    local seeds=()
    for folder in $2; do
        seeds+=("$root/tests/$folder")
    done
    local binary="$build/tests/fuzz/$name"
    local work="$build/fuzz-corpus/$name"
    local artifacts="$build/fuzz-artifacts/$name/"
    mkdir -p "$work" "$artifacts"
    local inputs
    mapfile -t inputs < <(find "${seeds[@]}" -type f ! -name '*.md' | sort)
    if ! "$binary" "${limits[@]}" -artifact_prefix="$artifacts" "${inputs[@]}" \
            >"$build/$name-replay.log" 2>&1; then
        echo "== $name: a committed input fails (replay)"
        tail -n 30 "$build/$name-replay.log"
        return 1
    fi
    # The first folder receives new inputs; the committed seeds are read only.
    if ! "$binary" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$artifacts" "$work" "${seeds[@]}" >"$build/$name-fuzz.log" 2>&1; then
        echo "== $name: FOUND SOMETHING"
        grep -E "^==[0-9]+==ERROR|INVARIANT BROKEN|^SUMMARY|Test unit written" \
            "$build/$name-fuzz.log" || true
        tail -n 40 "$build/$name-fuzz.log"
        return 1
    fi
    echo "== $name: ${#inputs[@]} committed inputs replayed;" \
         "$(grep -E '^#[0-9]+[[:space:]]+DONE' "$build/$name-fuzz.log" | sed 's/ *DONE */ /')"
}

failed=()
pids=()
pid_names=()
wait_one() {
    # Waits for the oldest running target and notes whether it failed.
    if ! wait "${pids[0]}"; then
        failed+=("${pid_names[0]}")
    fi
    pids=("${pids[@]:1}")
    pid_names=("${pid_names[@]:1}")
}
for entry in "${TARGETS[@]}"; do
    while ((${#pids[@]} >= jobs)); do
        wait_one
    done
    run_target "${entry%%:*}" "${entry#*:}" &
    pids+=("$!")
    pid_names+=("${entry%%:*}")
done
while ((${#pids[@]})); do
    wait_one
done

if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts; logs in $build/*-fuzz.log)" >&2
    exit 1
fi
echo "all fuzz targets clean: ${names[*]}"
