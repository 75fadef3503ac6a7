package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English (round 40b): a name whose possessive owns what only a firm has ("Corvella's shares", "Corvella's chief
 * executive", "Corvella's pre-tax profits", "Corvella's shareholders") or that stands right after "shares in" or "shares
 * of" is a firm, not a person: the model reads a one-word firm, or one named after its founder (a surname), as a man.
 * A person has no shares, chief executive, shareholders or pre-tax profits of his own; words a person can own too (sales,
 * fans, boss, earnings, headquarters, takeover) are left out. Every mention of such a person entity becomes the
 * organisation ({@link PersonsAsBodies}), unless the article also calls it Mr, Mrs, Ms or Dr or names it with a given name first.
 */
final class FirmSignPersons {
  private FirmSignPersons() {}

  /** First words after "X's " that only a firm owns (lower case, a whole word). */
  private static final Set<String> OWNED = StringSet.of("shares", "shareholders", "stock", "chief", "chairman", "board",
      "profits", "profit", "pre-tax", "turnover", "subsidiary", "subsidiaries");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retypeUnlessPerson(fields, mentions, FirmSignPersons::cued,
        (d, start, end) -> PersonsAsBodies.ADDRESSED.test(d, start, end) || givenNameFirst(d, start, end));
  }

  /** "X's " + a firm's own word after the name, or "shares in/of " before it. */
  static boolean cued(String d, int start, int end) {
    if (d.startsWith("shares in ", start - 10) || d.startsWith("shares of ", start - 10)) {
      return true;
    }
    if (!d.startsWith("'s ", end) && !d.startsWith("\u2019s ", end)) {
      return false;
    }
    int k = end + 3;
    int b = k;
    while (b < d.length() && (d.charAt(b) >= 'a' && d.charAt(b) <= 'z' || d.charAt(b) == '-')) {
      b++;
    }
    if (b == k || b < d.length() && Character.isLetterOrDigit(d.charAt(b))) {
      return false;
    }
    String w = d.substring(k, b);
    if (w.equals("chief")) {
      return d.startsWith(" executive", b); // "X's chief executive"; not "X's chief rival"
    }
    return OWNED.contains(w);
  }

  /** A name of two or more words opening with an English given name: a person's. */
  private static boolean givenNameFirst(String d, int start, int end) {
    int sp = d.indexOf(' ', start);
    return sp > start && sp < end
        && GivenNames.english().contains(d.substring(start, sp).toLowerCase(Locale.ROOT));
  }
}
