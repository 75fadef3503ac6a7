package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.UnknownNameLinker;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 25): a radio station named by its network and number ("BBC Radio 4", "BBC Radio 2's breakfast show") is
 * one organisation, the number part of its name, as "BBC Radio Five Live" spelt out already is. The runs of capitalised
 * words stop at the digit, so the article got "BBC Radio" and the broadcaster's entity. An organisation mention whose last
 * word is "Radio" and that is followed by one space and a number of one or two digits standing alone (not a figure: no
 * digit, point, comma, colon or percent sign after it) is extended over the number and made an entity of its own, named
 * as written. Round 27: the BBC's television channels likewise, "BBC One" to "BBC Four" (also "BBC 1"), and a number spelt
 * out ("BBC Radio Four"); a number that opens a longer name ("BBC 6 Music", "BBC Five Live") is left as it was. English only.
 * Round 56: the BBC's news divisions and sites ("told BBC News", "BBC News Online", "the BBC News website", "BBC Sport")
 * give the broadcaster: the mention is cut to "BBC", as the annotations have it since round 17.
 */
final class NumberedStations {
  private NumberedStations() {}

  private static final String RADIO = "Radio";
  /** Round 27: the BBC's television channels, "BBC One" to "BBC Four" (also "BBC 1"), are named by number as its stations are. */
  private static final String BBC = "BBC";
  /** Channel numbers spelt out, as the BBC writes its channels' names (BBC One, BBC Radio Four). */
  private static final String[] NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five"};
  /** What follows "BBC " in a division's or site's name that names the broadcaster (the longest first). */
  private static final String[] DIVISIONS = {"News Online", "News website", "News Website", "News", "Sport"};

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.ORGANIZATION || m.end() - m.start() < BBC.length()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (division(d, m)) {
        int end = m.start() + BBC.length();
        edits.set(i, m.nameAt(m.field(), m.start(), end)); // an organisation, no role (checked above)
        continue;
      }
      int end = numberEnd(d, m.end());
      if (end < 0 || !lastWord(d, m, RADIO)) {
        // Round 27: "BBC One", "BBC 2", "BBC Radio Four"; not "BBC 6 Music", "BBC Five Live", where the number opens a
        // longer name (left as it was)
        end = end >= 0 ? end : numberWordEnd(d, m.end());
        if (end < 0 || !(lastWord(d, m, RADIO) || lastWord(d, m, BBC))
            || end + 1 < d.length() && d.charAt(end) == ' ' && Character.isUpperCase(d.charAt(end + 1))) {
          continue;
        }
      }
      String name = d.substring(m.start(), end);
      edits.set(i, new Mention(m.field(), m.start(), end, UnknownNameLinker.slug(EntityType.ORGANIZATION, "en", name),
          EntityType.ORGANIZATION, name, false));
    }
    return edits.result();
  }

  /** Whether the mention is "BBC " and one of {@link #DIVISIONS}, whole. */
  private static boolean division(String d, Mention m) {
    if (!d.startsWith(BBC + " ", m.start())) {
      return false;
    }
    int at = m.start() + BBC.length() + 1;
    for (String w : DIVISIONS) {
      if (at + w.length() == m.end() && d.startsWith(w, at)) {
        return true;
      }
    }
    return false;
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

  /** Whether the mention's last word is {@code word} (the whole mention or after a space). */
  private static boolean lastWord(String d, Mention m, String word) {
    int at = m.end() - word.length();
    return at >= m.start() && d.startsWith(word, at) && (at == m.start() || Character.isWhitespace(d.charAt(at - 1)));
  }

  /** The end of " One" … " Five" right after {@code at}, a word of its own; -1 if there is none. */
  static int numberWordEnd(String d, int at) {
    if (at + 1 >= d.length() || d.charAt(at) != ' ') {
      return -1;
    }
    for (String w : NUMBER_WORDS) {
      int k = at + 1 + w.length();
      if (d.startsWith(w, at + 1) && (k == d.length() || !Character.isLetterOrDigit(d.charAt(k)))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
