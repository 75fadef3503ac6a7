package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * Arabic place names that are also the feminine relational adjective (السعودية): after a definite noun
 * the word agrees with it (الطائرة السعودية، القوات الجوية السعودية، الهيئة السعودية للمهندسين) and
 * describes it; without the article (شخصيات سعودية) it can only be the adjective when the place's own
 * name carries the article (the KB has السعودية; سورية and إشبيلية are names without it). Either way it names no place, and the mention is dropped. A one-word place whose
 * key ends in -ية is checked; the country after a preposition or a verb (في السعودية، زار السعودية)
 * stays, as do longer names (المملكة العربية السعودية، المملكة الأردنية).
 */
final class NisbaAdjectives {
  private static final String NISBA = MatchingForm.key("ية");
  private static final String ARTICLE = MatchingForm.key("ال");

  /** Place names of one word that carry the article and end in -ية (السعودية), without the article: سعودية. */
  private final Set<String> definitePlaces = new HashSet<>();

  NisbaAdjectives(KnowledgeBase kb) {
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.PLACE) {
        continue;
      }
      for (KbAlias a : e.aliases()) {
        String k = MatchingForm.key(a.text());
        if (k.length() > 5 && k.startsWith(ARTICLE) && k.endsWith(NISBA) && k.indexOf(' ') < 0) {
          definitePlaces.add(k.substring(ARTICLE.length()));
        }
      }
    }
  }

  List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names,
        m -> m.type() == EntityType.PLACE && !m.role() && isAdjective(fields.get(m.field()).display(), m));
  }

  /**
   * Persian places with the adjective ending -ای after a ZWNJ (تجار ترکیه‌ای، شرکت‌های کره‌ای): the relational
   * adjective of a place whose name ends in -ه, which names no place. The ezafe -ی (ترکیه‌ی) and plurals stay.
   */
  static List<Mention> dropPersian(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> {
      String d = fields.get(m.field()).display();
      int e = m.end();
      boolean adjective = m.type() == EntityType.PLACE && !m.role() && e + 2 < d.length() && d.charAt(e) == '\u200C'
          && PERSIAN_EI.contains(d.substring(e + 1, e + 3)) && (e + 3 == d.length() || !Character.isLetter(d.charAt(e + 3)));
      return adjective && !indefinite(d, e + 3);
    });
  }

  /** -ای as the indefinite article: "a new / another / greater X" or "an X that" (خاورمیانه‌ای جدید). */
  private static boolean indefinite(String d, int from) {
    int s = from;
    while (s < d.length() && d.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < d.length() && Character.isLetter(d.charAt(e))) {
      e++;
    }
    return INDEFINITE_COMPANIONS.contains(MatchingForm.key(d.substring(s, e)));
  }

  private static final Set<String> PERSIAN_EI = StringSet.of("ای", "اي");
  private static final Set<String> INDEFINITE_COMPANIONS = MatchingForm.keys("جدید", "تازه", "نوین", "دیگر", "بزرگ", "بزرگتر", "که", "واحد");

  /** Words that head a place's name (مدينة X، قرية X), matching form. */
  private static final Set<String> PLACE_HEADS = MatchingForm.keys("مدينة", "قرية", "بلدة", "محافظة", "منطقة", "ولاية",
      "جزيرة", "عاصمة", "مقاطعة", "ناحية", "بلدية");

  /** The word without a leading و/ف/ب/ل/ك (بمدينة، وقرية). */
  private static String strip(String key) {
    return key.length() > 4 && "وفبلك".indexOf(key.charAt(0)) >= 0 ? key.substring(1) : key;
  }

  private boolean isAdjective(String d, Mention m) {
    for (int k = m.start(); k < m.end(); k++) {
      if (Character.isWhitespace(d.charAt(k))) {
        return false; // a name of two words or more
      }
    }
    if (m.end() < d.length() && Character.isLetter(d.charAt(m.end()))) {
      return false; // part of a longer word
    }
    String w = MatchingForm.key(d.substring(m.start(), m.end()));
    if (w.length() < 5 || !w.endsWith(NISBA)) {
      return false;
    }
    if (!w.startsWith(ARTICLE)) {
      // شخصيات سعودية: the indefinite adjective of a country whose own name carries the article (not سورية,
      // إشبيلية, which are names without it)
      if (m.start() > 0 && Character.isWhitespace(d.charAt(m.start() - 1)) && !definitePlaces.contains(w)) {
        // Round 27: لاجئة سورية، قوات كردية سورية: after an indefinite feminine word (-ة, or a plural in -ات) the
        // name without the article is the adjective agreeing with it (Syrian), as after a definite noun below
        int b = m.start();
        while (b > 0 && d.charAt(b - 1) == ' ') {
          b--;
        }
        if (b > 0 && Character.isLetter(d.charAt(b - 1))) {
          String prev = ArabicOrganisationRecognizer.lastWordKey(d, 0, b);
          // not after a place word (مدينة تايبيه، قرية سوسية: the place's name) nor a verb (يواجه أشبيلية)
          return prev.length() >= 4 && !prev.startsWith(ARTICLE) && (prev.endsWith("ه") || prev.endsWith("ات"))
              && !prev.startsWith(ARTICLE, 1) && prev.charAt(0) != 'ي' && !PLACE_HEADS.contains(prev) && !PLACE_HEADS.contains(strip(prev));
        }
      }
      return (m.start() == 0 || Character.isWhitespace(d.charAt(m.start() - 1))) && definitePlaces.contains(w);
    }
    // the word right before, with nothing but spaces between: a definite noun or adjective it agrees with
    int e = m.start();
    while (e > 0 && d.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == m.start() || e == 0 || !Character.isLetter(d.charAt(e - 1))) {
      return false;
    }
    String before = ArabicOrganisationRecognizer.lastWordKey(d, 0, e);
    if (before.length() < 4) {
      return false;
    }
    // الطائرة، والقوات، بالمملكة is not reached (a longer KB name); للهيئة: ل + ال with its alef dropped
    return before.startsWith(ARTICLE) || ((before.charAt(0) == 'و' || before.charAt(0) == 'ف') && before.startsWith(ARTICLE, 1))
        || (before.charAt(0) == 'ب' && before.startsWith(ARTICLE, 1)) || before.startsWith("لل");
  }
}
