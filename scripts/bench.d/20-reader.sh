#!/usr/bin/env bash
# The reader: time to the first screen (the real binary in tmux, on the seeds,
# in a new library and a synced one), and layout and frame times of a long article at
# 80 and 200 columns, and the figures view (index build, frame, filter and sort),
# on the generated 100 MB corpus.
set -euo pipefail
bin=$1
corpus=.build/bench/corpus
scripts/make-bench-corpus "$corpus" 100 >/dev/null
echo "corpus: $corpus ($(du -sh "$corpus" | cut -f1), $(find "$corpus" -name '*.txt' | wc -l) files)"

# Time until the status line is on screen, polled every 10 ms in tmux.
first_screen() {
  local label=$1; shift
  if ! command -v tmux >/dev/null; then echo "$label: tmux not installed, skipped"; return; fi
  local sock="dubao-bench-$$"
  local start end
  start=$(date +%s%N)
  tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
    "env LANG=C.UTF-8 TERM=xterm-256color $bin $* 2>/dev/null; sleep 60"
  until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q '? help'; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 120000 ]; then echo "$label: no screen after 120 s"; break; fi
  done
  end=$(date +%s%N)
  tmux -L "$sock" send-keys Q 2>/dev/null || true
  tmux -L "$sock" kill-server 2>/dev/null || true
  echo "$label: first screen in $(( (end - start) / 1000000 )) ms (120×40, in tmux)"
}

first_screen "seeds (built in, new library)"
first_screen "seeds (built in, synced library)"
# The first screen on a large synced library is measured by 40-library.sh.

echo "-- in process, no terminal:"
"$bin" bench-render --widths 80,200 --height 50 --frames 500 seeds
"$bin" bench-render --widths 80,200 --height 50 --frames 200 "$corpus"
