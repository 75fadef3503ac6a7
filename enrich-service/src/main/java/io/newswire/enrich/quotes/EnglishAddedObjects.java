package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 45: 'added'/'adds' take objects as well as clauses ('Everitt added the conversion to become …', 'she added
 * the relay crown to her indoor title', 'added a package of tax cuts'). After the verb a determiner opens a reported
 * clause only when a verb of its own follows in the sentence ('added the company would …', 'added the land seems
 * …'); with none, the determiner's noun phrase is the verb's object and nothing is reported.
 */
final class EnglishAddedObjects {
  private static final Set<String> ADDED = StringSet.of("added", "adds");
  private static final Set<String> DETERMINERS = StringSet.of("the", "a", "an", "his", "her", "its", "their");
  /** Auxiliaries, modals and the few lexical verbs the development clauses after 'added the …' use. */
  private static final Set<String> VERBS = StringSet.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "seems", "seemed", "appears",
      "appeared", "remains", "remained", "planned", "plans", "needs", "needed", "means", "meant", "looks", "looked",
      "wants", "wanted", "shows", "showed", "rose", "fell");
  /** Most words looked at for that verb. */
  private static final int MAX_WORDS = 30;

  private EnglishAddedObjects() {}

  /** Whether the word (its match form) is one of the verbs that show a clause follows a cue. */
  static boolean verb(String form) {
    return VERBS.contains(form);
  }

  /** Whether the determiner at token {@code next} after the cue word opens the verb's object, not a clause. */
  static boolean objectAfter(FieldView f, String cueWord, int next) {
    List<Token> toks = f.tokens;
    if (!ADDED.contains(cueWord) || !DETERMINERS.contains(toks.get(next).form())) {
      return false;
    }
    int end = f.sentenceEnd(toks.get(next).start());
    for (int k = next + 1; k < toks.size() && k - next <= MAX_WORDS && toks.get(k).start() < end; k++) {
      if (f.hasCharBetween(toks.get(k - 1).end(), toks.get(k).start(), ";:\"“”")) {
        break;
      }
      if (VERBS.contains(toks.get(k).form())) {
        return false;
      }
    }
    return true;
  }
}
