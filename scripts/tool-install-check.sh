#!/usr/bin/env bash
# Proves the packages work outside the repository: packs the classify tool and the runtime library
# into a temporary feed, installs the tool from it with --tool-path, and runs it from an empty
# folder with a fresh per-user folder (CLASSIFIER_HOME), so the first run trains the default models
# from the labels shipped in the package and the second loads them. Run from anywhere; CI runs it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/classifier-tool-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { echo "tool-install-check: $*" >&2; }
fail() { echo "tool-install-check: FAILED: $*" >&2; exit 1; }
seconds() { local start=$1; echo $(( $(date +%s) - start )); }

t=$(date +%s)
dotnet pack "$repo/src/Classifier.Runtime" -c Release -o "$work/feed" --nologo -v quiet
dotnet pack "$repo/src/Classifier.Cli" -c Release -o "$work/feed" --nologo -v quiet
step "packed in $(seconds "$t") s: $(cd "$work/feed" && ls -s --block-size=K ./*.nupkg | tr '\n' ' ')"

library="$(ls "$work"/feed/Classifier.Runtime.*.nupkg)"
for entry in README.md lib/net10.0/Classifier.Runtime.dll lib/net10.0/Classifier.Runtime.xml; do
    unzip -l "$library" "$entry" > /dev/null || fail "$library has no $entry"
done
unzip -p "$library" '*.nuspec' | grep -q '<readme>README.md</readme>' || fail "$library's nuspec names no readme"

# A package folder of its own, so a tool of the same version cached by an earlier run is not reused.
t=$(date +%s)
NUGET_PACKAGES="$work/nuget" dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" Classifier.Cli > /dev/null
step "installed in $(seconds "$t") s"

mkdir "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export CLASSIFIER_HOME="$work/home"
classify="$work/tools/classify"

"$classify" --help > help.txt || fail "classify --help exited $?"
for command in tag clean tally; do
    grep -q "^ *$command " help.txt || fail "classify --help lists no '$command' command"
done

t=$(date +%s)
"$classify" clean "$repo/samples/storm-scraped.txt" > first.txt 2> first.err || { cat first.err >&2; fail "first clean exited $?"; }
step "first run (trains the default models) in $(seconds "$t") s"
[ -f "$CLASSIFIER_HOME/models/manifest.json" ] || fail "the first run wrote no models into CLASSIFIER_HOME ($CLASSIFIER_HOME/models)"
[ ! -e models ] || fail "the first run wrote models into the working folder"
[ -s first.txt ] || fail "clean printed nothing"

t=$(date +%s)
"$classify" clean "$repo/samples/storm-scraped.txt" > second.txt 2> second.err || { cat second.err >&2; fail "second clean exited $?"; }
step "second run (loads them) in $(seconds "$t") s"
grep -q training second.err && fail "the second run trained again: $(cat second.err)"
cmp -s first.txt second.txt || fail "the second run cleaned the sample differently from the first"
[ "$(wc -l < first.txt)" -lt "$(wc -l < "$repo/samples/storm-scraped.txt")" ] || fail "clean dropped no line of the sample"
step "ok"
