package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Round 53: Iran's parliament is in the knowledge base as مجلس شورای اسلامی; Iranian copy names it bare through its
 * members (نمایندگان مجلس درباره طرح مسکن …، رأی اعتماد نمایندگان مجلس به وزیر), which the files annotate as the
 * Islamic Consultative Assembly (r33, r48, r52's convention). Bare مجلس right after نمایندگان is that body when a
 * closing word or a mark follows it (not شورای, خبرگان, a country or ایالتی, which name another assembly) and the
 * dispatch names no place of another country: a Pakistani province's or Denmark's members are not Iran's.
 */
final class MajlisMembers {
  private static final String PARLIAMENT_ID = "org:iran-parliament";
  private static final String MAJLIS = MatchingForm.key("مجلس");
  private static final Set<String> MEMBERS = MatchingForm.keys("نمایندگان");
  /** Words after مجلس that close it: the body named bare, not another assembly's name going on. */
  private static final Set<String> CLOSERS = MatchingForm.keys("و", "در", "از", "به", "را", "با", "است", "که", "نیز",
      "هم", "درباره", "برای", "تا", "بر");

  private MajlisMembers() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names, Function<String, KbEntity> kb) {
    KbEntity parliament = kb.apply(PARLIAMENT_ID);
    if (parliament == null || namesAbroad(names, kb)) {
      return names;
    }
    MentionAdditions added = null;
    for (FieldText f : fields) {
      String form = f.form().text();
      for (int at = form.indexOf(MAJLIS); at >= 0; at = form.indexOf(MAJLIS, at + 1)) {
        int end = at + MAJLIS.length();
        if (at > 0 && Character.isLetter(form.charAt(at - 1)) || !MEMBERS.contains(letters(form, WordSpans.runBefore(form, at, WordSpans.SPACE, Character::isLetter)))
            || !closes(form, end)) {
          continue;
        }
        if (added == null) {
          added = new MentionAdditions(names);
        }
        int ds = f.form().displayIndex(at);
        int de = f.form().displayEnd(end);
        if (added.free(f.index(), ds, de)) {
          added.add(new Mention(f.index(), ds, de, PARLIAMENT_ID, EntityType.ORGANIZATION, parliament.name(), false));
        }
      }
    }
    return added == null ? names : added.result();
  }

  /** A mark, the field's end or a closing word right after مجلس (no letter glued on: مجلسی is another word). */
  private static boolean closes(String form, int end) {
    if (end < form.length() && Character.isLetter(form.charAt(end))) {
      return false;
    }
    String next = letters(form, WordSpans.runAfter(form, end, WordSpans.SPACE, Character::isLetter));
    return next.isEmpty() || CLOSERS.contains(next);
  }

  private static String letters(String form, int[] run) {
    return form.substring(run[0], run[1]);
  }

  /** Whether a place the dispatch names is in the knowledge base as another country's (or another country). */
  private static boolean namesAbroad(List<Mention> names, Function<String, KbEntity> kb) {
    for (Mention m : names) {
      KbEntity e = m.type() == EntityType.PLACE && m.entityId() != null ? kb.apply(m.entityId()) : null;
      String iso = e == null ? null : e.attr("iso2");
      if (iso != null && !iso.equals("IR")) {
        return true;
      }
    }
    return false;
  }
}
