package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 39): a name that is the subject of a participle whose object is "its" ("Corvella has widened its range",
 * "Corvella just launched its tablet", "Corvella is cutting its prices") is a body, not a person: a person does things to
 * his or her own, not its. The model reads a one-word firm, or one named after its founders, as a surname. Only a past or
 * present participle right before "its", after at most three auxiliaries or adverbs, counts: a present-tense verb there is
 * often a speaker's ("Halden calls its plan …") or another subject's ("the cabinet of X ends its term"). Every mention of
 * such a person entity becomes the organisation ({@link PersonsAsBodies}), unless the article also calls it Mr, Mrs, Ms or
 * Dr or names it with a given name first ("Tom Halden … as far as Halden is concerned its plan …").
 */
final class ItsFirms {
  private ItsFirms() {}

  /** Words between the name and the verb: auxiliaries and adverbs. */
  private static final Set<String> BETWEEN = StringSet.of("has", "had", "have", "is", "was", "just", "also", "recently",
      "already", "now", "since", "been", "not");
  /** Participles whose "its" is seldom the subject's own: reported speech and reference. */
  private static final Set<String> NOT_OWN = StringSet.of("called", "calling", "named", "naming", "described", "describing",
      "quoted", "quoting", "cited", "citing", "according", "during", "including", "regarding", "concerning", "following", "concerned");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retypeUnlessPerson(fields, mentions, ItsFirms::cued,
        (d, start, end) -> PersonsAsBodies.ADDRESSED.test(d, start, end) || givenNameFirst(d, start, end));
  }

  /** " [aux/adverb ×0–3] participle its " right after the name. */
  static boolean cued(String d, int start, int end) {
    int k = end;
    for (int n = 0; n <= 4; n++) {
      if (k >= d.length() || d.charAt(k) != ' ') {
        return false;
      }
      int a = k + 1;
      int b = a;
      while (b < d.length() && d.charAt(b) >= 'a' && d.charAt(b) <= 'z') {
        b++;
      }
      if (b == a || b < d.length() && Character.isLetterOrDigit(d.charAt(b))) {
        return false;
      }
      String w = d.substring(a, b);
      if (!BETWEEN.contains(w)) {
        return participle(w) && !NOT_OWN.contains(w) && d.startsWith(" its ", b);
      }
      k = b;
    }
    return false;
  }

  /** A name of two or more words opening with an English given name: a person's. */
  private static boolean givenNameFirst(String d, int start, int end) {
    int sp = d.indexOf(' ', start);
    return sp > start && sp < end
        && GivenNames.english().contains(d.substring(start, sp).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean participle(String w) {
    return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
  }
}
