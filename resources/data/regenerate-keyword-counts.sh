#!/bin/sh
# Regenerates resources/data/keyword-counts.json: the counts of vocabulary.tsv over the 52
# Government Work Reports in ../shared/corpus (the texts are not shipped, the counts are).
# Usage: resources/data/regenerate-keyword-counts.sh [ANNALS_BINARY] [CORPUS_DIR]
# The output is byte-identical for the same texts and vocabulary; tst_corpuscounter checks
# that the embedded file equals a fresh count.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
annals=${1:-build/annals}
corpus=${2:-../shared/corpus}
cd "$root"
if [ ! -x "$annals" ]; then
    echo "annals binary not found at $annals; build it (cmake --build build) or pass its path" >&2
    exit 1
fi
"$annals" count --keywords resources/data/vocabulary.tsv "$corpus" \
    --format json -o resources/data/keyword-counts.json
echo "wrote resources/data/keyword-counts.json" >&2
