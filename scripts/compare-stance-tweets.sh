#!/usr/bin/env bash
# Compares the generic trainer (classify custom, defaults, one model per target) with the stance
# benchmark's standard baseline, a per-target LinearSVC over word 1-3 + char 2-5 TF-IDF with C tuned
# by inner CV, on the same 5 folds of ../shared/stance-tweets/train.csv (stratified by target and
# stance). Prints F_avg (the benchmark's measure, x100) and macro-F1 of the pooled out-of-fold
# predictions of each.
#
# Usage: scripts/compare-stance-tweets.sh [OUT_DIR] [-- extra options for 'custom', e.g. --weighting counts]
# Needs root (or sudo) the first time, to apt-get install python3-sklearn.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/classifier-stance-tweets}
shift || true
[[ "${1:-}" == "--" ]] && shift
EXTRA=("$@")
DATA=../shared/stance-tweets/train.csv
K=5
PY=/usr/bin/python3   # the Debian python3-sklearn is installed for the system interpreter
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[[ -f "$DATA" ]] || { echo "compare-stance-tweets: $DATA not found (the shared dev data sits beside the repository)" >&2; exit 1; }

if ! "$PY" -c "import sklearn" 2>/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-sklearn >&2
fi

dotnet build src/Classifier.Cli -c Release -v quiet -nologo >/dev/null
CLASSIFY=(dotnet src/Classifier.Cli/bin/Release/net10.0/classify.dll)
rm -rf "$OUT"
"$PY" scripts/stance_tweets.py folds "$DATA" "$OUT" "$K"

for ((f = 0; f < K; f++)); do
  fold="$OUT/fold$f"
  start=$(date +%s)
  "${CLASSIFY[@]}" custom --data "$fold/train.csv" --text-column text --label-column label --group-column target \
    --folds 0 --out "$fold/custom-model" "${EXTRA[@]}" > "$fold/custom-train.log"
  "${CLASSIFY[@]}" predict --model "$fold/custom-model" "$fold/test.csv" \
    | "$PY" -c 'import csv, sys; [print(r["predicted_label"]) for r in csv.DictReader(sys.stdin)]' > "$fold/custom.txt"
  echo "fold $f: custom $(( $(date +%s) - start )) s ($(grep '^Chosen:' "$fold/custom-train.log" | head -1 || true))" >&2
  "$PY" scripts/stance_tweets.py svm "$fold"
done

printf '\n| model | F_avg | macro-F1 |\n|---|---|---|\n'
printf '| custom (ML.NET) %s | %s | %s |\n' "${EXTRA[*]:-defaults}" $("$PY" scripts/stance_tweets.py score "$OUT" "$K" custom)
printf '| per-target LinearSVC (sklearn) | %s | %s |\n' $("$PY" scripts/stance_tweets.py score "$OUT" "$K" svm)
