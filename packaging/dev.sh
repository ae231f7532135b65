#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, on a fresh Debian 12 machine:
#   packaging/dev.sh run    install what is missing, build, open Annals on the embedded dataset
#   packaging/dev.sh test   install what is missing, build, run the whole test suite headless
# and one for CI (.ci/run) and for checking memory errors by hand:
#   packaging/dev.sh sanitize   the whole test suite under AddressSanitizer + UBSan (clang,
#                               build-asan, the "asan" preset of CMakePresets.json; the same
#                               build holds the fuzz targets, see tests/fuzz/run-fuzzers.sh)
# All are idempotent: packages already installed and up-to-date builds are skipped.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build="${ANNALS_BUILD_DIR:-$here/build}"

# Build and test dependencies, all from Debian 12's archive.
packages="build-essential cmake ninja-build pkg-config lld
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
qt6-tools-dev-tools libboost-serialization-dev libssl-dev libxkbcommon-dev
fonts-wqy-microhei xvfb xauth x11-apps imagemagick poppler-utils
appstream desktop-file-utils dpkg-dev file ripgrep python3 librsvg2-bin qt6-translations-l10n"

install_missing() {
    missing=""
    for package in $packages; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        case "$status" in
            *"ok installed"*) ;;
            *) missing="$missing $package" ;;
        esac
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

configure_and_build() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${1:-RelWithDebInfo}" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

case "${1:-}" in
    run)
        install_missing
        configure_and_build
        exec "$build/annals"
        ;;
    test)
        install_missing
        configure_and_build
        cd "$build"
        ctest --output-on-failure --parallel "$(nproc)" --timeout 600
        ;;
    sanitize)
        # llvm provides llvm-symbolizer, which turns sanitizer reports into file:line.
        packages="$packages clang libclang-rt-14-dev llvm"
        install_missing
        build="${ANNALS_BUILD_DIR:-$here/build-asan}"
        (cd "$here" && cmake --preset asan -B "$build" >/dev/null)
        cmake --build "$build" --parallel "$(nproc)"
        cd "$build"
        # Sanitized code runs several times slower: a longer timeout than the normal run. The
        # crash-safe save test runs its long mode here (100 kills instead of 25).
        ANNALS_CRASH_ROUNDS="${ANNALS_CRASH_ROUNDS:-100}" \
            ctest --output-on-failure --parallel "$(nproc)" --timeout 900
        ;;
    *)
        echo "usage: $0 run|test|sanitize" >&2
        exit 2
        ;;
esac
