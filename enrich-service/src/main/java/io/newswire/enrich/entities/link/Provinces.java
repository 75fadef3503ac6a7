package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.Arrays;
import java.util.Comparator;
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
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int e = WordSpans.end(d, m.start(), m.end());
      int s = e;
      while (s < m.end() && Character.isWhitespace(d.charAt(s))) {
        s++;
      }
      if (s >= m.end() || !PROVINCE_HEAD.equals(MatchingForm.key(d.substring(m.start(), e)))) {
        continue;
      }
      edits.set(i, new Mention(m.field(), s, m.end(), m.entityId(), m.type(), m.name(), m.role()));
    }
    return edits.result();
  }

  private static final String PROVINCE_HEAD = MatchingForm.key("استان");

  public static List<Mention> split(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    mentions = listed(fields, mentions, kb);
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
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role() || !provinces.contains(m.entityId())
          || CITY_WORDS.contains(wordBefore(fields.get(m.field()).display(), m.start()))) {
        continue;
      }
      edits.set(i, province(m));
    }
    return edits.result();
  }

  /**
   * A province named like its capital in a list with provinces that are not named like a town (گیلان، قم و اصفهان;
   * کردستان، کرمانشاه، لرستان و همدان): the list is of provinces, each is its province. A list is places apart only
   * by a comma or و; the province beside it is a knowledge-base row named "… Province" (Gilan Province) or one
   * this rule has just named, so the whole list turns.
   */
  static List<Mention> listed(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    boolean any = false;
    for (Mention m : mentions) {
      any |= iranProvince(m);
    }
    if (!any) {
      return mentions; // no province named: the usual case, nothing to sort
    }
    int n = mentions.size();
    Integer[] order = new Integer[n]; // the mentions in text order: a list's names are neighbours there
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(k -> mentions.get(k).field()).thenComparingInt(k -> mentions.get(k).start()));
    MentionEdits edits = new MentionEdits(mentions);
    for (int oi = 0; oi < n; oi++) {
      int i = order[oi];
      Mention m = edits.current().get(i);
      if (!iranProvince(m)) {
        continue;
      }
      // walk the list both ways from this province, through capitals named like their province
      for (int dir = -1; dir <= 1; dir += 2) {
        Mention prev = m;
        for (int oj = oi + dir; oj >= 0 && oj < n; oj += dir) {
          int j = order[oj];
          Mention c = edits.current().get(j);
          if (c.type() != EntityType.PLACE || c.role() || c.field() != prev.field()
              || !listGap(fields.get(c.field()).display(), dir > 0 ? prev.end() : c.end(), dir > 0 ? c.start() : prev.start())) {
            break;
          }
          if (!iranProvince(c)) {
            KbEntity e = kb.apply(c.entityId());
            if (e == null || !"IR".equals(e.attr("iso2")) || !CAPITAL_NAMED.contains(c.name())) {
              break;
            }
            c = province(c);
            edits.set(j, c);
          }
          prev = c;
        }
      }
    }
    return edits.result();
  }

  /** True for the English name of a province named like its capital (Ilam, Zanjan), false for any other. */
  static boolean capitalNamed(String name) {
    return CAPITAL_NAMED.contains(name);
  }

  /**
   * Iran's provinces named like their capital (the others have rows of their own, Gilan Province): a town of another
   * name in such a list (گلستان و گنبدکاووس, تبریز، شاهرود) is a town, not a province.
   */
  private static final Set<String> CAPITAL_NAMED = StringSet.of("Ardabil", "Bushehr", "Hamadan", "Ilam", "Isfahan", "Kerman",
      "Kermanshah", "Qazvin", "Qom", "Semnan", "Tehran", "Yazd", "Zanjan");

  /** An Iranian province's mention: a knowledge-base row or a rule's name "… Province" under an Iranian place id. */
  private static boolean iranProvince(Mention m) {
    return m.type() == EntityType.PLACE && !m.role() && m.name().endsWith(" Province") && m.entityId().startsWith("place:ir:");
  }

  /** Only a list's separators between two names: spaces, one comma, or و. */
  private static boolean listGap(String d, int from, int to) {
    if (from > to || to - from > 4) {
      return false;
    }
    String gap = d.substring(from, to).strip();
    return gap.equals("،") || gap.equals(",") || gap.equals("و");
  }

  private static Mention province(Mention m) {
    String name = m.name() + " Province";
    return new Mention(m.field(), m.start(), m.end(), "place:ir:province:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), m.type(), name, false);
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
    MentionEdits edits = new MentionEdits(mentions);
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
      edits.set(i, new Mention(m.field(), m.start(), m.end(), id, m.type(), name, false));
    }
    return edits.result();
  }

  /**
   * A Saudi city named right after منطقة (في منطقة مكة المكرمة) whose region English calls by a name of its own
   * ({@link SaudiRegions}: Makkah Region, the city Mecca) is that region, an entity apart from the city; the
   * other regions are named as their seat town after منطقة as elsewhere, so they stay as they are.
   */
  public static List<Mention> saudiRegions(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role() || !m.entityId().startsWith(SAUDI_PLACE)) {
        continue;
      }
      String[] region = SaudiRegions.ownName(m.entityId());
      if (region == null || !REGION_WORDS.contains(wordBefore(fields.get(m.field()).display(), m.start()))) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end(), region[0], m.type(), region[1], false));
    }
    return edits.result();
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
