#!/usr/bin/env bash
# Parse throughput (MB/s of page text, articles/s) on a generated corpus of
# at least 100 MB, and the whole-process time of an export of it.
# Before and after: the same corpus is parsed by the parser as it stood
# before the page-form rules of issue 18 (BENCH_BASELINE, a commit; built
# once into .build/bench/baseline) and by this one. BENCH_BASELINE= skips it.
set -euo pipefail
bin=$1
baseline=${BENCH_BASELINE-0f793f4}
scripts/make-bench-corpus .build/bench/corpus 100
if [ -n "$baseline" ] && git cat-file -e "$baseline^{commit}" 2>/dev/null; then
  dir=.build/bench/baseline
  if [ ! -x "$dir/bin-$baseline" ]; then
    echo "building the baseline parser ($baseline) once, into $dir"
    rm -rf "$dir/src" && mkdir -p "$dir/src"
    git archive "$baseline" | tar -x -C "$dir/src"
    (cd "$dir/src" && swift build -c release --static-swift-stdlib --product dubao >/dev/null)
    cp "$dir/src/.build/release/dubao" "$dir/bin-$baseline"
  fi
  # Alternated, best of each: the machine's load moves both alike.
  for round in 1 2; do
    echo -n "before ($baseline): "; "$dir/bin-$baseline" bench-parse --runs 3 .build/bench/corpus
    echo -n "after  (this tree): "; "$bin" bench-parse --runs 3 .build/bench/corpus
  done
else
  [ -z "$baseline" ] || echo "(no baseline: commit $baseline is not in this clone)"
  "$bin" bench-parse --runs 3 .build/bench/corpus
fi
"$bin" bench-parse --runs 5 seeds
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
for label in "into a new library (sync, then export)" "from the synced library"; do
  start=$(date +%s.%N)
  DUBAO_DB=$db/library.sqlite "$bin" export --json .build/bench/corpus > /dev/null
  end=$(date +%s.%N)
  echo "export --json of the corpus $label, whole process: $(echo "$end - $start" | bc -l | cut -c1-5) s"
done
