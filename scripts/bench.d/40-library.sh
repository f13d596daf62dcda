#!/usr/bin/env bash
# The library database on the 16,000-page archive (249 MB): first sync, sync
# with nothing changed, the reader's first screen with the library synced,
# search, and peak memory; each figure next to a reference measured in the same
# run. Uses only temp databases (--db / DUBAO_DB in a temp dir), never the
# user's library. Needs tmux (reader), rg (search reference) and, if present,
# hyperfine (search timing; else a loop of date +%s%N); installs nothing.
set -euo pipefail
bin=$(realpath "$1")
archive=.build/bench/archive
scripts/make-bench-corpus "$archive" 249 >/dev/null
export LC_ALL=C.UTF-8 LANG=C.UTF-8

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dubao-bench-library.XXXXXX")
db=$tmp/archive.sqlite       # the archive's library
builtin_db=$tmp/builtin.sqlite # the built-in pages' library
cleanup() { # every tmux server of the run has its socket in $tmp
  local s
  for s in "$tmp"/tmux-*; do [ -S "$s" ] && { tmux -S "$s" kill-server 2>/dev/null || true; }; done
  rm -rf "$tmp"
}
trap cleanup EXIT

pages=$(find "$archive" -name '*.txt' | wc -l)
text_bytes=$(find "$archive" -name '*.txt' -print0 | du -sb --files0-from=- --total | tail -1 | cut -f1)
echo "archive: $archive ($pages pages, $((text_bytes / 1000000)) MB of page text)"

# Rows of the table: measure, dubao, reference, ratio, target, result.
rows=()
row() { rows+=("$1"$'\t'"$2"$'\t'"$3"$'\t'"$4"$'\t'"$5"$'\t'"$6"); }
now_ns() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
# fmt_s MS: milliseconds as seconds with 2 decimals.
fmt_s() { awk -v m="$1" 'BEGIN { printf "%.2f s", m / 1000 }'; }
fmt_ms() { echo "$1 ms"; }
fmt_mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
# pass EXPR: "pass" when the awk condition holds.
pass() { awk "BEGIN { exit !($1) }" && echo pass || echo FAIL; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Whole-process wall time of a command in ms (output discarded), once.
time_once() {
  local start end
  start=$(now_ns)
  "$@" >/dev/null 2>&1
  end=$(now_ns)
  ms "$start" "$end"
}

# Median wall time in ms of RUNS runs: hyperfine when installed, else a loop.
have_hyperfine=$(command -v hyperfine >/dev/null && echo 1 || echo 0)
[ "$have_hyperfine" = 1 ] || echo "hyperfine not installed: timing with a loop of date +%s%N (median of 7)"
time_median() {
  local runs=$1; shift
  if [ "$have_hyperfine" = 1 ]; then
    local csv=$tmp/hyperfine.csv
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-csv "$csv" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    awk -F, 'NR == 2 { printf "%.0f\n", $4 * 1000 }' "$csv"
  else
    local t=() i
    "$@" >/dev/null 2>&1 || true
    for ((i = 0; i < runs; i++)); do t+=("$(time_once "$@")"); done
    median "${t[@]}"
  fi
}

# Peak resident memory in KB of a command (output discarded).
peak_kb() {
  local out=$tmp/time.out
  /usr/bin/time -f %M -o "$out" "$@" >/dev/null 2>/dev/null || true
  tail -1 "$out"
}

# The reader in tmux (120×40): ms until the status line with "? help" shows.
# With MEMFILE non-empty, runs it under /usr/bin/time -o MEMFILE, quits with Q
# and prints the peak resident memory (KB) instead.
reader() {
  local dbpath=$1 memfile=$2; shift 2
  local sock
  sock=$(mktemp -u "$tmp/tmux-XXXXXX")
  local wrap="" start end
  [ -n "$memfile" ] && wrap="/usr/bin/time -f %M -o $memfile"
  start=$(now_ns)
  tmux -S "$sock" -f /dev/null new-session -d -x 120 -y 40 \
    "env LANG=C.UTF-8 TERM=xterm-256color DUBAO_DB=$dbpath $wrap $bin $* 2>/dev/null; sleep 60"
  until tmux -S "$sock" capture-pane -p 2>/dev/null | grep -q '? help'; do
    sleep 0.01
    if [ $(( ($(now_ns) - start) / 1000000 )) -gt 120000 ]; then echo "no screen after 120 s" >&2; break; fi
  done
  end=$(now_ns)
  tmux -S "$sock" send-keys Q 2>/dev/null || true
  if [ -n "$memfile" ]; then
    local i
    for ((i = 0; i < 500; i++)); do [ -s "$memfile" ] && break; sleep 0.02; done
    tail -1 "$memfile" 2>/dev/null || echo 0
  else
    ms "$start" "$end"
  fi
  tmux -S "$sock" kill-server 2>/dev/null || true
}

# 1. First sync into a new DB vs reading every character of the pages.
count_chars() { find "$archive" -name '*.txt' -print0 | xargs -0 cat | wc -m; }
count_chars >/dev/null # page cache warm for both
ref_ms=$(median "$(time_once count_chars)" "$(time_once count_chars)" "$(time_once count_chars)")
sync_ms=$(time_once "$bin" index --db "$db" "$archive")
"$bin" index --db "$db" "$archive" | sed 's/^/sync: /'
row "first sync (index, new DB)" "$(fmt_s "$sync_ms")" "$(fmt_s "$ref_ms") (cat | wc -m)" \
  "$(ratio "$sync_ms" "$ref_ms")" "≤ 3×" "$(pass "$sync_ms <= 3 * $ref_ms")"
db_bytes=$(du -scb "$db"* | tail -1 | cut -f1)
row "DB size" "$((db_bytes / 1000000)) MB" "$((text_bytes / 1000000)) MB (page text)" \
  "$(ratio "$db_bytes" "$text_bytes")" "≤ 3×" "$(pass "$db_bytes <= 3 * $text_bytes")"

# 2. Sync with nothing changed vs a walk of the tree reading each file's size and time.
walk() { find "$archive" -name '*.txt' -printf '%s %T@\n' | wc -l; }
walk_ms=$(median "$(time_once walk)" "$(time_once walk)" "$(time_once walk)")
resync_ms=$(time_median 5 "$bin" index --db "$db" "$archive")
row "sync, nothing changed" "$(fmt_s "$resync_ms")" "$(fmt_s "$walk_ms") (find -printf)" \
  "$(ratio "$resync_ms" "$walk_ms")" "≤ 1 s" "$(pass "$resync_ms <= 1000")"

# 3. Reader first screen, library synced, median of 5, vs the built-in pages.
"$bin" index --db "$builtin_db" >/dev/null
if command -v tmux >/dev/null; then
  a=() b=()
  for i in 1 2 3 4 5; do
    b+=("$(reader "$builtin_db" "")")
    a+=("$(reader "$db" "" "$archive")")
  done
  echo "first screen, archive (ms): ${a[*]}; built in (ms): ${b[*]}"
  ra=$(median "${a[@]}") rb=$(median "${b[@]}")
  row "reader first screen (median of 5)" "$(fmt_ms "$ra")" "$(fmt_ms "$rb") (built-in pages)" \
    "$(ratio "$ra" "$rb")" "≤ 100 ms, ≤ 2×" "$(pass "$ra <= 100 && $ra <= 2 * $rb")"
else
  echo "tmux not installed: reader first screen and memory skipped"
fi

# 4. Search, whole process (the sync of the archive included), vs rg -c.
searches=("2 characters|聊城|聊城" "6 characters|聚力攻坚突破|聚力攻坚突破" "pinyin chunguan|chunguan|春灌")
if command -v rg >/dev/null; then
  for s in "${searches[@]}"; do
    IFS='|' read -r label query chinese <<<"$s"
    d=$(time_median 7 "$bin" search --db "$db" "$query" "$archive")
    r=$(time_median 7 rg -c "$chinese" "$archive")
    row "search $label ($query)" "$(fmt_ms "$d")" "$(fmt_ms "$r") (rg -c $chinese)" \
      "$(ratio "$r" "$d") (rg/dubao)" "rg/dubao ≥ 10" "$(pass "$r >= 10 * $d")"
  done
else
  echo "rg not installed (Debian package ripgrep; make bench-deps): search timing skipped"
fi

# 5. Peak resident memory, each vs the same on the built-in pages.
mem_row() {
  local label=$1 d=$2 r=$3
  row "peak memory, $label" "$(fmt_mb "$d")" "$(fmt_mb "$r") (built-in pages)" \
    "$(ratio "$d" "$r")" "≤ 300 MB" "$(pass "$d <= 300 * 1024")"
}
if command -v tmux >/dev/null; then
  mem_row "reader" "$(reader "$db" "$tmp/reader.mem" "$archive")" "$(reader "$builtin_db" "$tmp/builtin.mem")"
fi
mem_row "search 聊城" "$(peak_kb "$bin" search --db "$db" 聊城 "$archive")" "$(peak_kb "$bin" search --db "$builtin_db" 聊城)"
mem_row "list" "$(peak_kb "$bin" list --db "$db" "$archive")" "$(peak_kb "$bin" list --db "$builtin_db")"
mem_row "export --json" "$(peak_kb "$bin" export --json --db "$db" "$archive")" "$(peak_kb "$bin" export --json --db "$builtin_db")"

echo
{
  printf 'measure\tdubao\treference\tratio\ttarget\tresult\n'
  printf '%s\n' "${rows[@]}"
} | column -t -s $'\t'
