#!/usr/bin/env bash
# Figure extraction throughput (MB/s of article text, one core), timed alone
# after the pages are parsed, on the generated 100 MB corpus.
set -euo pipefail
bin=$1
corpus=.build/bench/corpus
scripts/make-bench-corpus "$corpus" 100 >/dev/null
"$bin" bench-figures "$corpus"
"$bin" bench-figures seeds
