package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringMap;
import java.util.Map;

/**
 * Places whose spelling in Arabic copy is also an everyday word, so that the KB gives them no alias: Asharq Al-Awsat
 * writes Seoul {@code سيول}, which is "floods" in most Saudi copy (the weather reports). Such a word names the place only
 * where a recognizer has read a place there (the tagger, a cue such as {@code العاصمة}), never by the KB's matcher
 * alone; the place then takes the KB's id and name (Seoul), not a romanised one of its own (Seul).
 */
final class WordPlaces {
  private static final StringMap<String> IDS = StringMap.copyOf(Map.of(MatchingForm.key("سيول"), "place:kr:seoul"));

  private WordPlaces() {}

  /** The KB id of the place a recognizer's place mention with this matching form names, or null. */
  static String id(String matchingForm) {
    return IDS.get(matchingForm);
  }
}
