package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic writes the prepositions ب and ل joined to the next word, a name included (زج المدرب بمحمد X، لأيمن X):
 * the model then reads the preposition as the first letter of the given name. A person of two words or more whose
 * first word is ب/ل + a listed given name, and is no given name itself (بدر، لبيد، باسم stay whole), starts after
 * the letter. A one-word person is left alone: بحنان is as often "tenderly" as "with Hanan".
 */
final class CliticNames {
  private static final Set<String> GIVEN = GivenNames.arabic();

  private CliticNames() {}

  /** Moves the start of such person candidates past the preposition, in place. */
  static void trim(List<FieldText> fields, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(c.field()).display();
      char first = d.charAt(c.start());
      if (first != 'ب' && first != 'ل' || c.start() > 0 && Character.isLetter(d.charAt(c.start() - 1))) {
        continue;
      }
      int space = d.indexOf(' ', c.start());
      if (space < 0 || space >= c.end() - 1 || space - c.start() < 4) {
        continue; // one word, or a short one (بول، لي)
      }
      String word = d.substring(c.start(), space);
      if (GIVEN.contains(MatchingForm.key(word)) || !GIVEN.contains(MatchingForm.key(word.substring(1)))) {
        continue;
      }
      candidates.set(i, new Candidate(c.field(), c.start() + 1, c.end(), c.type(), c.confidence(), c.cued()));
    }
  }
}
