package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Capitals that Arabic writes with their country's very name (تونس Tunis and Tunisia, الجزائر Algiers and Algeria,
 * جيبوتي): the KB's capitals whose Arabic alias, in the matching form, is one of their country's. Wire datelines
 * name a town, so a dateline that reads as such a country is its capital ({@link DatelineTowns}). Built once from
 * the KB, not listed by hand.
 */
final class SameNameCapitals {
  private SameNameCapitals() {}

  /** Country id to its same-named capital. */
  static Map<String, KbEntity> of(KnowledgeBase kb) {
    Map<String, KbEntity> out = new HashMap<>();
    for (KbEntity city : kb.entities()) {
      String within = city.attr("within");
      if (!"true".equals(city.attr("capital")) || within == null) {
        continue;
      }
      KbEntity country = kb.get(within);
      if (country == null) {
        continue;
      }
      Set<String> names = arabic(country);
      for (String a : arabic(city)) {
        if (names.contains(a)) {
          out.put(country.id(), city);
          break;
        }
      }
    }
    return out;
  }

  private static Set<String> arabic(KbEntity e) {
    Set<String> out = new HashSet<>();
    for (KbAlias a : e.aliases()) {
      if ("ar".equals(a.lang())) {
        out.add(MatchingForm.key(a.text()));
      }
    }
    return out;
  }
}
