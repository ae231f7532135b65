#!/bin/sh
# CPU time per project open (issue 11), a companion of gui-bench.sh that other load on the
# machine moves less than wall-clock times: for the 4- and the 200-keyword bench project, the
# CPU time (user + system) of Annals opening the project 1 + OPENS times, less that of opening
# it once, divided by OPENS. Peak RSS of the longer run as well.
#
# Usage: tests/bench/open-cpu.sh [OPENS] [ANNALS...]
#   OPENS   default 20
#   ANNALS  binaries to compare, run one after the other (default build/annals); the bench
#           projects come from build/tests/bench/annals-benchproject
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
opens=${1:-20}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- "$root/build/annals"
maker=${ANNALS_BENCHPROJECT:-$root/build/tests/bench/annals-benchproject}
[ -x "$maker" ] || { echo "missing $maker (build it first)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed" >&2; exit 1; }

session=open-cpu
. "$root/tests/bench/xvfb-session.sh"
"$maker" 4 "$work/kw4.annals"
"$maker" 200 "$work/kw200.annals"

# run BINARY KEYWORDS SAMPLES: prints "CPU_MS PEAK_RSS_KB"
run() {
    /usr/bin/time -f "%U %S %M" -o "$work/time.txt" env ANNALS_PAINT_PROBE="$work/probe.txt" \
        ANNALS_PAINT_PROBE_SAMPLES="$3" ANNALS_PAINT_PROBE_OPEN="$work/kw$2.annals" \
        ANNALS_PAINT_PROBE_ACTIONS=open "$1" >>"$work/log" 2>&1
    awk '{ printf "%.0f %d\n", ($1 + $2) * 1000, $3 }' "$work/time.txt"
}

echo "| binary | keywords | CPU per open | peak RSS |"
echo "|--------|----------|--------------|----------|"
for binary in "$@"; do
    for keywords in 4 200; do
        once=$(run "$binary" $keywords 1)
        many=$(run "$binary" $keywords $((opens + 1)))
        echo "$binary $keywords $once $many" | awk -v n="$opens" \
            '{ printf "| %s | %s | %.1f ms | %.1f MB |\n", $1, $2, ($5 - $3) / n, $6 / 1024 }'
    done
done
