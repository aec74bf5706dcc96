#!/usr/bin/env bash
# Classifier against fastText on the same machine, in one run:
#   - trains fastText on our labelled segments with its own fast setting: supervised, word
#     1-2-grams (-wordNgrams 2), its defaults otherwise (no character n-grams, which about double
#     its CPU per segment),
#   - builds a JSON Lines batch of real pages (../shared/pages-dev repeated, ARTICLES of them),
#   - times the whole `classify tag --input jsonl --format jsonl` process over it (peak memory too),
#   - times `fasttext predict` over the same segments, one a line,
#   - prints both rates (segments/s), their ratio, then the latency bench (load, single-article
#     latency, stage profile, training time).
# Usage: scripts/bench-fasttext.sh [ARTICLES] (default 20000). Work files go to $WORK (default /tmp/classifier-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-20000}"
WORK="${WORK:-/tmp/classifier-bench}"
mkdir -p "$WORK"

if ! command -v fasttext >/dev/null; then
  apt-get update && apt-get install -y fasttext
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update && apt-get install -y time
fi

dotnet build -c Release Classifier.sln -v quiet -nologo >/dev/null
BENCH="dotnet bench/Classifier.Bench/bin/Release/net10.0/Classifier.Bench.dll"
CLASSIFY="dotnet src/Classifier.Cli/bin/Release/net10.0/classify.dll"
[ -f models/manifest.json ] || $CLASSIFY train --folds 0

$BENCH export-fasttext --out "$WORK/train.txt"
fasttext supervised -input "$WORK/train.txt" -output "$WORK/fasttext" -wordNgrams 2 -verbose 0
$BENCH make-jsonl --count "$ARTICLES" --out "$WORK/batch.jsonl"
$BENCH export-fasttext --segments-of "$WORK/batch.jsonl" --out "$WORK/segments.txt"
SEGMENTS=$(wc -l < "$WORK/segments.txt")

/usr/bin/time -v -o "$WORK/classify.time" $CLASSIFY tag --models models --input jsonl --format jsonl "$WORK/batch.jsonl" > "$WORK/classify.jsonl"
/usr/bin/time -v -o "$WORK/fasttext.time" fasttext predict "$WORK/fasttext.bin" "$WORK/segments.txt" > "$WORK/fasttext.pred"

seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$1"; }
rss() { awk -F': ' '/Maximum resident/ { print $2 }' "$1"; }
OURS_S=$(seconds "$WORK/classify.time"); FT_S=$(seconds "$WORK/fasttext.time")
OURS_CPU=$(cpu "$WORK/classify.time"); FT_CPU=$(cpu "$WORK/fasttext.time")
echo
echo "Batch: $ARTICLES articles, $SEGMENTS segments, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$SEGMENTS" -v os="$OURS_S" -v fs="$FT_S" -v oc="$OURS_CPU" -v fc="$FT_CPU" -v orss="$(rss "$WORK/classify.time")" -v frss="$(rss "$WORK/fasttext.time")" 'BEGIN {
  printf "classify tag (whole process): %8.1f s  %9.0f segments/s  (CPU %.1f s, %.0f segments per CPU-second)  peak RSS %.0f MiB\n", os, n / os, oc, n / oc, orss / 1024
  printf "fasttext predict:             %8.1f s  %9.0f segments/s  (CPU %.1f s, %.0f segments per CPU-second)  peak RSS %.0f MiB\n", fs, n / fs, fc, n / fc, frss / 1024
  printf "ratio (ours / fastText, wall clock): %.2f   (per CPU-second: %.2f)   goal >= 1.0\n", fs / os, fc / oc
  printf "peak memory of the batch run: %.0f MiB   goal <= 1024 MiB\n", orss / 1024
}'
echo
$BENCH latency --models models --train
