package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * شهرداری names a town's municipality only with the town (شهرداری شیراز) or a district's number (شهرداری منطقه 9);
 * after a bare شهرداری the head-word recognizer also takes the predicate or the next noun as a name (نگاه مردم به
 * شهرداری مثبت است، شهرداری کاملا …، شهرداری تسویه حساب کند). A municipality candidate is kept when a knowledge-base
 * place starts inside its words, its first word after the head is منطقه or ناحیه, or that word is found as a place
 * elsewhere in the article (شهر گلستان … شهرداری گلستان: a town the KB lacks by its bare name); it is dropped
 * otherwise, as the bare head is no name.
 */
final class PersianMunicipalities {
  private static final String MUNICIPALITY = MatchingForm.key("شهرداری");
  private static final Set<String> DISTRICTS = MatchingForm.keys("منطقه", "ناحیه");

  private PersianMunicipalities() {}

  static void dropUnplaced(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    Set<String> places = null;
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(c.field()).display();
      String[] words = d.substring(c.start(), c.end()).split(" ");
      if (words.length < 2 || !MatchingForm.key(words[0]).equals(MUNICIPALITY)) {
        continue;
      }
      String next = MatchingForm.key(words[1]);
      if (DISTRICTS.contains(next) || placeInside(matches.get(c.field()), c)) {
        continue;
      }
      if (places == null) {
        places = placeTexts(fields, candidates);
      }
      if (!places.contains(next)) {
        candidates.remove(i);
      }
    }
  }

  /** A knowledge-base place starts after the head and inside the name (شهرداری جوان ارومیه holds Urmia). */
  private static boolean placeInside(List<NameMatch> field, Candidate c) {
    for (NameMatch m : field) {
      if (m.namesOnlyPlaces() && m.start() > c.start() && m.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> placeTexts(List<FieldText> fields, List<Candidate> candidates) {
    Set<String> out = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PLACE) {
        out.add(MatchingForm.key(fields.get(c.field()).display().substring(c.start(), c.end())));
      }
    }
    return out;
  }
}
