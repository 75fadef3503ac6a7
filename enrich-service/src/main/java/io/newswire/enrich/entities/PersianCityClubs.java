package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Persian sport copy names the big clubs of Milan and Rome by their city alone (بازیکنان میلان، پیروزی بر رم،
 * لاتزیو و رم خواهان جذب …): in a dispatch about football such a city is the club, an organisation, unless a
 * place word says the city (در میلان، شهر رم). Outside sport copy the city stays a place.
 */
final class PersianCityClubs {
  /** KB place ids of cities whose bare name in sport copy is one club, and that club's KB id. */
  private static final Map<String, String> CLUB_OF_CITY = Map.of("place:it:milan", "org:ac-milan", "place:it:rome", "org:as-roma");
  /** Words of football copy: the game, its staff and players, scoring. */
  private static final Set<String> SPORT = MatchingForm.keys("فوتبال", "سرمربی", "مهاجم", "هافبک", "دروازه‌بان", "گلزنی",
      "بازیکن", "بازیکنان", "باشگاه", "لیگ");
  /** Words before a city that make it the place (in Milan, the city of Rome). */
  private static final Set<String> PLACE_WORDS = MatchingForm.keys("در", "شهر");

  private PersianCityClubs() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> names, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(names);
    Boolean sport = null; // asked once, and only when such a city is found
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      String clubId = m.type() == EntityType.PLACE && !m.role() ? CLUB_OF_CITY.get(m.entityId()) : null;
      if (clubId == null) {
        continue;
      }
      KbEntity club = kb.apply(clubId);
      if (club == null) {
        continue;
      }
      if (sport == null) {
        sport = sportCopy(fields);
      }
      if (!sport) {
        return names;
      }
      if (CommonWordPlaces.wordBeforeIs(fields.get(m.field()).display(), m.start(), PLACE_WORDS)) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end(), clubId, EntityType.ORGANIZATION, club.name(), false));
    }
    return edits.result();
  }

  /** Whether a word of football stands in the dispatch (read word by word, once per dispatch that names such a city). */
  private static boolean sportCopy(List<FieldText> fields) {
    for (FieldText f : fields) {
      String d = f.display();
      int i = 0;
      while (i < d.length()) {
        while (i < d.length() && !wordChar(d.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < d.length() && wordChar(d.charAt(i))) {
          i++;
        }
        if (i > s && SPORT.contains(MatchingForm.key(d, s, i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean wordChar(char c) {
    return Character.isLetter(c) || c == '\u200c' || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
