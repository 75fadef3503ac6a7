package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Arabic honorific pronouns (وقال سموه، وأكد معاليه، فخامته، جلالته): they stand for the titled person the
 * story named before (صاحب السمو الملكي الأمير فيصل بن خالد, معالي الشيخ …), who is not always the last
 * speaker, so they resolve to the last person mention that carries a title, in this field before the
 * pronoun or in an earlier field.
 */
final class Honorifics {
  /** Folded forms (see {@link MatchForm}). */
  private static final Set<String> PRONOUNS = StringSet.of("سموه", "سموها", "معاليه", "معاليها", "فخامته", "جلالته",
      "سيادته", "سعادته", "فضيلته", "دولته");
  /** Words that title a person right before the name. */
  private static final Set<String> TITLES = StringSet.of("سمو", "السمو", "الملكي", "الامير", "امير", "الاميرة", "الملك",
      "الشيخ", "معالي", "فخامة", "فخامه", "جلالة", "جلاله", "سعادة", "سعاده", "فضيلة", "فضيله", "دولة", "الرئيس",
      "الوزير", "الدكتور", "سيادة");
  /** How many words before a name a title may sit (صاحب السمو الملكي الأمير …). */
  private static final int TITLE_WINDOW = 3;

  private Honorifics() {}

  static boolean is(String form) {
    return PRONOUNS.contains(form);
  }

  /** Whether this folded word titles a person right before the name (الرئيس, الشيخ, معالي). */
  static boolean title(String form) {
    return TITLES.contains(form);
  }

  /** Whom the honorific pronoun at token i stands for, named as the pronoun; null when no one. */
  static SpeakerRef antecedent(FieldView f, int i, SpeakerTracker tracker) {
    String raw = f.tokens.get(i).raw();
    MentionRef m = titledBefore(f, f.tokens.get(i).start());
    if (m != null) {
      return SpeakerRef.of(m, raw);
    }
    if (tracker.titled() != null) {
      return tracker.titled().namedAs(raw);
    }
    SpeakerRef current = tracker.forPronoun();
    return current == null || current.entityId() == null ? null : current.pronoun(raw);
  }

  /** After a field is read: its last titled person is the one a later سموه means. */
  static void remember(FieldView f, SpeakerTracker tracker) {
    MentionRef m = titledBefore(f, f.text.length());
    if (m != null) {
      tracker.titled(SpeakerRef.of(m, m.text()));
    }
    for (MentionRef p : f.mentions) {
      if (p.person()) {
        tracker.mentioned(SpeakerRef.of(p, p.text()));
      }
    }
  }

  private static MentionRef titledBefore(FieldView f, int before) {
    MentionRef found = null;
    for (MentionRef m : f.mentions) {
      if (m.end() > before) {
        break;
      }
      if (m.person() && titled(f, m)) {
        found = m;
      }
    }
    return found;
  }

  private static boolean titled(FieldView f, MentionRef m) {
    int k = f.tokenAtOrAfter(m.start()) - 1;
    for (int n = 0; k >= 0 && n < TITLE_WINDOW; k--, n++) {
      if (TITLES.contains(f.tokens.get(k).form())) {
        return true;
      }
    }
    // the entity step may take the title into the mention (الأمير فيصل بن خالد)
    int first = f.tokenAtOrAfter(m.start());
    return first < f.tokens.size() && TITLES.contains(f.tokens.get(first).form());
  }
}
