package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English (round 44): a body named after its members in the plural possessive ("the Musicians' Union", "the British
 * Bankers' Association", "the Professional Footballers' Association", "the Transport and General Workers' Union") is one
 * organisation. The tokenization ends a run at the bare apostrophe, so the rules kept nothing, a piece after it
 * ("Equity Association", "International Union") or the members' word as a man ("Workers"). The members' word must read as
 * people named by what they do (-ers, -ors, -ians, -ists, -ants, -ents, -ees): "the Blues' Celtic League" (a club's
 * nickname, then a competition) is left alone, as is a head that names an event (League, Cup).
 */
final class PluralPossessiveBodies {
  private PluralPossessiveBodies() {}

  /** The members' word ("Musicians'"), a space or line break after it. */
  private static final Pattern MEMBERS = Pattern.compile("\\b[A-Z][a-z]+(?:ers|ors|ians|ists|ants|ents|ees)'(?=[ \\n])");

  /** A capitalised word after the members' word. */
  private static final Pattern WORD = Pattern.compile("[ \\n]([A-Z][a-z]+)\\b");

  /** Most capitalised words between the members' word and the head ("International Union", "National Pension Fund"). */
  private static final int MIDDLE_WORDS = 2;

  /** Head words of a members' body: a union, an association, a fund (not League or Cup: competitions). */
  private static final Set<String> HEADS = Set.of("union", "association", "federation", "guild", "forum", "society",
      "council", "alliance", "institute", "congress", "fund", "trust", "network", "coalition", "organisation",
      "organization", "confederation", "foundation", "club", "committee", "party");

  /** Most capitalised words kept before the members' word ("Dutch Coffee Roasters'", "Transport and General Workers'"). */
  private static final int LEFT_WORDS = 3;

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      if (d.indexOf("s'") < 0) {
        continue; // every members' word ends so: most fields need no regular-expression search
      }
      Matcher m = MEMBERS.matcher(d);
      while (m.find()) {
        int end = headEnd(d, m.end());
        if (end < 0) {
          continue;
        }
        int start = leftStart(d, m.start());
        List<Mention> in = out == null ? mentions : out;
        if (Mention.crossing(in, f, start, end)) { // the name sits inside a longer one the KB matched
          continue;
        }
        String text = d.substring(start, end).replace('\n', ' ');
        out = Mention.replacing(in,
            new Mention(f, start, end, CrossScriptId.english(EntityType.ORGANIZATION, text), EntityType.ORGANIZATION, text, false));
      }
    }
    return out == null ? mentions : out;
  }

  /** The end of the first head word within three capitalised words from {@code p}, or -1. */
  private static int headEnd(String d, int p) {
    Matcher w = WORD.matcher(d);
    for (int words = 0; words <= MIDDLE_WORDS && w.region(p, d.length()).lookingAt(); words++) {
      if (HEADS.contains(w.group(1).toLowerCase(Locale.ROOT))) {
        return w.end();
      }
      p = w.end();
    }
    return -1;
  }

  /**
   * The start of the name: capitalised words before the members' word are its own ("British Bankers'", "Sheet Metal
   * Workers'", "Transport and General Workers'"), an opener or a title is not ("The", "Mr").
   */
  static int leftStart(String d, int at) {
    int start = at;
    for (int words = 0; words < LEFT_WORDS; words++) {
      int[] w = WordSpans.before(d, start);
      if (w == null) {
        break;
      }
      String word = d.substring(w[0], w[1]);
      if (word.equals("and")) {
        int[] p = WordSpans.before(d, w[0]);
        if (p == null || !name(d.substring(p[0], p[1]))) {
          break;
        }
        start = p[0];
        continue;
      }
      if (!name(word) && !(Character.isUpperCase(word.charAt(0)) && words == 0 && afterAnd(d, w[0]))) {
        break;
      }
      start = w[0];
    }
    return start;
  }

  /** Whether "and" and a name stand before {@code at} (Transport and General Workers': a title word there is the name's). */
  private static boolean afterAnd(String d, int at) {
    int[] a = WordSpans.before(d, at);
    if (a == null || !d.substring(a[0], a[1]).equals("and")) {
      return false;
    }
    int[] p = WordSpans.before(d, a[0]);
    return p != null && name(d.substring(p[0], p[1]));
  }

  private static boolean name(String w) {
    return Character.isUpperCase(w.charAt(0)) && (EnglishNameRecognizer.notAName(w) || !EnglishNameRecognizer.titleRoleOrCommon(w));
  }
}
