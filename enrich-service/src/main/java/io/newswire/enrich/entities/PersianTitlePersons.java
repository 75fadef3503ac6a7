package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A Persian person whose whole mention is a title or an epithet: حاج, شهید or سید left alone when the name after
 * the title was cut off or read apart (آیت‌الله حاج X Y, سردار شهید در ...; a surname repeated after a given name
 * cut before حاج X, whose repeats then hold حاج alone), and the Prophet by epithet alone (رسول اکرم، رسول الله),
 * which the conventions leave out as they do پیامبر اکرم. None of them names anyone by itself, whatever rule or
 * the model took it, so the mention is dropped (the name it stood before, found apart, keeps its own mention).
 */
final class PersianTitlePersons {
  /** Titles that stand before a name and are never one alone. */
  private static final Set<String> TITLES = MatchingForm.keys("حاج", "حاجی", "شهید", "سید", "شیخ", "میرزا", "آقای",
      "حجت‌الاسلام", "حجت الاسلام", "آیت‌الله", "آیت الله");
  /** The Prophet's epithets: a title, not annotated (the conventions' r11 and r36 choices). */
  private static final Set<String> EPITHETS = MatchingForm.keys("رسول اکرم", "رسول الله", "رسول‌الله", "رسول خدا");

  private PersianTitlePersons() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.PERSON && !m.role() && titleOnly(
        fields.get(m.field()).display().substring(m.start(), m.end())));
  }

  static boolean titleOnly(String text) {
    String key = MatchingForm.key(text.strip());
    return TITLES.contains(key) || EPITHETS.contains(key);
  }
}
