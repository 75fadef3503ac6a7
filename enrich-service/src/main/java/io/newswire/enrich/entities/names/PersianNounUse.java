package io.newswire.enrich.entities.names;

import io.newswire.normalization.MatchingForm;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Round 57: which one-word surnames an article uses as common nouns, so that their bare repeats are no person. A given
 * name that is a word too (مسلم "Muslim", شیرین "sweet") runs into a noun (مسلم ملت، شیرین زندگی), and every ملت of a
 * long speech became that person. A noun shows itself by a demonstrative before it (این ملت، همین زندگی; not after بر
 * or با, the fixed phrases علاوه بر این and با این حال, after which a name may stand) or by a plural ending
 * (ملت‌ها، ارزش‌های) where the word has no surname's shape (رضیعی‌ها is the Raziei family).
 */
public final class PersianNounUse {
  private static final Set<String> DEMONSTRATIVES = MatchingForm.keys("این", "همین", "همان"); // not آن: Anne (آن ماری)
  private static final Set<String> FIXED_BEFORE = MatchingForm.keys("بر", "با");
  private static final Set<String> PLURALS = MatchingForm.keys("ها", "های");

  private PersianNounUse() {}

  /**
   * The words of {@code surnames} that {@code keysBySentence} (matching forms, a ZWNJ read as a space) uses as nouns;
   * a plural counts only for a word {@code surnameShaped} rejects.
   */
  public static Set<String> nouns(List<String[]> keysBySentence, Set<String> surnames, Predicate<String> surnameShaped) {
    Set<String> nouns = new HashSet<>();
    for (String[] keys : keysBySentence) {
      for (int i = 0; i < keys.length; i++) {
        String k = keys[i];
        if (surnames.contains(k) && i > 0 && DEMONSTRATIVES.contains(keys[i - 1])
            && (i < 2 || !FIXED_BEFORE.contains(keys[i - 2]))) {
          nouns.add(k);
          continue;
        }
        int space = k.lastIndexOf(' ');
        String stem = space > 0 && PLURALS.contains(k.substring(space + 1)) ? k.substring(0, space)
            : i + 1 < keys.length && PLURALS.contains(keys[i + 1]) ? k : null;
        if (stem != null && surnames.contains(stem) && !surnameShaped.test(stem)) {
          nouns.add(stem);
        }
      }
    }
    return nouns;
  }
}
