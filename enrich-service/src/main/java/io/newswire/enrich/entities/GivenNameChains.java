package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * An Arabic name is a chain: the person's given name, then the father's and the grandfather's given names, then
 * the family name (مارسيل خليفة، عبدربه منصور هادي، محمد علي المقدشي). The model often takes only the first
 * word. A one-word person that is a listed given name takes in the listed given names right after it (one space
 * apart, up to three) and then a family name shaped ال…ي, so the mention is the whole name. The preposition على,
 * which the matching form folds onto the name علي, stops the chain (وأصر سليمان على), as do a word that another
 * candidate holds and any punctuation.
 */
final class GivenNameChains {
  private static final Set<String> GIVEN = GivenNames.arabic();
  private static final int MAX_MORE = 3;

  private GivenNameChains() {}

  /** Extends such person candidates over the rest of the chain, in place. */
  static void extend(List<FieldText> fields, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(c.field()).display();
      String word = d.substring(c.start(), c.end());
      if (word.indexOf(' ') >= 0 || !givenName(word)) {
        continue;
      }
      Candidate shape = shapedName(candidates, c);
      if (shape != null) {
        // محمد علي المقدشي: the model's first name alone outscores the shape that reads the whole name
        candidates.set(i, new Candidate(c.field(), c.start(), shape.end(), c.type(), c.confidence(), c.cued()));
        continue;
      }
      int end = c.end();
      int more = 0;
      while (more < MAX_MORE) {
        int e = nextWordEnd(d, end);
        if (e < 0 || !givenName(d.substring(end + 1, e)) || held(candidates, c, end + 1, e)) {
          break;
        }
        end = e;
        more++;
      }
      if (more == 0) {
        continue;
      }
      int e = nextWordEnd(d, end);
      if (e >= 0 && family(d.substring(end + 1, e)) && !held(candidates, c, end + 1, e)) {
        end = e;
      }
      candidates.set(i, new Candidate(c.field(), c.start(), end, c.type(), c.confidence(), c.cued()));
    }
  }

  private static boolean givenName(String word) {
    return word.length() >= 3 && !word.equals("على") && GIVEN.contains(MatchingForm.key(word));
  }

  /** الحربي، المقدشي: the article and the nisba ending of a family name. */
  private static boolean family(String word) {
    return word.length() >= 5 && word.startsWith("ال") && word.endsWith("ي");
  }

  /** End of the word one space after {@code end}, or -1 (end of text, punctuation, two spaces). */
  private static int nextWordEnd(String d, int end) {
    int[] w = WordSpans.afterSpace(d, end, Character::isLetter);
    if (w == null) {
      return -1;
    }
    int e = w[1];
    return e < d.length() && !Character.isWhitespace(d.charAt(e)) && ".،,؛:)»\"".indexOf(d.charAt(e)) < 0 ? -1 : e;
  }

  /** A person the name shapes read from the same first word on, longer (given names and a family name), or null. */
  private static Candidate shapedName(List<Candidate> candidates, Candidate self) {
    for (Candidate o : candidates) {
      if (o != self && o.field() == self.field() && o.type() == EntityType.PERSON && o.start() == self.start()
          && o.end() > self.end() && ArabicOrganisationRecognizer.personShape(o.confidence())) {
        return o;
      }
    }
    return null;
  }

  /** Whether another candidate of the field overlaps [start, end). */
  private static boolean held(List<Candidate> candidates, Candidate self, int start, int end) {
    for (Candidate o : candidates) {
      if (o != self && o.field() == self.field() && o.start() < end && start < o.end()) {
        return true;
      }
    }
    return false;
  }
}
