#!/bin/sh
# New-phrase benchmark: annals new-terms over every year of a corpus, against a naive
# reference implementation of the same rule in Python (sets of n-grams per report), and
# against annals count reading the same files, all in the same run.
#
# Usage: tests/bench/newterms-bench.sh [ANNALS_BINARY] [CORPUS_DIR]
#   ANNALS_BINARY  default build/annals
#   CORPUS_DIR     default ../shared/corpus (the 52 Government Work Reports)
#
# annals: every year, new and dropped phrases, all rows (--top 0), no stop-list, CSV with
# the first sentence of each row. The reference: Han characters only (what the corpus holds),
# same normalisation (whitespace and zero-width characters removed), runs of Han characters,
# n-grams of 2 to 8 characters, new = not in any earlier year, listed unless an n-gram one
# character longer has the same count; no sentences, no dropped phrases, so it does less.
# The rows of both are compared for 2021 (phrase and count) and the difference shown.
# Each tool runs ANNALS_BENCH_RUNS times (default 3), in turns; the median wall and CPU
# (user + system) times are shown with the ratio; the load average says how busy the machine
# was. Timings are side by side, not pass/fail.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
annals=${1:-$root/build/annals}
corpus=${2:-$root/../shared/corpus}
runs=${ANNALS_BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$annals" ] || { echo "no annals binary at $annals" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }

cat > "$work/reference.py" <<'PYTHON'
import collections, os, re, sys
corpus, out = sys.argv[1], sys.argv[2]
removed = re.compile('[\\s\u200b\u200c\u200d\u2060\ufeff\u3000]')
han = re.compile('[\u3400-\u4dbf\u4e00-\u9fff]+')
docs = []
for name in sorted(os.listdir(corpus)):
    if not name.endswith('.txt'):
        continue
    year = int(re.search(r'(19|20)\d\d', name).group(0))
    text = removed.sub('', open(os.path.join(corpus, name), encoding='utf-8-sig').read())
    counts = collections.Counter()
    for run in han.findall(text):
        for n in range(2, 10):
            for i in range(len(run) - n + 1):
                counts[run[i:i + n]] += 1
    docs.append((year, counts))
docs.sort(key=lambda d: d[0])
seen = set()
with open(out, 'w', encoding='utf-8') as f:
    for year, counts in docs:
        grams = {g for g in counts if len(g) <= 8}
        new = grams - seen
        open_ = set()
        for g, c in counts.items():
            if len(g) >= 3:
                for part in (g[:-1], g[1:]):
                    if counts.get(part) == c:
                        open_.add(part)
        for g in sorted(new - open_):
            f.write('%d,%s,%d\n' % (year, g, counts[g]))
        seen |= grams
PYTHON

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Appends "wall cpu" (cpu = user + system seconds) of one run to file $1.
clock() { out=$1; shift; /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null; \
          awk '{print $1, $2 + $3}' "$work/time" >> "$out"; }

: > "$work/annals.t"; : > "$work/reference.t"; : > "$work/count.t"
i=0
while [ $i -lt "$runs" ]; do
    clock "$work/annals.t" "$annals" new-terms "$corpus" --top 0 --dropped --no-stop-list \
        -o "$work/annals.csv"
    clock "$work/reference.t" python3 "$work/reference.py" "$corpus" "$work/reference.csv"
    clock "$work/count.t" "$annals" count -k 科技 "$corpus" -o "$work/count.csv"
    i=$((i + 1))
done
a=$(cut -d' ' -f1 "$work/annals.t" | median); ac=$(cut -d' ' -f2 "$work/annals.t" | median)
r=$(cut -d' ' -f1 "$work/reference.t" | median); rc=$(cut -d' ' -f2 "$work/reference.t" | median)
c=$(cut -d' ' -f1 "$work/count.t" | median); cc=$(cut -d' ' -f2 "$work/count.t" | median)
echo "reports: $(ls "$corpus"/*.txt | wc -l), $(du -sh "$corpus" | cut -f1); $(nproc) cores;" \
     "load average $(cut -d' ' -f1 /proc/loadavg)"
echo "median of $runs runs       wall s    cpu s   ratio (wall)"
printf 'annals new-terms (all years) %7.2f  %7.2f\n' "$a" "$ac"
printf 'python reference (new only)  %7.2f  %7.2f   annals %.1fx faster\n' "$r" "$rc" \
    "$(awk "BEGIN {print $r / $a}")"
printf 'annals count -k (reads all)  %7.2f  %7.2f   new-terms %.1fx as long\n' "$c" "$cc" \
    "$(awk "BEGIN {print $a / $c}")"
# The same rows? (2021, Han phrases: the reference has no English words)
grep '^2021,' "$work/reference.csv" | cut -d, -f2,3 | sort > "$work/r2021"
awk -F, '$1 == 2021 && $3 == "new" && $2 !~ /[A-Za-z0-9]/ {print $2 "," $4}' \
    "$work/annals.csv" | sort > "$work/a2021"
echo "2021 new phrases: annals $(wc -l < "$work/a2021"), reference $(wc -l < "$work/r2021"),"\
     "differing rows: $(comm -3 "$work/a2021" "$work/r2021" | wc -l)"
