package io.newswire.enrich.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-token overlap between two texts: the matching measure of the quote evaluation. */
final class TokenOverlap {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");

  private TokenOverlap() {}

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s == null ? "" : s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Multiset F1 of the two token lists. */
  static double f1(Collection<String> predicted, Collection<String> gold) {
    if (predicted.isEmpty() || gold.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    gold.forEach(t -> counts.merge(t, 1, Integer::sum));
    int overlap = 0;
    for (String t : predicted) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        overlap++;
        counts.put(t, c - 1);
      }
    }
    if (overlap == 0) {
      return 0;
    }
    double p = overlap / (double) predicted.size();
    double r = overlap / (double) gold.size();
    return 2 * p * r / (p + r);
  }

  /** Same person: F1 ≥ 0.5, or one name's words all inside the other ('Packer' in 'Katie Packer, who…'). */
  static boolean sameName(String predicted, String gold) {
    List<String> p = tokens(predicted);
    List<String> g = tokens(gold);
    p.removeAll(FUNCTION_WORDS);
    g.removeAll(FUNCTION_WORDS);
    if (p.isEmpty() || g.isEmpty()) {
      return false;
    }
    Set<String> ps = new HashSet<>(p);
    Set<String> gs = new HashSet<>(g);
    return f1(p, g) >= 0.5 || gs.containsAll(ps) || ps.containsAll(gs);
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "s", "and", "who", "ال");
}
