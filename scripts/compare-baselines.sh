#!/usr/bin/env bash
# Compares a custom model (classify custom + evaluate) with two outside baselines on the same
# article-split train/test data of two tasks exported from labels/ ("segments": segment text ->
# label; "stance": quoted words -> stance):
#   - LinearSVC over word 1-2-gram + char 2-5-gram TF-IDF, C tuned by grouped CV on train (scikit-learn)
#   - fastText supervised (-epoch 25 -wordNgrams 2 -minn 2 -maxn 4)
# Prints a table: task, model, macro-F1, accuracy.
#
# The custom model gets --cv-group-column article, so its --l2 auto / --trainer auto tuning uses CV
# grouped by article, as the SVM's C does.
#
# Usage: scripts/compare-baselines.sh [OUT_DIR] [-- extra options for 'custom', e.g. --weighting counts]
# Needs root (or sudo) the first time, to apt-get install python3-sklearn and fasttext.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/classifier-baselines}
shift || true
[[ "${1:-}" == "--" ]] && shift
EXTRA=("$@")
PY=/usr/bin/python3   # the Debian python3-sklearn is installed for the system interpreter
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! "$PY" -c "import sklearn" 2>/dev/null || ! command -v fasttext >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y python3-sklearn fasttext
fi

dotnet build src/Classifier.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Classifier.Bench -c Release -v quiet -nologo >/dev/null
CLASSIFY=(dotnet src/Classifier.Cli/bin/Release/net10.0/classify.dll)
BENCH=(dotnet bench/Classifier.Bench/bin/Release/net10.0/Classifier.Bench.dll)
"${BENCH[@]}" export-tasks --labels labels --out "$OUT/tasks" >/dev/null

rows=()
for task in segments stance; do
  data="$OUT/tasks/$task"
  "${CLASSIFY[@]}" custom --data "$data/train.csv" --text-column text --label-column label --cv-group-column article --folds 0 \
    --out "$OUT/models/$task" "${EXTRA[@]}" >/dev/null
  ours=$("${CLASSIFY[@]}" evaluate --model "$OUT/models/$task" --data "$data/test.csv" \
    | awk '/^macro-F1/ { print $2, $4 }')
  rows+=("$task|custom (ML.NET)|$ours ${EXTRA[*]:-defaults}")
  rows+=("$task|LinearSVC (sklearn)|$("$PY" scripts/baselines.py svm "$data/train.csv" "$data/test.csv")")
  rows+=("$task|fastText|$("$PY" scripts/baselines.py fasttext "$data/train.csv" "$data/test.csv" "$OUT/fasttext/$task")")
done

printf '\n| task | model | macro-F1 | accuracy | setting |\n|---|---|---|---|---|\n'
for row in "${rows[@]}"; do
  IFS='|' read -r task model figures <<<"$row"
  read -r f1 acc setting <<<"$figures"
  printf '| %s | %s | %s | %s | %s |\n' "$task" "$model" "$f1" "$acc" "${setting:-}"
done
