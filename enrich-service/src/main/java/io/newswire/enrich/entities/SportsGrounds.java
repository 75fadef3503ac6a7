package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * Round 26: British sport copy names its grounds "X Park", "X Road", "X Lane", "X Bridge" (a victory at Lansdowne
 * Road, a move to Goodison Park, the trip to Stamford Bridge); the rules and the model read them as places. A ground
 * is a facility, which the conventions leave out (r9, r13: stadiums are not annotated). In an article with a word of
 * sport ({@link Fixtures#sport}, or a word of a match: {@link #MATCH}), a place of two words or more ending with one of these heads is dropped, unless
 * "in" stands right before it (a race in Central Park, a stadium in Stanley Park: a park as an area, not a venue).
 */
final class SportsGrounds {
  private SportsGrounds() {}

  private static final String[] HEADS = {" Park", " Road", " Lane", " Bridge"};
  /** Words of a match that a rugby or cup report may hold without a word of {@link Fixtures#sport}. */
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
    return !m.role() && m.type() == EntityType.PLACE && ground(fields.get(m.field()).display(), m.start(), m.end());
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
    if (!head) {
      return false;
    }
    int k = start;
    while (k > 0 && d.charAt(k - 1) == ' ') {
      k--;
    }
    return !(k >= 2 && d.charAt(k - 1) == 'n' && (d.charAt(k - 2) == 'i' || d.charAt(k - 2) == 'I')
        && (k == 2 || !Character.isLetter(d.charAt(k - 3))));
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
