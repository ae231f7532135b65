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
# Each tool runs ANNALS_BENCH_RUNS times (default 3), in turns; the median wall time is
# shown with the ratio. Timings are side by side, not pass/fail.
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
clock() { start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); \
          echo "$end - $start" | bc; }

: > "$work/annals.t"; : > "$work/reference.t"; : > "$work/count.t"
i=0
while [ $i -lt "$runs" ]; do
    clock "$annals" new-terms "$corpus" --top 0 --dropped --no-stop-list \
        -o "$work/annals.csv" >> "$work/annals.t"
    clock python3 "$work/reference.py" "$corpus" "$work/reference.csv" >> "$work/reference.t"
    clock "$annals" count -k 科技 "$corpus" -o "$work/count.csv" >> "$work/count.t"
    i=$((i + 1))
done
a=$(median < "$work/annals.t")
r=$(median < "$work/reference.t")
c=$(median < "$work/count.t")
echo "reports: $(ls "$corpus"/*.txt | wc -l), $(du -sh "$corpus" | cut -f1); $(nproc) cores"
printf 'annals new-terms (all years)   %6.2f s\n' "$a"
printf 'python reference (new only)    %6.2f s   annals is %.1fx faster\n' "$r" \
    "$(echo "$r / $a" | bc -l)"
printf 'annals count -k (reads only)   %6.2f s   new-terms takes %.1fx as long\n' "$c" \
    "$(echo "$a / $c" | bc -l)"
# The same rows? (2021, Han phrases: the reference has no English words)
grep '^2021,' "$work/reference.csv" | cut -d, -f2,3 | sort > "$work/r2021"
awk -F, '$1 == 2021 && $3 == "new" && $2 !~ /[A-Za-z0-9]/ {print $2 "," $4}' \
    "$work/annals.csv" | sort > "$work/a2021"
echo "2021 new phrases: annals $(wc -l < "$work/a2021"), reference $(wc -l < "$work/r2021"),"\
     "differing rows: $(comm -3 "$work/a2021" "$work/r2021" | wc -l)"
