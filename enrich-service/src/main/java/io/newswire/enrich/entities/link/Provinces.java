package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * An Iranian province named like its capital (استان کرمانشاه، استاندار اصفهان): in Persian copy the word
 * before the name says which is meant, and the province is an entity of its own (Kermanshah Province)
 * beside the city (در کرمانشاه). The knowledge base keeps such provinces in the city's row.
 */
public final class Provinces {
  private static final Set<String> PROVINCE_WORDS = Set.of(MatchingForm.key("استان"), MatchingForm.key("استاندار"));

  private Provinces() {}

  /**
   * Words before a name that make it the city (در کرمانشاه، شهر کرمانشاه); elsewhere, once the article has
   * named the province, the name is the province (جاده‌های کرمانشاه).
   */
  private static final Set<String> CITY_WORDS = Set.of(MatchingForm.key("در"), MatchingForm.key("از"), MatchingForm.key("به"),
      MatchingForm.key("شهر"), MatchingForm.key("مرکز"), MatchingForm.key("شهردار"), MatchingForm.key("شهرداری"));

  public static List<Mention> split(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Set<String> provinces = null; // ids of the cities the article also names as a province
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && !m.role() && !m.name().endsWith(" Province")
          && PROVINCE_WORDS.contains(wordBefore(fields.get(m.field()).display(), m.start()))) {
        KbEntity e = kb.apply(m.entityId());
        if (e != null && "IR".equals(e.attr("iso2")) && !"3".equals(e.attr("rank"))) {
          if (provinces == null) {
            provinces = new java.util.HashSet<>();
          }
          provinces.add(m.entityId());
        }
      }
    }
    if (provinces == null) {
      return mentions;
    }
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role() || !provinces.contains(m.entityId())
          || CITY_WORDS.contains(wordBefore(fields.get(m.field()).display(), m.start()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      String name = m.name() + " Province";
      out.set(i, new Mention(m.field(), m.start(), m.end(),
          "place:ir:province:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), m.type(), name, false));
    }
    return out == null ? mentions : out;
  }

  private static String wordBefore(String d, int start) {
    return ArabicOrganisationRecognizer.lastWordKey(d, 0, start);
  }
}
