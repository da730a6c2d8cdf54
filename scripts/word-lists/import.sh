#!/usr/bin/env bash
# Fetches the profanity word lists with `npm pack` (naughty-words = LDNOOBW, cuss, @2toad/profanity) and
# converts them into the lexicon files under src/main/resources/analysis/wordlists/ (kind, language,
# term, weight; see docs/analysis.md). Run from anywhere; the output is committed, so builds need no npm.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../src/main/resources/analysis/wordlists"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
for pkg in naughty-words@1.2.0 cuss@2.2.0 @2toad/profanity@3.3.0; do
  npm pack --silent "$pkg" >/dev/null
done
for tgz in *.tgz; do
  mkdir -p "${tgz%.tgz}"
  tar xzf "$tgz" -C "${tgz%.tgz}"
done
mkdir -p "$OUT"
node "$HERE/convert.mjs" "$WORK" "$OUT"
