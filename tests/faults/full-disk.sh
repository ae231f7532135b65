#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A real full disk: a 256 KiB tmpfs holding an old export, a project and a count, then every
# writer of annals aimed at it. Each must exit 1 with "cannot be written" and leave the old
# file as it was. The test suite fakes the full disk with RLIMIT_FSIZE (tst_outputfaults);
# this checks the same on a file system that really runs out of room. Needs root (mount).
#   tests/faults/full-disk.sh [build/annals]
set -eu
annals=$(realpath "${1:-build/annals}")
if [ "$(id -u)" -ne 0 ]; then
    echo "full-disk.sh: needs root to mount a tmpfs; skipped"
    exit 0
fi
disk=$(mktemp -d)
if ! mount -t tmpfs -o size=256k tmpfs "$disk" 2>/dev/null; then
    echo "full-disk.sh: cannot mount a tmpfs here; skipped"
    rmdir "$disk"
    exit 0
fi
trap 'umount "$disk"; rmdir "$disk"' EXIT
failures=0

old="the old file, which must survive"
for name in chart.png chart.svg chart.pdf data.csv data.csv.json counts.json; do
    echo "$old" > "$disk/$name"
done
# Fill what is left so that nothing larger than a few bytes fits.
dd if=/dev/zero of="$disk/filler" bs=1k count=1024 2>/dev/null || true

check() { # description, expected status, command...
    what=$1
    shift
    set +e
    "$@" > "$disk/../full-disk-out.$$" 2>&1
    status=$?
    set -e
    message=$(cat "$disk/../full-disk-out.$$")
    rm -f "$disk/../full-disk-out.$$"
    if [ "$status" -ne 1 ] || ! echo "$message" | grep -q "cannot be written"; then
        echo "FAIL: $what: status $status: $message"
        failures=$((failures + 1))
    else
        echo "ok: $what: $(echo "$message" | grep "cannot be written" | head -n 1)"
    fi
}

check "export --png" "$annals" export --png "$disk/chart.png"
check "export --svg" "$annals" export --svg "$disk/chart.svg"
check "export --pdf" "$annals" export --pdf "$disk/chart.pdf"
check "export --csv" "$annals" export --csv "$disk/data.csv"
corpus="$(dirname "$0")/../../../shared/corpus"
if [ -d "$corpus" ]; then
    check "count --format json -o" "$annals" count -k 科技 --format json -o "$disk/counts.json" \
        "$corpus"
fi
for name in chart.png chart.svg chart.pdf data.csv data.csv.json counts.json; do
    if [ "$(cat "$disk/$name")" != "$old" ]; then
        echo "FAIL: $name was changed"
        failures=$((failures + 1))
    fi
done
leftovers=$(find "$disk" -name '*.tmp' -o -name '.*' -type f | wc -l)
if [ "$leftovers" -ne 0 ]; then
    echo "FAIL: temporary files left on the full disk"
    failures=$((failures + 1))
fi
echo "full-disk.sh: $failures failed"
[ "$failures" -eq 0 ]
