package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.HashSet;
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
  private static final Set<String> PROVINCE_WORDS = StringSet.of(MatchingForm.key("استان"), MatchingForm.key("استاندار"));

  private Provinces() {}

  /**
   * Words before a name that make it the city (در کرمانشاه، شهر کرمانشاه); elsewhere, once the article has
   * named the province, the name is the province (جاده‌های کرمانشاه).
   */
  private static final Set<String> CITY_WORDS = StringSet.of(MatchingForm.key("در"), MatchingForm.key("از"), MatchingForm.key("به"),
      MatchingForm.key("شهر"), MatchingForm.key("مرکز"), MatchingForm.key("شهردار"), MatchingForm.key("شهرداری"));

  /**
   * A province named with its head word (استان مرکزی, as a knowledge-base alias may hold it) is annotated
   * without it, like the other places after استان: the mention starts at the name. A head alone stays.
   */
  public static List<Mention> withoutHead(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int e = m.start();
      while (e < m.end() && !Character.isWhitespace(d.charAt(e))) {
        e++;
      }
      int s = e;
      while (s < m.end() && Character.isWhitespace(d.charAt(s))) {
        s++;
      }
      if (s >= m.end() || !PROVINCE_HEAD.equals(MatchingForm.key(d.substring(m.start(), e)))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, new Mention(m.field(), s, m.end(), m.entityId(), m.type(), m.name(), m.role()));
    }
    return out == null ? mentions : out;
  }

  private static final String PROVINCE_HEAD = MatchingForm.key("استان");

  public static List<Mention> split(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Set<String> provinces = null; // ids of the cities the article also names as a province
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && !m.role() && !m.name().endsWith(" Province")
          && PROVINCE_WORDS.contains(wordBefore(fields.get(m.field()).display(), m.start()))) {
        KbEntity e = kb.apply(m.entityId());
        if (e != null && "IR".equals(e.attr("iso2")) && !"3".equals(e.attr("rank"))) {
          if (provinces == null) {
            provinces = new HashSet<>();
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

  /** محافظة with a glued preposition or conjunction (بمحافظة، لمحافظة، ومحافظة، وبمحافظة), matching form. */
  private static final Set<String> GOVERNORATE_WORDS = MatchingForm.keys("محافظة", "بمحافظة", "لمحافظة", "ومحافظة",
      "وبمحافظة", "فمحافظة", "كمحافظة");
  private static final String[] REGION_SUFFIXES = {" Governorate", " Province", " Region", " District", " Emirate"};

  /** منطقة with a glued preposition or conjunction (بمنطقة تبوك): a Saudi region is named after it. */
  private static final Set<String> REGION_WORDS = MatchingForm.keys("منطقة", "بمنطقة", "لمنطقة", "ومنطقة", "وبمنطقة");

  /** Knowledge-base places in Saudi Arabia: ids place:sa:… (the slug's country code). */
  private static final String SAUDI_PLACE = "place:sa:";

  /**
   * An Arabic place right after محافظة (في محافظة لحج، بمحافظة حمص) is the governorate, named as English
   * does ("Lahij Governorate", as the annotation conventions have it) and an entity of its own beside the
   * town it is named after, with the cross-script id of that name ({@link CrossScriptId}). Only when the
   * article names that place nowhere without محافظة (then it is the one place the article speaks of, as the
   * annotations read إلى محافظة عدن … مدينة عدن), so an entity is renamed whole, never split; a place the
   * knowledge base already names as a region (Asir Region) stays as it is. A Saudi governorate keeps its
   * town's name (محافظة رفحاء: Rafha): Saudi Arabia's governorates are second-level units inside its
   * regions, named and written in English as their seat town, unlike the first-level governorates of
   * Yemen, Syria, Iraq or Egypt. A governorate is Saudi when the knowledge base places its town there, or
   * when the article names a Saudi region after منطقة (the administrative word of the Saudi regions).
   */
  public static List<Mention> governorates(List<FieldText> fields, List<Mention> mentions) {
    Set<String> governorates = null; // ids of places named after محافظة
    Set<String> elsewhere = null; // ... and of places named without it: the article's one place (إلى محافظة عدن … مدينة عدن)
    boolean saudiRegion = false; // a Saudi region named after منطقة: the article's governorates are Saudi
    for (Mention m : mentions) {
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String before = wordBefore(fields.get(m.field()).display(), m.start());
      saudiRegion |= m.entityId().startsWith(SAUDI_PLACE) && REGION_WORDS.contains(before);
      if (GOVERNORATE_WORDS.contains(before)) {
        if (governorates == null) {
          governorates = new HashSet<>();
        }
        governorates.add(m.entityId());
      } else {
        if (elsewhere == null) {
          elsewhere = new HashSet<>();
        }
        elsewhere.add(m.entityId());
      }
    }
    if (governorates == null || saudiRegion) {
      return mentions;
    }
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role() || m.name().isEmpty() || hasRegionSuffix(m.name())
          || m.entityId().startsWith(SAUDI_PLACE)
          || !governorates.contains(m.entityId()) || (elsewhere != null && elsewhere.contains(m.entityId()))) {
        continue;
      }
      String name = m.name() + " Governorate";
      String id = CrossScriptId.of(EntityType.PLACE, name);
      if (id == null) {
        continue; // a name left in Arabic script
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, new Mention(m.field(), m.start(), m.end(), id, m.type(), name, false));
    }
    return out == null ? mentions : out;
  }

  /**
   * A Saudi city named right after منطقة (في منطقة مكة المكرمة) whose region English calls by a name of its own
   * ({@link SaudiRegions}: Makkah Region, the city Mecca) is that region, an entity apart from the city; the
   * other regions are named as their seat town after منطقة as elsewhere, so they stay as they are.
   */
  public static List<Mention> saudiRegions(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role() || !m.entityId().startsWith(SAUDI_PLACE)) {
        continue;
      }
      String[] region = SaudiRegions.ownName(m.entityId());
      if (region == null || !REGION_WORDS.contains(wordBefore(fields.get(m.field()).display(), m.start()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, new Mention(m.field(), m.start(), m.end(), region[0], m.type(), region[1], false));
    }
    return out == null ? mentions : out;
  }

  private static boolean hasRegionSuffix(String name) {
    for (String s : REGION_SUFFIXES) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static String wordBefore(String d, int start) {
    return ArabicOrganisationRecognizer.lastWordKey(d, 0, start);
  }
}
