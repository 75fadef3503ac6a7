package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * شرکت is a firm and also "taking part" (با شرکت چهار تیم، برای شرکت آگاهانه در انتخابات، با شرکت کردن در): the
 * head word then governs a number, a quantifier, a plural or an adverb, which no firm's name opens with. Such an
 * organisation is dropped; a firm (شرکت آب و فاضلاب روستایی، شرکت ملی نفت) keeps its name.
 */
final class PersianParticipation {
  private static final Set<String> HEADS = MatchingForm.keys("شرکت");
  /** Words that follow "taking part" and never open a firm's name. */
  private static final Set<String> PARTICIPANTS = MatchingForm.keys("سایر", "همه", "همه‌ی", "تمام", "تمامی", "کلیه",
      "اکثر", "بیش", "بیشتر", "عموم", "کردن", "نمودن", "آگاهانه", "داوطلبانه", "فعالانه", "فعال", "گسترده", "پرشور",
      "حداکثری", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صدها", "هزاران", "ده‌ها");

  private PersianParticipation() {}

  /** Whether {@code key} is a word that follows "taking part" and opens no firm's name. */
  static boolean participant(String key) {
    return PARTICIPANTS.contains(key);
  }

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && participation(fields.get(m.field()).display(), m));
  }

  private static boolean participation(String d, Mention m) {
    int e = m.start();
    while (e < m.end() && d.charAt(e) != ' ') {
      e++;
    }
    if (e >= m.end() || !HEADS.contains(MatchingForm.key(d.substring(m.start(), e)))) {
      return false;
    }
    int s = e;
    while (s < m.end() && d.charAt(s) == ' ') {
      s++;
    }
    int w = s;
    while (w < m.end() && d.charAt(w) != ' ') {
      w++;
    }
    if (w == s) {
      return false;
    }
    String second = d.substring(s, w);
    if (Character.isDigit(second.charAt(0)) || PARTICIPANTS.contains(MatchingForm.key(second))) {
      return true;
    }
    // تیم‌های، نمایندگان احزاب: a plural written with its ZWNJ suffix (ها/های) is those taking part
    return second.endsWith("\u200cها") || second.endsWith("\u200cهای") || second.endsWith("\u200cهاي");
  }
}
