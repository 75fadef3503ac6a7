package io.newswire.enrich.entities.names;

import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Newspapers listed bare after a plural head (روزنامه‌های کیهان، اطلاعات، جوان و رسالت): in a press review the
 * titles are common words (جوان, young; انتخاب, choice), so only the list's shape names them. A list needs two
 * commas or more; an item is one to three words between the head or a comma and the next comma or و. The item
 * after the closing و is taken only when it is one word that plainly ends the list (a stop word or punctuation
 * after it), since its end cannot be told otherwise.
 */
final class PersianNewspaperLists {
  private static final Set<String> HEADS = MatchingForm.keys("روزنامه‌های", "روزنامه‌هاي", "هفته‌نامه‌های", "نشریات");
  private static final Set<String> COMMAS = StringSet.of("،", ",");
  private static final String AND = MatchingForm.key("و");
  private static final int MAX_ITEM_WORDS = 3;

  private PersianNewspaperLists() {}

  static boolean isHead(String key) {
    return HEADS.contains(key);
  }

  /**
   * The items of the list opened by the head at {@code i}, as {start, end} token ranges, or an empty list when
   * no list follows it. {@code word} accepts a word that may open a title, {@code inside} one that may follow
   * inside it (سیاست روز); {@code closes} a word that may follow the list's last item.
   */
  static List<int[]> items(String[] keys, int i, Predicate<String> word, Predicate<String> inside, Predicate<String> closes) {
    List<int[]> items = new ArrayList<>();
    int start = i + 1;
    int commas = 0;
    int k = start;
    while (k < keys.length) {
      if (k - start >= MAX_ITEM_WORDS + 1) {
        return List.of();
      }
      String w = keys[k];
      if (COMMAS.contains(w) || w.equals(AND)) {
        if (k == start) {
          return List.of();
        }
        items.add(new int[] {start, k});
        if (w.equals(AND)) {
          if (commas >= 2 && k + 1 < keys.length && word.test(keys[k + 1])
              && (k + 2 >= keys.length || closes.test(keys[k + 2]))) {
            items.add(new int[] {k + 1, k + 2});
          }
          return commas >= 2 ? items : List.of();
        }
        commas++;
        start = k + 1;
      } else if (k == start ? !word.test(w) : !inside.test(w)) {
        return List.of();
      }
      k++;
    }
    return List.of();
  }
}
