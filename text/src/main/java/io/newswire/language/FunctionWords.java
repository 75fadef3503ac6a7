package io.newswire.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * A second witness for a non-English n-gram verdict: the language's function words (Lucene's stop
 * word lists) must outnumber English ones in the text. A text with no English function word at all
 * also passes when it has letters English does not write (ä, ø, ł, ş…): Finnish and Turkish
 * headlines hold few function words. Languages Lucene has no list for pass on the letters rule alone.
 */
final class FunctionWords {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Snowball's English list (174 words): Lucene's default English set has only 33, without "over", "after"… */
  private static final CharArraySet ENGLISH = snowball("english_stop.txt");
  private static final Map<String, CharArraySet> LISTS = new HashMap<>();

  static {
    LISTS.put("fr", FrenchAnalyzer.getDefaultStopSet());
    LISTS.put("de", GermanAnalyzer.getDefaultStopSet());
    LISTS.put("es", SpanishAnalyzer.getDefaultStopSet());
    LISTS.put("it", ItalianAnalyzer.getDefaultStopSet());
    LISTS.put("pt", PortugueseAnalyzer.getDefaultStopSet());
    LISTS.put("nl", DutchAnalyzer.getDefaultStopSet());
    LISTS.put("sv", SwedishAnalyzer.getDefaultStopSet());
    LISTS.put("no", NorwegianAnalyzer.getDefaultStopSet());
    LISTS.put("da", DanishAnalyzer.getDefaultStopSet());
    LISTS.put("fi", FinnishAnalyzer.getDefaultStopSet());
    LISTS.put("tr", TurkishAnalyzer.getDefaultStopSet());
    LISTS.put("ca", CatalanAnalyzer.getDefaultStopSet());
    LISTS.put("ro", RomanianAnalyzer.getDefaultStopSet());
    LISTS.put("hu", HungarianAnalyzer.getDefaultStopSet());
    LISTS.put("id", IndonesianAnalyzer.getDefaultStopSet());
    LISTS.put("et", EstonianAnalyzer.getDefaultStopSet());
    LISTS.put("lt", LithuanianAnalyzer.getDefaultStopSet());
    LISTS.put("lv", LatvianAnalyzer.getDefaultStopSet());
  }

  /** Every list but English in one set: no language's own count can exceed this set's count. */
  private static final CharArraySet ANY_OTHER = new CharArraySet(1024, false);

  static {
    for (CharArraySet list : LISTS.values()) {
      ANY_OTHER.addAll(list);
    }
  }

  private FunctionWords() {}

  private static CharArraySet snowball(String file) {
    try (var reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's " + file + " is missing", e);
    }
  }

  /**
   * @param shortText headline-length: one function word is too weak a witness there ("Scoggins
   *     dies" is not German), two are needed
   */
  static boolean confirms(String language, String text, boolean shortText) {
    return confirmed(count(LISTS.get(language), text), shortText);
  }

  /**
   * False when {@link #confirms} is false for every language, whatever the n-grams say: the words of
   * all non-English lists together are too few against the English ones, and the letters rule does
   * not apply. Lets a text the n-grams could only leave as English skip them.
   */
  static boolean anyConfirms(String text, boolean shortText) {
    return confirmed(count(ANY_OTHER, text), shortText);
  }

  private static boolean confirmed(int[] c, boolean shortText) {
    return (c[0] > c[1] && c[0] >= (shortText ? 2 : 1)) || (c[1] == 0 && c[2] > 0);
  }

  /**
   * A weaker test, for a language the dispatch declares: its function words at least as many as the
   * English ones, and some evidence at all (a function word, or letters English does not write).
   */
  static boolean fits(String language, String text) {
    int[] c = count(LISTS.get(language), text);
    return c[0] >= c[1] && (c[0] > 0 || c[2] > 0);
  }

  /** {own function words, English function words, 1 if letters beyond ASCII else 0}. */
  private static int[] count(CharArraySet own, String text) {
    int ownCount = 0;
    int english = 0;
    boolean foreignLetters = false;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (own != null && own.contains(w)) {
        ownCount++;
      }
      if (ENGLISH.contains(w)) {
        english++;
      }
      for (int i = 0; i < w.length() && !foreignLetters; i++) {
        foreignLetters = w.charAt(i) > 0x7F;
      }
    }
    return new int[] {ownCount, english, foreignLetters ? 1 : 0};
  }
}
