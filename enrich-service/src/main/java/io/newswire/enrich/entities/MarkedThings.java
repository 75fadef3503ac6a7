package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic copy puts the names of things in guillemets right after the noun that says what they are: an operating
 * system (نظام «أندرويد»، أجهزة «أندرويد»), a bank or a brand (بنك «ميلي»، علامة «X»), brigades named after a
 * companion (كتائب «حمزة بن عبد المطلب»), a part in a series (دور «مريم»). The tagger reads the marked words as a
 * person; after such a noun they are the thing's name, no person.
 */
final class MarkedThings {
  /** Nouns of things whose name follows in guillemets (matching form; a glued preposition or conjunction allowed). */
  private static final Set<String> THINGS = MatchingForm.keys("نظام", "أنظمة", "جهاز", "أجهزة", "تطبيق", "برنامج",
      "منصة", "علامة", "ماركة", "بنك", "مصرف", "كتائب", "كتيبة", "لواء", "دور", "شخصية", "فيلم", "مسلسل", "أغنية",
      "ألبوم", "كتاب", "رواية", "مسرحية", "سفينة", "يخت", "عملية", "مشروع", "نادي", "فندق", "مطعم", "متجر", "موقع");

  private MarkedThings() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.PERSON && !m.role() && afterNoun(fields.get(m.field())
        .display(), m.start(), THINGS));
  }

  /**
   * Whether the mention at {@code start} opens a guillemet that a word of {@code nouns} (matching form; one glued
   * و/ب/ل/ف allowed) stands right before; {@link MarkedWorks} asks the same of its own nouns.
   */
  static boolean afterNoun(String d, int start, Set<String> nouns) {
    int q = start - 1;
    if (q < 1 || d.charAt(q) != '«') {
      return false;
    }
    int[] w = WordSpans.runBefore(d, q, WordSpans.SPACE, Character::isLetter);
    if (w[0] == w[1]) {
      return false;
    }
    String key = MatchingForm.key(d.substring(w[0], w[1]));
    return nouns.contains(key)
        || key.length() > 3 && "وبلف".indexOf(key.charAt(0)) >= 0 && nouns.contains(key.substring(1));
  }
}
