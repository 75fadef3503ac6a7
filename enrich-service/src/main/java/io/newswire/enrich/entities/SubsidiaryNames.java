package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.LegalForms;
import io.newswire.text.StringSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 55 (issue 13), English: a knowledge-base firm that opens a longer firm name closed by its own legal form
 * (Siemens Public Switching Systems Inc, Wells Fargo Leasing Corp, General Electric Credit Corp, IBM Canada Ltd) names
 * a subsidiary, an organisation of its own, not the parent. Only words of the parent's own formal name may stand
 * between the two and keep the parent: its group or holding company (Morgan Stanley Group Inc, Reuters Holdings Plc),
 * the carmakers' and Japanese groups' formal words (Honda Motor Co Ltd, Matsushita Electric Industrial Co Ltd), a
 * broker's Securities (Donaldson, Lufkin and Jenrette Securities Corp) and Bank of America's NT and SA.
 */
final class SubsidiaryNames {
  private SubsidiaryNames() {}

  private static final Set<String> PARENT_WORDS = StringSet.of("and", "&", "group", "holding", "holdings", "motor",
      "motors", "industrial", "industries", "securities", "nt", "corporation", "company", "companies", "incorporated",
      "limited");

  private static final Pattern WORDS = Pattern.compile("[\\s,]+");

  /**
   * Whether {@code d}'s words in [{@code from}, {@code end}), the rest of a firm's name after the knowledge-base
   * firm that opens it, end in a legal form and hold a word of the subsidiary's own.
   */
  static boolean ownName(String d, int from, int end) {
    String[] words = WORDS.split(d.substring(from, end).strip());
    if (words.length < 2 || !LegalForms.WORDS.contains(bare(words[words.length - 1]))) {
      return false;
    }
    for (String w : words) {
      String b = bare(w);
      if (!b.isEmpty() && !PARENT_WORDS.contains(b) && !LegalForms.WORDS.contains(b)) {
        return true;
      }
    }
    return false;
  }

  private static String bare(String w) {
    String b = w.toLowerCase(Locale.ROOT);
    return b.endsWith(".") && b.indexOf('.') == b.length() - 1 ? b.substring(0, b.length() - 1) : b;
  }
}
