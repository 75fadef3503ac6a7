#!/usr/bin/env bash
# Scores every development annotation file of eval/annotations/ (or, with "heldout", only the held-out ones)
# with this checkout's `newswire eval gold --pool`, two JVMs at a time, one output file per annotation file:
#   tools/eval-annotations/score-all.sh OUT_DIR [dev|heldout] [NAME_PART]
#   python3 tools/eval-annotations/sum.py OUT_DIR [-v]      # per-language sums, the figures docs/quality.md gives
# The pools are not shipped: without ../shared/data/raw each file reports "pool not found; skipped".
# About 5 minutes on an idle 2-core machine for the development files. NAME_PART keeps only the files whose
# name contains it (e.g. "quotes-" or "-fa"), for one part's or one language's figures on a busy machine.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out=$(realpath -m "$1"); mode=${2:-dev}; only=${3:-}
mkdir -p "$out"
cd "$root"
./newswire --help >/dev/null 2>&1 || true # builds once, before the parallel runs
for f in eval/annotations/*.jsonl; do
  b=$(basename "$f" .jsonl)
  case "$b" in *"$only"*) ;; *) continue ;; esac
  case "$b" in *heldout*) [ "$mode" = heldout ] || continue ;; *) [ "$mode" = heldout ] && continue ;; esac
  part=${b%%-*}
  pool=$(echo "$b" | sed -E 's/^(entities|quotes)-//; s/-r[0-9]+$//; s/[.-]heldout$//')
  echo "$part ../shared/data/raw/$pool.jsonl $f $out/$b.txt"
done | xargs -P 2 -L 1 sh -c './newswire eval gold --pool "$1" --part "$0" "$2" > "$3" 2>&1'
