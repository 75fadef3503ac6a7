package io.newswire.language;

import io.newswire.text.StringSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the enrich step does per language. Arabic, Persian, Urdu (and Pashto, read with the Persian
 * cues), English and undetermined text get everything: knowledge-base matching, the name
 * recognizers and quote extraction. Every other language the detector names (fr, de, es, it, pt,
 * nl, sv, no, da, fi, pl, ru, tr, he, …) gets knowledge-base matching only: the recognizers and quote
 * cues are written for those four, and English rules over German copy find "names" in every
 * capitalised noun and "quotes" in nothing.
 */
public final class LanguageSupport {
  private static final Set<String> FULL = StringSet.of("ar", "fa", "ur", "ps", "en", "und");

  private LanguageSupport() {}

  /** True when the name recognizers and quote rules apply; false: knowledge-base matching only. */
  public static boolean hasRules(String language) {
    if (language == null || language.isBlank()) {
      return true;
    }
    String tag = language.toLowerCase(Locale.ROOT);
    int dash = tag.indexOf('-');
    return FULL.contains(dash > 0 ? tag.substring(0, dash) : tag);
  }
}
