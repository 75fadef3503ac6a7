package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;

/**
 * Round 26: British sport copy names its grounds "X Park", "X Road", "X Lane", "X Bridge" (a victory at Lansdowne
 * Road, a move to Goodison Park, the trip to Stamford Bridge); the rules and the model read them as places. A ground
 * is a facility, which the conventions leave out (r9, r13: stadiums are not annotated). In an article with a word of
 * sport ({@link Fixtures#sport}, or a word of a match: {@link #MATCH}), a place of two words or more ending with one of these heads is dropped, unless
 * "in" stands right before it (a race in Central Park, a stadium in Stanley Park: a park as an area, not a venue).
 * Round 56: the grounds copy names without such a head ({@link #NAMED}: the clash at Twickenham, a win at Murrayfield)
 * are dropped the same way when read as places, and when read as bodies only right after "at" (his time at Ibrox):
 * elsewhere a body there is the club's metonym (the Anfield boss, quitting Anfield).
 */
final class SportsGrounds {
  private SportsGrounds() {}

  private static final String[] HEADS = {" Park", " Road", " Lane", " Bridge"};
  /** Words of a match that a rugby or cup report may hold without a word of {@link Fixtures#sport}. */
  /**
   * British and Irish football, rugby and cricket grounds known by a name without a ground's head; a district or town of
   * the same name (Twickenham, Anfield) is kept after "in" and outside sport copy. Not Wembley: also a gaming firm's name.
   */
  private static final StringSet NAMED = StringSet.of("Twickenham", "Murrayfield", "Anfield", "Highbury", "Ibrox",
      "Tynecastle", "Hampden", "Parkhead", "Pittodrie", "Goodison", "Old Trafford", "Craven Cottage", "White Hart Lane",
      "Stamford Bridge", "Kingsholm", "Ravenhill", "Molineux", "Edgbaston", "Sixways");
  private static final String[] MATCH = {"match", "referee", "fixture", "kick-off", "half-time", "stadium"};

  /** {@code sport}: the article holds a word of sport ({@link Fixtures#sport}). */
  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, boolean sport) {
    MentionEdits edits = new MentionEdits(mentions);
    boolean kindRead = false;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean drop = isGround(fields, m);
      if (drop && !kindRead) {
        // the first ground: only now is the article's kind worth a scan (most articles name none)
        if (!sport && !matchWord(fields)) {
          return mentions;
        }
        kindRead = true;
      }
      if (drop) {
        edits.drop(i);
      }
    }
    return edits.result();
  }

  private static boolean isGround(List<FieldText> fields, Mention m) {
    if (m.role()) {
      return false;
    }
    String d = fields.get(m.field()).display();
    if (m.type() == EntityType.PLACE && ground(d, m.start(), m.end())) {
      return true;
    }
    return NAMED.contains(d.substring(m.start(), m.end()))
        && (m.type() == EntityType.PLACE && !afterWord(d, m.start(), "in")
            || m.type() == EntityType.ORGANIZATION && afterWord(d, m.start(), "at"));
  }

  /** Whether [start, end) ends with a ground's head after a capitalised word, and no "in" stands right before it. */
  static boolean ground(String d, int start, int end) {
    boolean head = false;
    for (String h : HEADS) {
      int s = end - h.length();
      if (s > start && d.startsWith(h, s) && Character.isUpperCase(d.charAt(start))) {
        head = true;
        break;
      }
    }
    return head && !afterWord(d, start, "in");
  }

  /** Whether the two-letter {@code word} ("in", "at"; a capital first letter too) stands right before {@code start}. */
  private static boolean afterWord(String d, int start, String word) {
    int k = start;
    while (k > 0 && d.charAt(k - 1) == ' ') {
      k--;
    }
    return k >= 2 && d.charAt(k - 1) == word.charAt(1) && Character.toLowerCase(d.charAt(k - 2)) == word.charAt(0)
        && (k == 2 || !Character.isLetter(d.charAt(k - 3)));
  }

  private static boolean matchWord(List<FieldText> fields) {
    for (FieldText f : fields) {
      String d = f.display();
      for (String w : MATCH) {
        for (int at = d.indexOf(w); at >= 0; at = d.indexOf(w, at + 1)) {
          int end = at + w.length();
          if ((at == 0 || !Character.isLetter(d.charAt(at - 1))) && (end == d.length() || !Character.isLetter(d.charAt(end))
              || d.charAt(end) == 'e' || d.charAt(end) == 's')) {
            return true; // match, matches, referee, refereed, fixtures
          }
        }
      }
    }
    return false;
  }
}
