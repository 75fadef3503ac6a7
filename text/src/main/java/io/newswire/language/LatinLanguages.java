package io.newswire.language;

import io.newswire.text.StringSet;
import io.newswire.text.analysis.LetterCase;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Languages of Latin- and Cyrillic-script text, by the n-gram profiles of the Optimaize language
 * detector (trained on Wikipedia; the profiles ship in its jar), restricted to the languages wires
 * send so that a short text is not called Tagalog. Two decisions are ours:
 * <ul>
 *   <li>English stays the answer unless another language wins clearly: probability ≥ 0.9 (≥ 0.99
 *       on headline-length text) and its function words confirm it ({@link FunctionWords}). Reuters
 *       tables ("ARUNDEL CORP 4TH QTR NET") and all-caps headlines are English, not Swedish.</li>
 *   <li>Norwegian (Bokmål) and Danish share most n-grams; their spelling differences decide
 *       (Danish af/mod/nu/efter/siger/blev/hvad, Norwegian av/mot/nå/etter/sier/ble/hva).</li>
 * </ul>
 * Thread-safe: the detector is immutable once built; profiles are read once, on first use.
 */
final class LatinLanguages {
  private static final List<String> LATIN = List.of("en", "fr", "de", "es", "it", "pt", "nl", "sv", "no", "da", "fi", "pl",
      "tr", "ca", "ro", "cs", "sk", "hu", "hr", "sl", "et", "lt", "lv", "id");
  private static final List<String> CYRILLIC = List.of("ru", "uk", "bg", "mk", "sr");
  /** Below this many letters a text is headline-length: n-grams alone are a weak witness there. */
  private static final int SHORT_TEXT_LETTERS = 80;
  private static final double MIN_PROBABILITY = 0.9;
  private static final double MIN_PROBABILITY_SHORT = 0.99;
  /** A declared language is believed over the English default from this n-gram probability on. */
  private static final double DECLARED_MIN_PROBABILITY = 0.2;
  /** Enough text for the n-grams to agree; more only costs time. */
  private static final int SAMPLE_CHARS = 600;

  private static final Set<String> DANISH = StringSet.of("af", "mod", "nu", "efter", "siger", "sagde", "blev", "hvad", "nogle",
      "mig", "dig", "meget", "ud", "op", "end", "regeringen", "havde", "ifølge");
  private static final Set<String> NORWEGIAN = StringSet.of("av", "mot", "nå", "etter", "sier", "sa", "ble", "hva", "noen",
      "meg", "deg", "mye", "ut", "opp", "enn", "regjeringen", "hadde", "ifølge");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Common English words that are not words of the other languages too (no "on", "at", "an", "her", "will"). */
  private static final Set<String> ENGLISH_CORE = StringSet.of("the", "of", "and", "to", "that", "was", "for", "with", "said",
      "from", "by", "his", "has", "were", "are", "which", "this", "would", "been", "their", "they", "who", "its", "it",
      "had", "she", "but", "not", "after", "more", "than", "says", "told");
  private static final int ENGLISH_CORE_LONGEST = ENGLISH_CORE.stream().mapToInt(String::length).max().orElse(0);

  private LatinLanguages() {}

  private static final class Holder {
    static final com.optimaize.langdetect.LanguageDetector LATIN_DETECTOR = build(LATIN);
    static final com.optimaize.langdetect.LanguageDetector CYRILLIC_DETECTOR = build(CYRILLIC);
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

    private static com.optimaize.langdetect.LanguageDetector build(List<String> languages) {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().read(languages))
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("language profiles missing from the classpath", e);
      }
    }
  }

  /** @param latinLetters how many Latin letters the text holds (the caller counted them) */
  static String detect(String text, int latinLetters) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    // The profiles are mixed case: "SEAMAN FURNITURE IN STOCK SPLIT" reads as German until lower-cased.
    if (LetterCase.mostlyUpperCase(sample)) {
      sample = sample.toLowerCase(Locale.ROOT);
    }
    if (plainlyEnglish(sample)) {
      return "en"; // most of our copy: no need to ask the n-grams (they cost ~10x the rest of the parse)
    }
    boolean shortText = latinLetters < SHORT_TEXT_LETTERS;
    if (!FunctionWords.anyConfirms(sample, shortText)) {
      return "en"; // no language's function words could confirm an n-gram verdict: asking them changes nothing
    }
    List<DetectedLanguage> probabilities = Holder.LATIN_DETECTOR.getProbabilities(Holder.TEXT.forText(sample));
    if (probabilities.isEmpty()) {
      return "en";
    }
    DetectedLanguage top = probabilities.get(0);
    String lang = top.getLocale().getLanguage();
    double needed = shortText ? MIN_PROBABILITY_SHORT : MIN_PROBABILITY;
    if (lang.equals("en") || top.getProbability() < needed || !FunctionWords.confirms(lang, sample, shortText)) {
      return "en";
    }
    if (lang.equals("no") || lang.equals("da")) {
      return norwegianOrDanish(sample, lang);
    }
    return lang;
  }

  /**
   * English prose: among at least 12 words, a fifth or more are the commonest English words, which
   * other Latin-script languages do not write ("the", "of", "and", "said"…).
   */
  static boolean plainlyEnglish(String sample) {
    int words = 0;
    int english = 0;
    int n = sample.length();
    int i = 0;
    while (i < n) {
      int cp = sample.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      // A word: a run of letters, as WORD (\p{L}+, which is Character.isLetter) finds it.
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && Character.isLetter(cp = sample.codePointAt(i)));
      words++;
      // Lower-casing never shortens a word, so a longer one cannot be a core word: no copy for it.
      if (i - start <= ENGLISH_CORE_LONGEST && ENGLISH_CORE.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    return words >= 12 && english * 5 >= words;
  }

  /**
   * Whether a language a dispatch declares (NITF xml:lang, NewsML Language, ninjs language) fits a
   * text the n-grams left as English for lack of certainty: the declared language's function words
   * outnumber English ones, or the n-grams give it at least a fair chance.
   */
  static boolean plausible(String language, String text) {
    if (!LATIN.contains(language) || language.equals("en")) {
      return false;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (LetterCase.mostlyUpperCase(sample)) {
      sample = sample.toLowerCase(Locale.ROOT);
    }
    if (FunctionWords.fits(language, sample)) {
      return true;
    }
    for (DetectedLanguage d : Holder.LATIN_DETECTOR.getProbabilities(Holder.TEXT.forText(sample))) {
      if (d.getLocale().getLanguage().equals(language) && d.getProbability() >= DECLARED_MIN_PROBABILITY) {
        return true;
      }
    }
    return false;
  }

  static String detectCyrillic(String text) {
    List<DetectedLanguage> probabilities = Holder.CYRILLIC_DETECTOR.getProbabilities(Holder.TEXT.forText(text));
    return probabilities.isEmpty() ? "ru" : probabilities.get(0).getLocale().getLanguage();
  }

  /** Counts the words only one of the two spells so; a tie keeps the n-gram answer. */
  static String norwegianOrDanish(String text, String ngramAnswer) {
    int da = 0;
    int no = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      boolean inDa = DANISH.contains(w);
      boolean inNo = NORWEGIAN.contains(w);
      if (inDa && !inNo) {
        da++;
      } else if (inNo && !inDa) {
        no++;
      }
    }
    return da > no ? "da" : no > da ? "no" : ngramAnswer;
  }
}
