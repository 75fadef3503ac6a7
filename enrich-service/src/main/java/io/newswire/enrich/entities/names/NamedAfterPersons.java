package io.newswire.enrich.entities.names;

import io.newswire.normalization.MatchingForm;
import java.util.Set;

/**
 * Place and facility nouns whose name is often a person's (مسجد علی ابن ابیطالب، خیابان ناصر خسرو، قرارگاه حمزه
 * سیدالشهدا، مجموعه ورزشی حمزه، دره سلیمان). The annotation conventions (round 16 and 17 files) annotate no person
 * inside a mosque's, street's or square's name: a given name right after such a noun opens the place's name, not a
 * person. Nouns that a person follows as often are left out (حرم: مدافع حرم X is a martyr; کتابخانه، رویداد ورزشی:
 * a speaker named after the event).
 */
final class NamedAfterPersons {
  private NamedAfterPersons() {}

  private static final Set<String> HEADS = MatchingForm.keys("مسجد", "ورزشگاه", "خیابان", "بلوار", "میدان", "بزرگراه",
      "اتوبان", "کوچه", "کوی", "دره", "قرارگاه", "پادگان", "حسینیه", "مدرسه", "دبیرستان", "هنرستان");
  private static final String SPORTS = MatchingForm.key("ورزشی");
  private static final String COMPLEX = MatchingForm.key("مجموعه");

  /** Whether the word at {@code i} follows such a noun (or مجموعه ورزشی, a sports complex). */
  static boolean follows(String[] keys, int i) {
    if (i == 0) {
      return false;
    }
    if (HEADS.contains(keys[i - 1])) {
      return true;
    }
    return i > 1 && keys[i - 1].equals(SPORTS) && keys[i - 2].equals(COMPLEX);
  }
}
