package io.newswire.enrich.entities.match;

import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbEntity;

/**
 * One entity an alias key points to.
 *
 * @param lamMerged the key is the alias with the alef of its article dropped, for "لل…" forms
 * @param cased     the alias is Latin and written with capitals, so the text must be too
 * @param acronym   the alias is an all-capitals Latin acronym (US, AP), so the text must be too
 */
public record AliasTarget(KbEntity entity, AliasStrength strength, boolean lamMerged, boolean cased, boolean acronym,
    String lang) {
  /**
   * Whether the alias may match in text of {@code language}: Arabic text only Arabic and English
   * aliases (the Persian spelling of Kyiv, کیف, is Arabic for "how"); Persian text also Arabic ones,
   * which Persian news often uses.
   */
  public boolean usableIn(String language) {
    return switch (language == null ? "" : language) {
      case "ar" -> !lang.equals("fa");
      case "en" -> lang.equals("en");
      default -> true;
    };
  }
}
