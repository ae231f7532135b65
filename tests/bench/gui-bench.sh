#!/bin/sh
# GUI responsiveness benchmark (issue 11): Annals against a bare one-chart QtCharts window.
#
# Usage: tests/bench/gui-bench.sh [BUILD_DIR] [SAMPLES]
#   BUILD_DIR  default build (needs annals and tests/bench/annals-{reference-app,benchproject})
#   SAMPLES    default 30: launches per startup row, samples per action
#
# Everything runs on one Xvfb server (1280x800x24) with its own HOME, so saved settings and
# recovery files of a real session play no part. The times come from PaintProbe
# (app/gui/paintprobe.h, enabled by ANNALS_PAINT_PROBE): startup is from the launcher's time
# stamp to the end of the first paint of every chart; an action is from posting its input
# event (a mouse click on the keyword chart, Right/Left on it, PageUp/PageDown in the range's
# first year, opening a project) to the end of the last repaint of every chart it caused.
# Projects: the embedded dataset plus 4 or 200 generated keywords, shown over 1954–2025 (a
# project shows at most InputLimits::maxShownKeywords = 100 of them). Peak RSS comes from
# /usr/bin/time -v: of each startup launch (median), and of the whole sampled run of a project.
# Two more series of launches tell startup apart: the reference with three charts
# (ANNALS_REFERENCE_CHARTS=3), like the dashboard, and Annals building, showing and closing one
# main window before the timed one (ANNALS_PAINT_PROBE_WARM_UP): what the timed window then
# costs is Annals' own work, and the difference to a first window is the first use of fonts,
# glyphs and styles in the process.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
samples=${2:-30}
annals=$build/annals
reference=$build/tests/bench/annals-reference-app
maker=$build/tests/bench/annals-benchproject
for binary in "$annals" "$reference" "$maker"; do
    [ -x "$binary" ] || { echo "missing $binary (build it first)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed for peak memory" >&2; exit 1; }

session=gui-bench
. "$root/tests/bench/xvfb-session.sh"
unset ANNALS_PAINT_PROBE_OPEN ANNALS_PAINT_PROBE_SAMPLES

"$maker" 4 "$work/kw4.annals"
"$maker" 200 "$work/kw200.annals"

# run NAME [ENV=VALUE...] BINARY: one launch, probe lines and "rss KB" appended to NAME.txt.
run() {
    name=$1
    shift
    rm -f "$work/probe.txt"
    /usr/bin/time -v -o "$work/time.txt" timeout 60 env ANNALS_PAINT_PROBE="$work/probe.txt" \
        ANNALS_PAINT_PROBE_T0="$(date +%s%N)" "$@" >>"$work/$name.log" 2>&1 ||
        { echo "$name: the launch failed or hung:" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
    [ -s "$work/probe.txt" ] || { echo "$name: no probe output" >&2; exit 1; }
    cat "$work/probe.txt" >>"$work/$name.txt"
    awk '/Maximum resident set size/ { print "rss", $NF }' "$work/time.txt" >>"$work/$name.txt"
}

echo "startup: $samples launches each of the reference app (one and three charts), Annals and" \
    "Annals warmed up" >&2
i=0
while [ $i -lt "$samples" ]; do
    run reference "$reference"
    run reference3 ANNALS_REFERENCE_CHARTS=3 "$reference"
    run annals "$annals"
    run warm ANNALS_PAINT_PROBE_WARM_UP=1 "$annals"
    i=$((i + 1))
done
echo "actions: $samples samples each, 4 and 200 keywords" >&2
run kw4 ANNALS_PAINT_PROBE_SAMPLES="$samples" ANNALS_PAINT_PROBE_OPEN="$work/kw4.annals" "$annals"
run kw200 ANNALS_PAINT_PROBE_SAMPLES="$samples" ANNALS_PAINT_PROBE_OPEN="$work/kw200.annals" \
    "$annals"

python3 - "$work" <<'PYTHON'
import statistics, sys
work = sys.argv[1]
def load(name):
    values = {}
    for line in open(f'{work}/{name}.txt'):
        key, value = line.split()
        values.setdefault(key, []).append(float(value))
    return values
ref, ref3, app, warm, kw4, kw200 = (load(n) for n in ('reference', 'reference3', 'annals',
                                                       'warm', 'kw4', 'kw200'))
med = statistics.median
def row(label, a, b, unit):
    print(f'| {label:<28} | {a:>9.1f} {unit:<2} | {b:>9.1f} {unit:<2} | {b / a:>6.2f}x |')
print('| Annals, 4 vs 200 keywords    |     4 keywords |   200 keywords |  ratio |')
print('|------------------------------|----------------|----------------|--------|')
for action, label in (('open', 'open the project'), ('click', 'year click, all charts'),
                      ('step', 'arrow step, all charts'), ('range', 'range change, all charts')):
    row(label, med(kw4[action]), med(kw200[action]), 'ms')
row('peak RSS of the run', kw4['rss'][0] / 1024, kw200['rss'][0] / 1024, 'MB')
print()
print('| Startup                      |      reference |         Annals |  ratio |')
print('|------------------------------|----------------|----------------|--------|')
row('to the painted window', med(ref['startup']), med(app['startup']), 'ms')
row('peak RSS', med(ref['rss']) / 1024, med(app['rss']) / 1024, 'MB')
print()
# PaintProbe::phase() marks, from the same start as the row they belong to.
print('| Where the time goes (medians)          |     4 keywords |   200 keywords |')
print('|----------------------------------------|----------------|----------------|')
for key, label in (('open.read', 'open: project read (on a worker)'),
                   ('open.applied', 'open: applied to the window'),
                   ('open', 'open: painted')):
    print(f'| {label:<38} | {med(kw4[key]):>9.1f} ms   | {med(kw200[key]):>9.1f} ms   |')
print()
# Startup after QApplication: the reference, Annals' first window, and Annals' window built
# after a first one was shown and closed (ANNALS_PAINT_PROBE_WARM_UP): the difference between
# the last two is the first use of fonts, glyphs and styles in the process.
def since(values, start, key):
    return med([b - a for a, b in zip(values[start], values[key])])
print('| Startup phases (medians)         | reference | 3 charts |    Annals | Annals, warm |')
print('|----------------------------------|-----------|----------|-----------|--------------|')
print(f'| {"QApplication built, from launch":<32} | {med(ref["startup.application"]):6.1f} ms '
      f'| {med(ref3["startup.application"]):5.1f} ms '
      f'| {med(app["startup.application"]):6.1f} ms |            - |')
for key, label in (('startup.window', 'then: window built'), ('startup.shown', 'then: shown'),
                   ('startup', 'then: painted')):
    print(f'| {label:<32} | {since(ref, "startup.application", key):6.1f} ms '
          f'| {since(ref3, "startup.application", key):5.1f} ms '
          f'| {since(app, "startup.application", key):6.1f} ms '
          f'| {since(warm, "startup.warm", key):9.1f} ms |')
print(f'| {"painted, from launch":<32} | {med(ref["startup"]):6.1f} ms '
      f'| {med(ref3["startup"]):5.1f} ms | {med(app["startup"]):6.1f} ms |            - |')
PYTHON
