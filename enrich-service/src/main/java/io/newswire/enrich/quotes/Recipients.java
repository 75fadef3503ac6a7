package io.newswire.enrich.quotes;

import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic media that an article only ever names as the ones told: a source speaking لـ«الشرق الأوسط» or
 * لوكالة الأنباء X, the agency named after أبلغ (informed) and its subject, the paper that حصلت على (obtained) a
 * statement or علمت (learned) a fact. Such a body is who the words went to, so it is never their speaker,
 * nor what a later 'the sources' or 'the statement' stands for (round 30).
 */
final class Recipients {
  /** Kind words of a medium named with a dative ل attached (لوكالة الأنباء الألمانية, لصحيفة X). */
  private static final Set<String> MEDIUM_KINDS = StringSet.of("وكالة", "صحيفة", "قناة", "شبكة", "مجلة", "إذاعة",
      "اذاعة", "تلفزيون");
  /** Verbs whose subject receives the words (a paper obtaining or learning), or whose object is told them. */
  private static final Set<String> RECEIVING = StringSet.of("حصلت", "علمت", "اطلعت", "تلقت", "أبلغ", "أبلغت",
      "ابلغ", "ابلغت", "أبلغوا", "ابلغوا");

  private Recipients() {}

  /** Ids of the organisations every mention of which, in every field, is one told or receiving words. */
  static Set<String> arabic(List<FieldView> views) {
    Map<String, Boolean> only = new HashMap<>();
    for (FieldView f : views) {
      if (!"ar".equals(f.lang())) {
        return Set.of();
      }
      for (MentionRef m : f.mentions) {
        if (m.entity().getType() != EntityType.ORGANIZATION) {
          continue;
        }
        String id = m.entity().getId().toString();
        only.merge(id, receiving(f, m), Boolean::logicalAnd);
      }
    }
    Set<String> ids = new HashSet<>();
    only.forEach((id, all) -> {
      if (all) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** The mention is after a dative لـ, or right after a receiving verb or a few words after أبلغ. */
  private static boolean receiving(FieldView f, MentionRef m) {
    String t = f.text;
    int s = m.start();
    if (s > 0 && t.charAt(s - 1) == '«') {
      s--;
    }
    if (s >= 2 && t.charAt(s - 1) == 'ـ' && t.charAt(s - 2) == 'ل' && (s == 2 || !Character.isLetter(t.charAt(s - 3)))) {
      // لـ«الشرق الأوسط»، لـ«رويترز»: the tatweel marks the dative set off from the name; after a document
      // (تقرير لـ«رويترز») the ل names its author instead
      return !SubjectFinder.documentBefore(f, f.tokenAtOrAfter(s - 2));
    }
    if (s >= 1 && t.charAt(s - 1) == 'ل' && (s == 1 || !Character.isLetter(t.charAt(s - 2)))
        && !SubjectFinder.documentBefore(f, f.tokenAtOrAfter(s - 1))) {
      int sp = m.text().indexOf(' ');
      String head = sp < 0 ? m.text() : m.text().substring(0, sp);
      if (MEDIUM_KINDS.contains(head)) {
        return true; // لوكالة الأنباء الألمانية
      }
    }
    int k = f.tokenAtOrAfter(s) - 1;
    for (int back = 0; k >= 0 && back < 3; k--, back++) {
      String form = IndirectSpeechFinder.stripClitic(f.tokens.get(k).form());
      if (RECEIVING.contains(form)) {
        // حصلت «X» على: the paper right after its verb; أبلغ المصدر وكالة X: after أبلغ its subject comes
        // first (وفق ما أبلغت الهيئة وكالة X), so only a name further on is the one informed
        return form.contains("بلغ") ? back > 0 : back == 0;
      }
    }
    return false;
  }
}
