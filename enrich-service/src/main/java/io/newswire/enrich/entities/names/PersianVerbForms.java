package io.newswire.enrich.entities.names;

import io.newswire.normalization.MatchingForm;
import java.util.HashSet;
import java.util.Set;

/**
 * Round 31: finite Persian verb forms written as one word, which no name holds, so a body's or person's name ends before
 * them (وزارت کشاورزی بودجه‌ای ندارد، … را از دلایل موفقیت پلیس برشمرد، بازیکن در تمرین شرکت نکرد). Made from the verbs newsroom copy uses as
 * light verbs and reporting verbs: the past with a person ending, negated (نکرد، نبودید), the present with its
 * prefix (بگیرید، نشود، میباشد typed without the ZWNJ) and, for the auxiliaries, bare (کند، شوند، دارد). A bare form
 * that is also a word of names or a noun stays out: کرد (Kurd), داد, زند (Zand), نبرد (a battle), نمایی (a view).
 */
public final class PersianVerbForms {
  private static final String[] PAST_ENDINGS = {"", "م", "ی", "یم", "ید", "ند"};
  private static final String[] PRESENT_ENDINGS = {"م", "ی", "د", "یم", "ید", "ند"};
  /** Past stems of light verbs (a noun before them is theirs), bare and negated. */
  private static final String[] PAST = {"شد", "بود", "داشت", "گرفت", "زد", "نمود", "گردید", "برشمرد", "شمرد"};
  /**
   * Past stems only negated: کرد and داد are name words bare (Kurd); a bare گفت, آمد, رسید, رفت follows its subject
   * (رئیس اداره ورزش شهرستان X گفت), which must not read as the noun of a compound verb.
   */
  private static final String[] PAST_NEGATED_ONLY = {"کرد", "داد", "گفت", "آمد", "رسید", "رفت", "خواست"};
  /**
   * Present stems of the auxiliaries and light verbs, verbs bare too. Not the future's خواهد: the word before it is often
   * a name's (… تحویل سازمان بهزیستی خواهد شد), not the noun of a compound verb.
   */
  private static final String[] PRESENT_BARE = {"کن", "شو", "باش", "دار", "نمای", "گرد"};
  /** Present stems that are verbs only with a prefix (بگوید، نرسد، میزند). */
  private static final String[] PRESENT_PREFIXED = {"گوی", "گیر", "زن", "ده", "رس", "رو", "ساز", "یاب", "آور", "کن",
      "شو", "باش", "دار", "گرد", "خواه", "نمای"};
  private static final String[] PRESENT_PREFIXES = {"ب", "ن", "می", "نمی"};
  private static final Set<String> FORMS = build();

  private PersianVerbForms() {}

  /** Whether {@code key} (a word's matching form) is a finite verb form of the list. */
  public static boolean contains(String key) {
    return FORMS.contains(key);
  }

  private static Set<String> build() {
    Set<String> raw = new HashSet<>();
    for (String p : PAST) {
      for (String e : PAST_ENDINGS) {
        if (!e.equals("ی")) {
          raw.add(p + e); // not بودی، رسیدی bare: the second person is rare in copy, and -ی makes adjectives
        }
        raw.add("ن" + p + e);
      }
    }
    for (String p : PAST_NEGATED_ONLY) {
      for (String e : PAST_ENDINGS) {
        raw.add("ن" + p + e);
      }
    }
    for (String r : PRESENT_BARE) {
      for (String e : PRESENT_ENDINGS) {
        if (!e.equals("ی") && !e.equals("م")) {
          raw.add(r + e); // not نمایی (a view), کنم: bare, only the third persons and the plurals
        }
      }
    }
    for (String r : PRESENT_PREFIXED) {
      for (String pre : PRESENT_PREFIXES) {
        for (String e : PRESENT_ENDINGS) {
          if (!(pre.equals("ب") && e.equals("ی"))) {
            raw.add(pre + r + e); // not بدهی (a debt), بکنی: the second person after ب
          }
        }
      }
    }
    return MatchingForm.keys(raw.toArray(String[]::new));
  }
}
