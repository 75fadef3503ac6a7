#!/usr/bin/env bash
# Builds enrich-service/src/main/resources/kb/generated/name-words-wikidata.tsv (English spellings of
# Arabic-script name words) from the English-Arabic personal-name word pairs that Merhav & Ash mined from
# Wikidata ("Design Challenges in Named Entity Transliteration", COLING 2018; data CC0 1.0), read from a
# local git clone of github.com/steveash/NETransliteration-COLING2018 at a pinned commit: nothing is fetched.
# Usage: tools/name-words-wikidata/build.sh LOCAL_CLONE [OUT] [minCount minShare maxDistance]
#   LOCAL_CLONE  a clone (or bare repository) holding the pinned commit
#   (WikidataNameWordsReproducibleTest checks the shipped file against a clone named by NEWSWIRE_WIKIDATA_PAIRS_CLONE)
#   thresholds   minCount minShare maxDistance, default 1 0.7 1 (chosen on the development sets' canonical-name figures)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
clone="${1:?usage: build.sh LOCAL_CLONE [OUT] [minCount minShare maxDistance]}"
out="${2:-$root/enrich-service/src/main/resources/kb/generated/name-words-wikidata.tsv}"
shift $(( $# >= 2 ? 2 : 1 ))
commit=5d5f59e561ecea45a6d3602121e1049baa7a76c3
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
git -C "$clone" show "$commit:data/wd_arabic.normalized.aligned.tokens" > "$tmp"
# the CLI jar carries the builder and its dependencies; ./newswire (re)builds it when sources changed
"$root/newswire" --version >/dev/null
java -cp "$root/newswire-cli/target/newswire-cli.jar:$root/newswire-cli/target/lib/*" \
  io.newswire.enrich.entities.kb.WikidataNameWordsBuilder "$tmp" "$out" "$@"
