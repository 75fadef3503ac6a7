package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Persian names a foreign parliament by مجلس or پارلمان and its country (مجلس پاکستان، پارلمان سوئد، مجلس عوام
 * انگلیس), and a committee of it with both (کمیسیون سیاست خارجی پارلمان سوئد): the annotation conventions take the
 * parliament named with its country as one organisation, the country not apart (r12, r27, r33). The head-word
 * recognizer stops before the country (at its genitive limit, or at a bare مجلس it cannot tell from "the
 * parliament"), so the country was read as a place of its own. A country or region the knowledge base knows, right
 * after مجلس/پارلمان (or مجلس and its house: عوام، اعیان، نمایندگان، سنا), closes the body: an organisation ending on
 * that word is extended over it, and a bare parliament that no organisation holds becomes one.
 */
final class CountryParliaments {
  private static final Set<String> PARLIAMENTS = MatchingForm.keys("مجلس", "پارلمان");
  private static final Set<String> HOUSES = MatchingForm.keys("عوام", "اعیان", "نمایندگان", "سنا");

  private CountryParliaments() {}

  static void join(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (NameMatch m : matches.get(f)) {
        if (!m.namesOnlyPlaces() || m.allWithinACountry()) {
          continue; // مجلس استان، پارلمان تهران: a province or a town has no parliament of its own
        }
        int[] w = WordSpans.before(d, m.start());
        if (w == null || w[1] + 1 != m.start() || d.charAt(w[1]) != ' ') {
          continue;
        }
        String key = MatchingForm.key(d.substring(w[0], w[1]));
        if (HOUSES.contains(key)) {
          int[] p = WordSpans.before(d, w[0]);
          if (p == null || p[1] + 1 != w[0] || !PARLIAMENTS.contains(MatchingForm.key(d.substring(p[0], p[1])))) {
            continue;
          }
          w = p;
        } else if (!PARLIAMENTS.contains(key)) {
          continue;
        }
        extendOrAdd(candidates, f, w[0], m.start() - 1, m.end());
      }
    }
  }

  /** Extends the organisation ending at {@code wordEnd} (the parliament's last word) over the country, or adds one. */
  private static void extendOrAdd(List<Candidate> candidates, int field, int start, int wordEnd, int end) {
    boolean held = false;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.field() != field || c.type() != EntityType.ORGANIZATION || c.end() <= start || c.start() >= end) {
        continue;
      }
      held = true; // an organisation already holds the parliament or the country (پارلمان عراق in the knowledge base)
      if (c.end() == wordEnd && c.start() <= start) {
        candidates.set(i, new Candidate(field, c.start(), end, c.type(), c.confidence(), c.cued()));
      }
    }
    if (!held) {
      candidates.add(new Candidate(field, start, end, EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
    }
  }
}
