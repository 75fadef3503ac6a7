package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import java.util.List;

/**
 * English (round 50): British copy gives a band, a club or a firm a plural verb ("Grey Harbour have topped the poll",
 * "However, Dockside have been charged"), which no one person takes. A person entity one of whose mentions opens its
 * sentence (or follows one opening word and a comma) right before "have", "are" or "were" is a body, an organisation,
 * every mention of it; not after "and" or a list's comma ("X and Y are": two people), and not when another mention has
 * Mr, Mrs, Ms or Dr before it.
 */
final class PluralVerbBodies {
  private PluralVerbBodies() {}

  private static final String[] VERBS = {" have ", " are ", " were "};

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retypeUnlessPerson(fields, mentions, PluralVerbBodies::cued, PersonsAsBodies.ADDRESSED);
  }

  static boolean cued(String d, int start, int end) {
    boolean plural = false;
    for (String v : VERBS) {
      plural |= d.startsWith(v, end);
    }
    return plural && (GivenNameBefore.sentenceStart(d, start) || afterOpenerAndComma(d, start));
  }

  /** "However, X": one capitalised word opening the sentence, then a comma, right before the name. */
  private static boolean afterOpenerAndComma(String d, int start) {
    if (start < 4 || !d.startsWith(", ", start - 2)) {
      return false;
    }
    int s = start - 2;
    while (s > 0 && Character.isLetter(d.charAt(s - 1))) {
      s--;
    }
    return s < start - 2 && Character.isUpperCase(d.charAt(s)) && GivenNameBefore.sentenceStart(d, s);
  }
}
