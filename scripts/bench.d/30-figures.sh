#!/usr/bin/env bash
# Figure extraction throughput (MB/s of article text, one core), timed alone
# after the pages are parsed. Uses the lead's generated corpus
# (.build/bench/corpus, made by 10-parse.sh) when present, else makes one of
# at least 100 MB by repeating the seed pages.
set -euo pipefail
bin=$1
corpus=.build/bench/corpus
if [ ! -d "$corpus" ]; then
  corpus=.build/bench/figures-corpus
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    size=0; n=0
    while [ "$size" -lt 100000000 ]; do
      for page in seeds/*.txt; do
        cp "$page" "$corpus/$(printf '%05d' "$n")_$(basename "$page")"
        size=$((size + $(stat -c %s "$page"))); n=$((n + 1))
      done
    done
  fi
fi
"$bin" bench-figures "$corpus"
"$bin" bench-figures seeds
