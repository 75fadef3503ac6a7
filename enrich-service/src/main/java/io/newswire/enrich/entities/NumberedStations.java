package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.UnknownNameLinker;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * English (round 25): a radio station named by its network and number ("BBC Radio 4", "BBC Radio 2's breakfast show") is
 * one organisation, the number part of its name, as "BBC Radio Five Live" spelt out already is. The runs of capitalised
 * words stop at the digit, so the article got "BBC Radio" and the broadcaster's entity. An organisation mention whose last
 * word is "Radio" and that is followed by one space and a number of one or two digits standing alone (not a figure: no
 * digit, point, comma, colon or percent sign after it) is extended over the number and made an entity of its own, named
 * as written. English only.
 */
final class NumberedStations {
  private NumberedStations() {}

  private static final String RADIO = "Radio";

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.ORGANIZATION || m.end() - m.start() < RADIO.length() + 2) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int end = numberEnd(d, m.end());
      if (end < 0 || !d.startsWith(RADIO, m.end() - RADIO.length()) || !Character.isWhitespace(d.charAt(m.end() - RADIO.length() - 1))) {
        continue;
      }
      String name = d.substring(m.start(), end);
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, new Mention(m.field(), m.start(), end, UnknownNameLinker.slug(EntityType.ORGANIZATION, "en", name),
          EntityType.ORGANIZATION, name, false));
    }
    return out == null ? mentions : out;
  }

  /** The end of " N" or " NN" right after {@code at}, the number standing alone; -1 if there is none. */
  static int numberEnd(String d, int at) {
    if (at + 1 >= d.length() || d.charAt(at) != ' ' || !isDigit(d.charAt(at + 1))) {
      return -1;
    }
    int k = at + 2;
    if (k < d.length() && isDigit(d.charAt(k))) {
      k++;
    }
    if (k < d.length()) {
      char c = d.charAt(k);
      if (isDigit(c) || Character.isLetter(c) || c == '%' || c == ':' || (c == '.' || c == ',') && k + 1 < d.length()
          && isDigit(d.charAt(k + 1))) {
        return -1; // 1.5, 4,000, 10:30, 4%, 4G: a figure or a code, not the station's number
      }
    }
    return k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
