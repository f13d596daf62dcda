#!/usr/bin/env bash
# Scores the figure extractor alone: re-extracts the figures of the gold
# articles (their own titles and paragraphs) and runs score.py on the result.
# Prints the figure metrics, then every figure miss.   Usage: scripts/score-figures-on-gold.sh [gold-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-../shared/gold}
swift build -c release --product dubao >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
.build/release/dubao refigure "$gold"/*.json > "$out"
python3 ../shared/tools/score.py --gold "$gold" --export "$out" --verbose \
  | grep -E '^figure_|figure' | grep -v '^{' || true
