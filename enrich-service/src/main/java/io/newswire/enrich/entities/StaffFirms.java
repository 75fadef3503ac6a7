package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import java.util.List;

/**
 * English (round 31): "an analyst at Harbrook Trust", "a bond strategist with Maplin Reed", "chief economist at Corvane
 * Capital": whom an analyst, economist, strategist or manager works at or with is a firm. The rules read a two-word
 * capitalised run there as a person's name (and the knowledge base may know a namesake); the whole person entity becomes
 * the organisation. Not before a possessive ("a strategist at Moscow's X", "at Gates's request": the name owns what
 * follows) and not after other words ("head-to-head with X" names a rival).
 */
final class StaffFirms {
  private StaffFirms() {}

  /** Trades whose "at"/"with" names an employer, as written before it (lower case, mid-sentence). */
  private static final String[] STAFF = {"analyst", "analysts", "economist", "economists", "strategist", "strategists",
      "manager"};

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retype(fields, mentions, StaffFirms::cued);
  }

  /** The mention follows "trade at " or "trade with " and no possessive follows it. */
  static boolean cued(String d, int start, int end) {
    if (end < d.length() && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019')) {
      return false;
    }
    int prep;
    if (d.startsWith("at ", start - 3)) {
      prep = start - 3;
    } else if (d.startsWith("with ", start - 5)) {
      prep = start - 5;
    } else {
      return false;
    }
    for (String s : STAFF) {
      int at = prep - 1 - s.length();
      if (at >= 0 && d.charAt(prep - 1) == ' ' && d.startsWith(s, at) && (at == 0 || !Character.isLetter(d.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }
}
