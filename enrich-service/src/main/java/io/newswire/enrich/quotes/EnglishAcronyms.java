package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * A body's acronym in brackets right after its name, closing a trailing cue's subject ('…, the International
 * Federation of the Phonographic Industry (IFPI) reported.', '…, the Office of the Deputy Prime Minister (ODPM)
 * has said.'): the acronym repeats the name, so it does not count against the subject's length.
 */
final class EnglishAcronyms {
  /** Auxiliaries between the bracket and the verb. */
  private static final Set<String> AUXILIARIES = StringSet.of("has", "have", "had");
  private static final int MAX_LETTERS = 6;

  private EnglishAcronyms() {}

  /** Whether the word before the cue (or before its auxiliary) is a capitalised acronym in brackets after a name. */
  static boolean closesSubject(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int k = cue.first() - 1;
    if (k >= 0 && AUXILIARIES.contains(toks.get(k).form())) {
      k--;
    }
    if (k < 1) {
      return false;
    }
    Token a = toks.get(k);
    Token name = toks.get(k - 1);
    int next = k + 1 < toks.size() ? toks.get(k + 1).start() : f.text.length();
    return acronym(a.raw()) && name.capitalized()
        && f.text.substring(name.end(), a.start()).strip().equals("(")
        && f.text.substring(a.end(), next).strip().equals(")");
  }

  private static boolean acronym(String raw) {
    if (raw.length() < 2 || raw.length() > MAX_LETTERS) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (!Character.isUpperCase(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
