#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build folder, replays each committed
# corpus, then fuzzes each target for SECONDS (default 30). Exits non-zero on any crash, leak,
# timeout (> 10 s for one input) or OOM (> 2048 MB), naming the input that caused it.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS]
#
# Environment:
#   ANNALS_FUZZ_BUILD_DIR   build folder (default: build-fuzz next to this checkout's sources)
#   ANNALS_FUZZ_BOOST_SRC   Boost.Serialization 1.74 sources (libs/serialization/src) to build
#                           instrumented; the fuzzer then sees coverage inside Boost too. One
#                           way to get them: a deb-src line for bookworm, then
#                           apt-get source --download-only boost1.74 and
#                           tar -xJf boost1.74_*.orig.tar.xz --wildcards '*/libs/serialization/src/*'
#
# New inputs the fuzzer finds go to $BUILD/fuzz-corpus/TARGET, not into the committed corpus;
# crash inputs go to $BUILD/fuzz-artifacts. Add a reproducer to tests/fuzz/corpus/ by hand,
# with a test row that names its message.
set -euo pipefail

# Each target with the folder of tests/fuzz/corpus/ that seeds it. To add one (extract JSON,
# CSV, text decoding, ...): annals_add_fuzzer() in CMakeLists.txt and a line here.
TARGETS=(
    "fuzz_project_load:project"
    "fuzz_extract_reader:extract"
    "fuzz_figures_csv:figures-csv"
    "fuzz_keyword_counts_json:keyword-counts"
    "fuzz_report_text:report-text"
    "fuzz_keyword_declaration:keyword-declaration"
)

seconds="${1:-30}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${ANNALS_FUZZ_BUILD_DIR:-$root/build-fuzz}"
limits=(-rss_limit_mb=2048 -timeout=10)
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
flags+=" -fno-sanitize-recover=undefined"

names=()
for entry in "${TARGETS[@]}"; do
    names+=("${entry%%:*}")
done

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DANNALS_FUZZ=ON \
    -DANNALS_FUZZ_BOOST_SERIALIZATION_SRC="${ANNALS_FUZZ_BOOST_SRC:-}" >/dev/null
cmake --build "$build" --target "${names[@]}"

# Reports that a fuzzer found nothing and is clean of leaks are printed by libFuzzer itself.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
for entry in "${TARGETS[@]}"; do
    name="${entry%%:*}"
    seeds="$root/tests/fuzz/corpus/${entry#*:}"
    binary="$build/tests/fuzz/$name"
    work="$build/fuzz-corpus/$name"
    artifacts="$build/fuzz-artifacts/$name/"
    mkdir -p "$work" "$artifacts"

    echo "== $name: replaying $(find "$seeds" -type f | wc -l) committed inputs"
    mapfile -t inputs < <(find "$seeds" -type f | sort)
    if ! "$binary" "${limits[@]}" -artifact_prefix="$artifacts" "${inputs[@]}" \
            >"$build/$name-replay.log" 2>&1; then
        tail -n 30 "$build/$name-replay.log"
        failed+=("$name (replay)")
        continue
    fi

    echo "== $name: fuzzing for $seconds s"
    # The first folder receives new inputs; the committed seeds are read only.
    if ! "$binary" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$artifacts" \
            "$work" "$seeds" >"$build/$name-fuzz.log" 2>&1; then
        tail -n 40 "$build/$name-fuzz.log"
        failed+=("$name")
        continue
    fi
    grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb" \
        "$build/$name-fuzz.log" || true
done

if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts)" >&2
    exit 1
fi
echo "all fuzz targets clean: ${names[*]}"
