package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.ner.Tokenizer.Token;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 46: a firm named by dotted initials and a company head ("acquired by J.P. Industries.", "B.C. Resources said").
 * The shared tokens end a sentence at every full stop, so the initials' stop cut the name to "J.P". The stop is inside the
 * name when the initials (two letters or more, each with its stop) are followed by one of these heads.
 */
final class FirmInitialsStop {
  private FirmInitialsStop() {}

  /** Heads that make a firm of the initials before them; not Government or Steel ("the U.S. Government" is the country's). */
  private static final Set<String> HEADS = StringSet.of("Industries", "Resources", "Holdings", "Enterprises", "Group", "Corp",
      "Inc", "Co", "Ltd");

  /** {@code initials} (a token such as "J.P", its last stop split off) then the stop, then {@code next}: one firm's name. */
  static boolean inside(String initials, String next) {
    return HEADS.contains(next) && dotted(initials);
  }

  /** A sentence that ends with dotted initials and a stop, before a sentence that opens with a firm's head. */
  static boolean joins(List<Token> sentence, List<Token> next) {
    int n = sentence.size();
    return n >= 2 && !next.isEmpty() && sentence.get(n - 1).text().equals(".")
        && inside(sentence.get(n - 2).text(), next.get(0).text());
  }

  /** Capital letters joined by stops: "J.P", "B.C", "H.R.S". */
  private static boolean dotted(String t) {
    if (t.length() < 3 || t.length() % 2 == 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (i % 2 == 0 ? c < 'A' || c > 'Z' : c != '.') {
        return false;
      }
    }
    return true;
  }
}
