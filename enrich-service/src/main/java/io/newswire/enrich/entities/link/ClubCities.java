package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A club named after its city (نادي روما، باشگاه رم): once an Arabic or Persian article names the club
 * with its head word, the city's name alone is the club too (ولم يحدد روما، المدير التنفيذي لروما), except
 * after a preposition of place or motion (عودتهم إلى روما: the city). The club's own mention loses its head,
 * as the annotations name a foreign club (نادي روما gives روما).
 */
public final class ClubCities {
  private static final Set<String> CLUB_HEADS = MatchingForm.keys("نادي", "فريق", "باشگاه", "تیم");
  /** Words before a name that make it the place (في/إلى/من روما، در/به رم). */
  private static final Set<String> LOCATIVE = MatchingForm.keys("في", "إلى", "من", "نحو", "داخل", "قرب", "در", "به", "از", "شهر",
      "مدينة", "العاصمة");

  private ClubCities() {}

  /** The mentions with a city's bare name turned into the club named after it, where the article names that club. */
  public static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> clubs = null; // city key -> the club's mention
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      int sp = text.indexOf(' ');
      if (sp < 0 || !CLUB_HEADS.contains(MatchingForm.key(text.substring(0, sp)))) {
        continue;
      }
      String city = MatchingForm.key(text.substring(sp + 1));
      if (clubs == null) {
        clubs = new HashMap<>();
      }
      clubs.putIfAbsent(city, m);
    }
    if (clubs == null) {
      return mentions;
    }
    Map<String, Boolean> cityNamed = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE) {
        String key = MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end()));
        if (clubs.containsKey(key)) {
          cityNamed.put(key, true);
        }
      }
    }
    if (cityNamed.isEmpty()) {
      return mentions;
    }
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String d = fields.get(m.field()).display();
      String key = MatchingForm.key(d.substring(m.start(), m.end()));
      if (m.type() == EntityType.PLACE && cityNamed.containsKey(key) && !afterLocative(d, m.start())) {
        Mention club = clubs.get(key);
        edits.set(i, m.namedAs(club));
      } else if (m.type() == EntityType.ORGANIZATION && !m.role()) {
        int sp = d.indexOf(' ', m.start());
        if (sp > 0 && sp < m.end() && clubs.get(MatchingForm.key(d.substring(sp + 1, m.end()))) == m
            && cityNamed.containsKey(MatchingForm.key(d.substring(sp + 1, m.end())))) {
          // the club's own mention, its head left out
          edits.set(i, m.nameAt(m.field(), sp + 1, m.end()));
        }
      }
    }
    return edits.result();
  }

  /** Whether the word before {@code start} (or a ب/في glued to the name) is a preposition of place. */
  static boolean afterLocative(String d, int start) {
    if (start > 0 && d.charAt(start - 1) == 'ب') {
      return true; // بروما
    }
    String w = ArabicOrganisationRecognizer.lastWordKey(d, 0, start);
    return LOCATIVE.contains(w) || (w.length() > 2 && w.charAt(0) == 'و' && LOCATIVE.contains(w.substring(1)));
  }
}
