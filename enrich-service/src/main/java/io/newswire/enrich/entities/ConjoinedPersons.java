package io.newswire.enrich.entities;

import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * Round 30: an English personal name never holds a lower-case "and"; a person run that does has crossed a
 * coordination into the next name's title (Crown Prince Frederik and Crown Princess Mary, Defence Secretary Geoff
 * Hoon and Prime Minister Tony Blair). The person ends before the conjunction; what follows is left to the other
 * candidates (the next name is found on its own). Bodies keep their "and" (Marks and Spencer, Ernst and Young).
 */
final class ConjoinedPersons {
  private ConjoinedPersons() {}

  /** Ends such person candidates before " and ", in place. */
  static void cut(List<FieldText> fields, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(c.field()).display();
      int at = d.indexOf(" and ", c.start());
      if (at <= c.start() || at + 5 >= c.end() || !Character.isUpperCase(d.charAt(at + 5))) {
        continue; // no conjunction inside, or nothing capitalised after it
      }
      candidates.set(i, new Candidate(c.field(), c.start(), at, c.type(), c.confidence(), c.cued()));
    }
  }
}
