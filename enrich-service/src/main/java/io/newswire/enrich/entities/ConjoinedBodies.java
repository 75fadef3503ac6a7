package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.ModelSplitConjunctions;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 40b): an organisation or place run that holds one lower-case "and" between two names that each end in
 * a head word of their own (Grafton County and Merrow County merged, the Kestrel Centre and Harwick Hospital) is two
 * names: the run has crossed a coordination, so the article would name a place or body that does not exist and miss the
 * two that do. Sentence-level copy meets this often (CoNLL-style text has no later paragraph naming each one alone).
 * A body named after its fields ends in one head only (Savings and Loan Association, Scottish Exhibition and Conference
 * Centre), a firm named after its partners too (Merrill Lynch and Co), so those stay whole; each side needs a word
 * before its head (Unilever Plc and NV stays whole), and a run with more than one "and" is left alone.
 */
final class ConjoinedBodies {
  private ConjoinedBodies() {}

  /** Head words that close a name of their own. */
  private static final Set<String> HEADS = StringSet.of("County", "Centre", "Center", "Airlines", "Airways", "University",
      "Park", "Street", "Road", "Group", "Bank", "Hospital", "Airport", "Stadium");

  /** Cuts such organisation and place candidates in two, in place (both halves keep the run's type). */
  static void cut(List<FieldText> fields, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.ORGANIZATION && c.type() != EntityType.PLACE) {
        continue;
      }
      String d = fields.get(c.field()).display();
      int at = ModelSplitConjunctions.soleAnd(d, c.start(), c.end());
      if (at < 0) {
        continue; // none, or a list or body of fields (Bank of Dallas and the Texas Savings and Loan League)
      }
      int right = at + " and ".length();
      if (headed(d, c.start(), at) && headed(d, right, c.end())) {
        candidates.set(i, new Candidate(c.field(), c.start(), at, c.type(), c.confidence(), c.cued()));
        candidates.add(++i, new Candidate(c.field(), right, c.end(), c.type(), c.confidence(), c.cued()));
      }
    }
  }

  /** Whether {@code [start, end)} has two words or more and ends in a head word or a firm's legal form (not Co). */
  private static boolean headed(String d, int start, int end) {
    int sp = d.lastIndexOf(' ', end - 1);
    if (sp < start) {
      return false; // one word: no name before its head
    }
    String last = d.substring(sp + 1, end);
    return HEADS.contains(last) || EnglishNameRecognizer.isFirmSuffix(last) && !last.startsWith("Co");
  }
}
