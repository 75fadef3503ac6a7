package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 42): a firm named by two names joined with a spaced ampersand ("Ernst &amp; Young", "Procter &amp; Gamble",
 * "Marks &amp; Spencer", "Tate &amp; Lyle Plc", "Goldman Sachs &amp; Co") is one organisation. The tokenization splits the run at
 * the "&amp;", so the rules and the model keep a piece ("Ernst", "Procter" as bodies, "Johnson" as a man) or nothing. One to
 * three capitalised words on each side of " &amp; " make one organisation mention, replacing the pieces' mentions, unless the
 * pieces are two places ("Serbia &amp; Montenegro", a constituency) or two different persons ("Henman &amp; Murray"), a side
 * is a person's full name and no firm word ends the whole ("Ludacris &amp; Lil Jon"), or one side is a single letter ("R &amp; B"). Unspaced initials (AT&amp;T, M&amp;S) are single tokens already and are left alone, as is
 * a name the knowledge base matched across the ampersand ("Standard &amp; Poor's").
 */
final class AmpersandFirms {
  private AmpersandFirms() {}

  private static final String AMP = " & ";

  /** Most capitalised words on either side of the ampersand. */
  private static final int SIDE_WORDS = 3;

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (int at = d.indexOf(AMP); at >= 0; at = d.indexOf(AMP, at + AMP.length())) {
        int start = leftStart(d, at);
        int end = rightEnd(d, at + AMP.length());
        if (start < 0 || end < 0) {
          continue;
        }
        List<Mention> in = out == null ? mentions : out;
        if (acrossAmpersand(in, f, at) || twoPlacesOrPersons(in, f, d, start, at, at + AMP.length(), end)
            || fullNamedPerson(in, f, start, end) && !firmWord(d.substring(lastWordStart(d, end), end))) {
          continue;
        }
        String text = d.substring(start, end).replace('\n', ' ');
        out = Mention.replacing(in,
            new Mention(f, start, end, CrossScriptId.english(EntityType.ORGANIZATION, text), EntityType.ORGANIZATION, text, false));
      }
    }
    return out == null ? mentions : out;
  }

  /** A mention that already spans the ampersand (a knowledge-base name such as Standard &amp; Poor's). */
  private static boolean acrossAmpersand(List<Mention> mentions, int field, int at) {
    for (Mention m : mentions) {
      if (m.field() == field && m.start() < at && m.end() > at + AMP.length()) {
        return true;
      }
    }
    return false;
  }

  /** Whether each side is a place of its own, or each a person of its own with a different name. */
  private static boolean twoPlacesOrPersons(List<Mention> mentions, int field, String d, int ls, int le, int rs, int re) {
    Mention left = within(mentions, field, ls, le);
    Mention right = within(mentions, field, rs, re);
    if (left == null || right == null || left.type() != right.type()) {
      return false;
    }
    return left.type() == EntityType.PLACE
        || left.type() == EntityType.PERSON && !d.substring(left.start(), left.end()).equals(d.substring(right.start(), right.end()));
  }

  /**
   * Whether a person of two words or more stands on either side ("Ludacris &amp; Lil Jon", "Kermit &amp; Steve Martin"): a
   * pair of people, unless the name ends in a firm word ("David Rubin &amp; Partners").
   */
  private static boolean fullNamedPerson(List<Mention> mentions, int field, int s, int e) {
    for (Mention m : mentions) {
      if (m.field() == field && m.type() == EntityType.PERSON && m.start() >= s && m.end() <= e && m.name() != null
          && m.name().indexOf(' ') > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean firmWord(String w) {
    return EnglishNameRecognizer.organisationWord(w) || EnglishNameRecognizer.isFirmSuffix(w) || w.equals("Sons");
  }

  private static int lastWordStart(String d, int end) {
    int s = end;
    while (s > 0 && wordChar(d.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  /** The mention inside [s, e) that ends at or starts at the ampersand's side, or null. */
  private static Mention within(List<Mention> mentions, int field, int s, int e) {
    for (Mention m : mentions) {
      if (m.field() == field && m.start() >= s && m.end() <= e) {
        return m;
      }
    }
    return null;
  }

  /** The start of one to three capitalised words ending right before {@code amp}, or -1; a title or opener word is left out. */
  static int leftStart(String d, int amp) {
    int start = -1;
    int e = amp;
    for (int words = 0; words < SIDE_WORDS; words++) {
      int s = e;
      while (s > 0 && wordChar(d.charAt(s - 1))) {
        s--;
      }
      if (s == e || !Character.isUpperCase(d.charAt(s)) || EnglishNameRecognizer.titleRoleOrCommon(d.substring(s, e))) {
        break;
      }
      if (words == 0 && e - s == 1) {
        return -1; // R & B
      }
      start = s;
      if (s < 1 || d.charAt(s - 1) != ' ') {
        break;
      }
      e = s - 1;
    }
    return start;
  }

  /** The end of one to three capitalised words from {@code p} (a possessive 's left out), or -1. */
  static int rightEnd(String d, int p) {
    int end = -1;
    int s = p;
    for (int words = 0; words < SIDE_WORDS && s < d.length() && Character.isUpperCase(d.charAt(s)); words++) {
      int e = s;
      while (e < d.length() && wordChar(d.charAt(e))) {
        e++;
      }
      if (words == 0 && e - s == 1) {
        return -1;
      }
      if (words > 0 && EnglishNameRecognizer.titleRoleOrCommon(d.substring(s, e))) {
        break;
      }
      end = e;
      if (e + 1 >= d.length() || d.charAt(e) != ' ') {
        break;
      }
      s = e + 1;
    }
    return end;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
