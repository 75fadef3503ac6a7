package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 51: 'estimated' takes a quantity and its figure as well as a clause ('estimated Turkish production at 1.42
 * mln tonnes', 'estimated the damage at 20bn baht'). When 'at' and a figure come before any verb of a clause, the
 * words are the verb's object and nothing is reported, unless a verb follows the figure before a comma; 'estimated
 * output would stay at 16 mln' and 'estimated savings of at least $2bn were the driver' report a clause.
 */
final class EnglishEstimateObjects {
  private static final Set<String> ESTIMATED = StringSet.of("estimated", "estimates", "estimate", "estimating");
  /** Words between 'at' and its figure: 'at around 16 mln'. */
  private static final Set<String> APPROXIMATIONS = StringSet.of("about", "around", "some", "nearly", "almost",
      "roughly", "approximately", "between", "up", "to", "least", "only", "just", "over", "under");
  /** Most words looked at for 'at'. */
  private static final int MAX_WORDS = 20;

  private EnglishEstimateObjects() {}

  /** Whether the words from token {@code next} after the cue word are its object and a figure ('X at 5 mln'). */
  static boolean objectAfter(FieldView f, String cueWord, int next) {
    List<Token> toks = f.tokens;
    if (!ESTIMATED.contains(cueWord)) {
      return false;
    }
    int end = f.sentenceEnd(toks.get(next).start());
    for (int k = next; k < toks.size() && k - next <= MAX_WORDS && toks.get(k).start() < end; k++) {
      String form = toks.get(k).form();
      if (EnglishAddedObjects.verb(form)) {
        return false;
      }
      if (form.equals("at") && k > next) {
        int j = k + 1;
        while (j < toks.size() && APPROXIMATIONS.contains(toks.get(j).form())) {
          j++;
        }
        return j < toks.size() && figure(toks.get(j).raw()) && !verbBeforeComma(f, j + 1, end);
      }
    }
    return false;
  }

  /** 'estimated cost savings of at least $2bn were a main driver': a verb after the figure makes it a clause's subject. */
  private static boolean verbBeforeComma(FieldView f, int from, int end) {
    List<Token> toks = f.tokens;
    for (int k = from; k < toks.size() && toks.get(k).start() < end; k++) {
      if (f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ",;:")) {
        return false;
      }
      if (EnglishAddedObjects.verb(toks.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  /** A number, or an amount written with its currency sign first ('$98m', '£52m'). */
  private static boolean figure(String raw) {
    int i = 0;
    while (i < raw.length() && "$£€¥".indexOf(raw.charAt(i)) >= 0) {
      i++;
    }
    return i < raw.length() && Character.isDigit(raw.charAt(i));
  }
}
