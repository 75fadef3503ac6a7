package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import java.util.Set;
import java.util.function.Function;

/**
 * Iran's national leagues of a sport other than football, which Persian copy names by their level and the sport
 * alone ({@code لیگ برتر فوتسال}, {@code لیگ دسته اول بدمینتون}): the files name them as English Wikipedia does,
 * "Iranian Futsal Super League", "Iranian Badminton First Division League" (round 47: 3 of the 4 league names of the
 * Persian files; the fourth, League One for volleyball's second level, is left). Football's top league is left to
 * the knowledge base: its English name changed over the years the pools span (Iran Pro League, Persian Gulf Pro
 * League).
 */
final class IranianLeagues {
  private static final String LEAGUE = MatchingForm.key("لیگ");
  private static final String TOP = MatchingForm.key("برتر");
  private static final String DIVISION = MatchingForm.key("دسته");
  private static final Set<String> FIRST = MatchingForm.keys("اول", "یک");
  private static final String FOOTBALL = "Football";

  private IranianLeagues() {}

  /**
   * The English name of a league named by its level and a sport ({@code words}: matching forms, the name's words), or
   * null. {@code sport} gives a word's sport in English, or null when the word is none.
   */
  static String name(String[] words, Function<String, String> sport) {
    int n = words.length;
    if (n < 3 || n > 4 || !words[0].equals(LEAGUE)) {
      return null;
    }
    String s = sport.apply(words[n - 1]);
    if (s == null || s.equals(FOOTBALL)) {
      return null;
    }
    if (n == 3 && words[1].equals(TOP)) {
      return "Iranian " + s + " Super League";
    }
    if (n == 4 && words[1].equals(DIVISION) && FIRST.contains(words[2])) {
      return "Iranian " + s + " First Division League";
    }
    return null;
  }
}
