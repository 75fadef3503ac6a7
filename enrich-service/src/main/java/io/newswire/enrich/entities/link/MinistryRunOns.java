package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Persian ministry's name that ran on into its sentence (وزارت بهداشت | همکاری لازم را ندارد، وزارت ارشاد | زمانی را
 * اعلام کرده، وزارت جهاد کشاورزی | مجوزی صادر کرد): when the whole span has no English name but the span without its
 * last one or two words is a ministry the word table names, the name ends there. The words cut are never a name the
 * KB knows (وزارت امنیت غذایی پاکستان, وزارت دفاع جمهوری آذربایجان: the country is the name's) nor a field after و
 * (وزارت راه و ترابری: a former name the table lacks).
 */
final class MinistryRunOns {
  private static final String MINISTRY = MatchingForm.key("وزارت");
  private static final String AND = MatchingForm.key("و");
  /** The endings of a relational adjective after a vowel: غذایی, and جاده‌ای (the ZWNJ matching as a space). */
  private static final String ADJECTIVE_AFTER_ALEF = MatchingForm.key("ایی");
  private static final String ADJECTIVE_AFTER_HEH = " " + MatchingForm.key("ای");
  /** At most this many words are cut: a noun and its adjective (کارهای بزرگی، کیفی سازی). */
  private static final int MAX_CUT = 2;

  private MinistryRunOns() {}

  /**
   * End of the ministry's own name in display text {@code d} for the span {@code start}–{@code end}; {@code end} if none
   * shorter. {@code place} names a place the KB knows by a matching form (for OrganisationName); {@code named} says
   * whether a matching form is any KB entity's name (an ambiguous place, آذربایجان, has no one place).
   */
  static int end(String d, int start, int end, Function<String, String> place, Predicate<String> named) {
    if (!MatchingForm.key(d, start, end).startsWith(MINISTRY + " ") || OrganisationName.english(d.substring(start, end), place) != null) {
      return end;
    }
    int cut = end;
    for (int n = 0; n < MAX_CUT; n++) {
      int space = d.lastIndexOf(' ', cut - 1);
      if (space <= start) {
        return end;
      }
      String dropped = MatchingForm.key(d, space + 1, cut);
      if (dropped.equals(AND) || named.test(dropped) || adjective(dropped)) {
        return end; // a field after و, a name, or a relational adjective (امنیت غذایی, food security): the name's own words
      }
      cut = space;
      while (cut > start && d.charAt(cut - 1) == ' ') {
        cut--;
      }
      String kept = d.substring(start, cut);
      String keptKey = MatchingForm.key(kept);
      if (kept.indexOf(' ') < 0 || keptKey.endsWith(" " + AND)
          || named.test(keptKey.substring(keptKey.lastIndexOf(' ') + 1) + " " + dropped)) {
        return end; // ... nor a name of two words the cut would split (جمهوری | آذربایجان)
      }
      String english = OrganisationName.english(kept, place);
      if (english != null && english.startsWith("Ministry of ")) {
        return cut;
      }
    }
    return end;
  }

  private static boolean adjective(String key) {
    return key.endsWith(ADJECTIVE_AFTER_ALEF) || key.endsWith(ADJECTIVE_AFTER_HEH);
  }
}
