#!/bin/sh
# Keyword-counting benchmark: annals count against a Vectorscan counter and ripgrep on the
# same files, same keywords.
#
# Usage: tests/bench/keyword-bench.sh [ANNALS_BINARY] [WORK_DIR] [MEGABYTES]
#   ANNALS_BINARY  default build/annals
#   WORK_DIR       default /tmp/annals-keyword-bench (about 2.5 x MEGABYTES of disk)
#   MEGABYTES      corpus size, default $MEGABYTES or 1100 (250: 2,695 files)
#   ANNALS_VECTORSCAN  the Vectorscan counter, default annals-vectorscan-count next to
#                  ANNALS_BINARY (in tests/bench/); built only where pkg-config finds libhs
#                  (Debian: apt-get install libvectorscan-dev, then cmake the build again and
#                  build the target annals-vectorscan-count). Without it the script times the
#                  other two tools and says so.
#
# The corpus is deterministic: each file is one report of ../shared/corpus (in turn) followed
# by English report-like filler from a fixed vocabulary and a fixed pseudo-random sequence,
# so every run on every machine reads the same bytes. Keywords (1,000): the 94 English words
# of the filler and the most frequent Han 2- to 4-grams of the reports.
#
# annals count and annals-vectorscan-count do the same work with different engines: every
# keyword counted separately per file, overlaps included, after removing whitespace and
# zero-width characters, UTF-8 checked, one CSV row per file and keyword, files counted in
# parallel with one thread per core (see tests/bench/vectorscancount.cpp for the few things
# the Vectorscan counter leaves out). The script checks that the two agree on the count of
# every document x keyword pair and exits with status 1 if they do not. ripgrep does other
# work: it counts non-overlapping matches per file (one number per file), on the raw text.
# All run on warm page cache.
# Peak memory is shown for the full corpus and for a quarter of it: it should not grow.
# Each tool runs ANNALS_BENCH_RUNS times (default 5), in turns; the median run is shown.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
annals=${1:-$root/build/annals}
work=${2:-/tmp/annals-keyword-bench}
megabytes=${3:-${MEGABYTES:-1100}}
corpus=${ANNALS_CORPUS:-$root/../shared/corpus}

[ -x "$annals" ] || { echo "no annals binary at $annals" >&2; exit 1; }
vectorscan=${ANNALS_VECTORSCAN:-$(dirname "$annals")/tests/bench/annals-vectorscan-count}
if [ ! -x "$vectorscan" ]; then
    echo "note: no Vectorscan counter at $vectorscan; timing annals and ripgrep only" \
         "(apt-get install libvectorscan-dev, cmake the build again, build the target" \
         "annals-vectorscan-count)" >&2
    vectorscan=
fi
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed for peak memory" >&2; exit 1; }
mkdir -p "$work"

if [ ! -f "$work/.complete-v2-$megabytes" ]; then
    rm -rf "$work/full" "$work/quarter"
    python3 - "$corpus" "$work" "$megabytes" <<'PYTHON'
import collections, os, re, sys

corpus, work, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
reports = [open(os.path.join(corpus, name), encoding='utf-8').read()
           for name in sorted(os.listdir(corpus)) if name.endswith('.txt')]
words = ('the government will development technology innovation reform economy growth '
         'science research policy market energy security employment education agriculture '
         'industry digital artificial intelligence quality productive forces opening people '
         'stability investment consumption manufacturing infrastructure green carbon climate '
         'finance fiscal budget deficit local rural urban housing health care pension social '
         'insurance poverty income private enterprises state owned capital foreign trade '
         'exports imports services internet data network chips semiconductors quantum space '
         'talent universities laboratories basic applied breakthroughs strategic emerging '
         'industries modern system governance law reforms deepen promote advance ensure '
         'strengthen improve expand boost steady progress targets percent year').split()
state = 2024
def rand():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state >> 8
def filler(size):
    out, length = [], 0
    while length < size:
        sentence = ' '.join(words[rand() % len(words)] for _ in range(8 + rand() % 12))
        sentence = sentence[0].upper() + sentence[1:] + '.'
        out.append(sentence)
        length += len(sentence) + 1
        if rand() % 7 == 0:
            out.append('\n\n')
    return ' '.join(out)

full = os.path.join(work, 'full')
quarter = os.path.join(work, 'quarter')
os.makedirs(full)
os.makedirs(quarter)
target, total, index = megabytes * 1000 * 1000, 0, 0
while total < target:
    data = (reports[index % len(reports)] + '\n' + filler(20000 + rand() % 20000)).encode()
    name = 'doc-%05d.txt' % index
    with open(os.path.join(full, name), 'wb') as f:
        f.write(data)
    if index % 4 == 0:
        os.link(os.path.join(full, name), os.path.join(quarter, name))
    total += len(data)
    index += 1

grams = collections.Counter()
for text in reports:
    text = re.sub(r'\s', '', text)
    for n in (2, 3, 4):
        for i in range(len(text) - n + 1):
            gram = text[i:i + n]
            if all('\u4e00' <= c <= '\u9fff' for c in gram):
                grams[gram] += 1
english = sorted(set(words))
ranked = [gram for gram, _ in sorted(grams.items(), key=lambda kv: (-kv[1], kv[0]))]
keywords = ranked[:1000 - len(english)] + english
with open(os.path.join(work, 'keywords.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(keywords) + '\n')
print('corpus: %d files, %.1f MB; %d keywords' % (index, total / 1e6, len(keywords)))
PYTHON
    touch "$work/.complete-v2-$megabytes"
fi

bytes_of() { find "$1" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}'; }
# Runs a command under /usr/bin/time; prints "seconds peak_kb cpu_seconds" (user + system).
measure() {
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >/dev/null
    awk '{print $1, $2, $3 + $4}' "$work/time.txt"
}
runs=${ANNALS_BENCH_RUNS:-5}
# The median of a list of measure() lines, by seconds.
median() { sort -n | awk '{line[NR] = $0} END {print line[int((NR + 1) / 2)]}'; }
# The median CPU time of a list of measure() lines: on a machine with other work, CPU time
# varies less than wall-clock time.
median_cpu() { awk '{print $3}' | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
report() { # name bytes seconds peak_kb cpu_seconds
    awk -v n="$1" -v b="$2" -v s="$3" -v k="$4" -v c="$5" \
        'BEGIN {printf "%-28s %8.2f s %8.0f MB/s  peak RSS %6.1f MB  CPU %6.2f s\n",
                n, s, b / 1e6 / s, k / 1024, c}'
}

ratio() { # label numerator_seconds denominator_seconds
    awk -v l="$1" -v a="$2" -v b="$3" 'BEGIN {printf "%-50s %.2f\n", l, a / b}'
}
# Compares the count of every document x keyword pair of two CSVs of annals count's shape
# (the bench's document names and keywords hold no comma or quote, so split at commas).
# Prints the pairs compared and the first mismatches; fails if any.
compare_counts() { # annals.csv vectorscan.csv
    awk -F, '
        FNR == 1 { next }
        NR == FNR { count[$2 "," $3] = $4; next }
        {
            key = $2 "," $3
            if (!(key in count)) {
                bad++
                if (bad <= 10) print "  only in Vectorscan: " key "=" $4
            } else {
                if (count[key] != $4) {
                    bad++
                    if (bad <= 10) print "  " key ": annals " count[key] ", Vectorscan " $4
                }
                delete count[key]; pairs++
            }
        }
        END {
            for (key in count) { bad++; if (bad <= 10) print "  only in annals: " key }
            printf "document x keyword pairs compared: %d, mismatches: %d\n", pairs, bad
            exit bad > 0
        }' "$1" "$2"
}

mismatch=0
nproc_used=$(nproc)
for set in full quarter; do
    dir="$work/$set"
    size=$(bytes_of "$dir")
    files=$(find "$dir" -name '*.txt' | wc -l)
    cat "$dir"/*.txt >/dev/null # warm the page cache for both tools
    echo "== $set: $files files, $(awk -v b="$size" 'BEGIN {printf "%.1f", b / 1e6}') MB," \
         "$(wc -l <"$work/keywords.txt") keywords, $nproc_used cores"
    # The tools take turns, so that a busy moment of the machine hits all alike.
    : >"$work/annals-times.txt"
    : >"$work/vectorscan-times.txt"
    : >"$work/rg-times.txt"
    for _ in $(seq "$runs"); do
        measure "$annals" count --keywords "$work/keywords.txt" "$dir" \
            --format csv -o "$work/annals-$set.csv" >>"$work/annals-times.txt"
        if [ -n "$vectorscan" ]; then
            measure "$vectorscan" --keywords "$work/keywords.txt" "$dir" \
                -o "$work/vectorscan-$set.csv" >>"$work/vectorscan-times.txt"
        fi
        measure rg --count-matches -F -f "$work/keywords.txt" "$dir" >>"$work/rg-times.txt"
    done
    set -- $(median <"$work/annals-times.txt")
    annals_s=$1 annals_kb=$2 annals_cpu=$(median_cpu <"$work/annals-times.txt")
    report "annals count (csv)" "$size" "$annals_s" "$annals_kb" "$annals_cpu"
    if [ -n "$vectorscan" ]; then
        set -- $(median <"$work/vectorscan-times.txt")
        vectorscan_s=$1 vectorscan_kb=$2
        vectorscan_cpu=$(median_cpu <"$work/vectorscan-times.txt")
        report "annals-vectorscan-count" "$size" "$vectorscan_s" "$vectorscan_kb" \
            "$vectorscan_cpu"
    fi
    set -- $(median <"$work/rg-times.txt")
    rg_s=$1 rg_kb=$2 rg_cpu=$(median_cpu <"$work/rg-times.txt")
    report "rg --count-matches -F -f" "$size" "$rg_s" "$rg_kb" "$rg_cpu"
    if [ -n "$vectorscan" ]; then
        ratio "annals time / Vectorscan counter time:" "$annals_s" "$vectorscan_s"
        ratio "annals CPU time / Vectorscan counter CPU time:" "$annals_cpu" "$vectorscan_cpu"
    fi
    ratio "annals time / ripgrep time:" "$annals_s" "$rg_s"
    ratio "annals CPU time / ripgrep CPU time:" "$annals_cpu" "$rg_cpu"
    echo "annals CSV rows: $(($(wc -l <"$work/annals-$set.csv") - 1))"
    if [ -n "$vectorscan" ]; then
        compare_counts "$work/annals-$set.csv" "$work/vectorscan-$set.csv" || mismatch=1
        if cmp -s "$work/annals-$set.csv" "$work/vectorscan-$set.csv"; then
            echo "the two CSVs are byte-identical (years and per_10k too)"
        fi
    fi
done
if [ "$mismatch" -ne 0 ]; then
    echo "annals count and the Vectorscan counter disagree (see above)" >&2
    exit 1
fi
