#!/usr/bin/env bash
# Parse throughput (MB/s of page text, articles/s) on a generated corpus of
# at least 100 MB, and the whole-process time of an export of it.
set -euo pipefail
bin=$1
scripts/make-bench-corpus .build/bench/corpus 100
"$bin" bench-parse --runs 3 .build/bench/corpus
"$bin" bench-parse --runs 5 seeds
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
for label in "into a new library (sync, then export)" "from the synced library"; do
  start=$(date +%s.%N)
  DUBAO_DB=$db/library.sqlite "$bin" export --json .build/bench/corpus > /dev/null
  end=$(date +%s.%N)
  echo "export --json of the corpus $label, whole process: $(echo "$end - $start" | bc -l | cut -c1-5) s"
done
