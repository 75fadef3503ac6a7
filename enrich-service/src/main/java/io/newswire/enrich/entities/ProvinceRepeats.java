package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Golestan Province is in the knowledge base only as استان گلستان: the bare word is also Saadi's book, the Tehran
 * palace and a town of Tehran province, so alone it is at best an unknown place "Golestan". Once a Persian dispatch
 * writes استان گلستان (alone or inside a body's name: دادگستری استان گلستان), its provincial copy goes on with the
 * bare word (استاندار گلستان، نمایندگان گلستان، محرومیت گلستان), and each bare گلستان is the province: a place
 * found there takes the province's row, and a bare word no name covers becomes its mention, unless the word before
 * or after makes it the palace, the town or the book (کاخ گلستان، شهر گلستان، گلستان سعدی). The other provinces
 * kept only with استان are left alone: bare مرکزی is "central" (بانک مرکزی), bare فارس the news agency or the Gulf.
 */
final class ProvinceRepeats {
  private static final String PROVINCE_ID = "place:ir:golestan";
  private static final String BARE = MatchingForm.key("گلستان");
  private static final String WITH_HEAD = MatchingForm.key("استان گلستان");

  /** Words before the bare name that make it something else: the palace, the town, its mayor or municipality. */
  private static final Set<String> OTHER_BEFORE = MatchingForm.keys("کاخ", "شهر", "شهردار", "شهرداری");
  /** A word after it that makes it Saadi's book (گلستان سعدی). */
  private static final Set<String> OTHER_AFTER = MatchingForm.keys("سعدی");

  private ProvinceRepeats() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names, Function<String, KbEntity> kb) {
    if (!writesProvince(fields)) {
      return names; // the usual case: no استان گلستان, the bare word may be anything
    }
    KbEntity province = kb.apply(PROVINCE_ID);
    if (province == null) {
      return names;
    }
    MentionEdits relinked = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PLACE || m.role() || PROVINCE_ID.equals(m.entityId()) || !bareProvince(fields.get(m.field()), m)) {
        continue;
      }
      relinked.set(i, new Mention(m.field(), m.start(), m.end(), PROVINCE_ID, EntityType.PLACE, province.name(), false));
    }
    MentionAdditions added = new MentionAdditions(relinked.result());
    for (FieldText f : fields) {
      String form = f.form().text();
      for (int at = form.indexOf(BARE); at >= 0; at = form.indexOf(BARE, at + 1)) {
        int end = at + BARE.length();
        if (!standsAlone(form, at, end)) {
          continue;
        }
        int ds = f.form().displayIndex(at);
        int de = f.form().displayEnd(end);
        if (added.free(f.index(), ds, de)) {
          added.add(new Mention(f.index(), ds, de, PROVINCE_ID, EntityType.PLACE, province.name(), false));
        }
      }
    }
    return added.result();
  }

  private static boolean writesProvince(List<FieldText> fields) {
    for (FieldText f : fields) {
      if (f.form().text().contains(WITH_HEAD)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a found place is exactly the bare word, read in the field's matching form, with no word beside it that
   * makes it something else. A found place may carry a clitic (بگلستان): the letters glued on are read as the word
   * before it, as a word across a space is.
   */
  private static boolean bareProvince(FieldText f, Mention m) {
    String form = f.form().text();
    int at = NestedNames.matchingIndex(f.form(), m.start());
    int end = NestedNames.matchingIndex(f.form(), m.end());
    return MatchingForm.key(form, at, end).equals(BARE) && !otherBeside(form, at, end);
  }

  /** A word of its own (no letter glued on), with no word beside it that makes it the palace, the town or the book. */
  private static boolean standsAlone(String form, int at, int end) {
    return !(at > 0 && Character.isLetter(form.charAt(at - 1)) || end < form.length() && Character.isLetter(form.charAt(end))
        || otherBeside(form, at, end));
  }

  /** Whether the letters before or after [at, end) of the form, across spaces or glued on, make it the palace, the town or the book. */
  private static boolean otherBeside(String form, int at, int end) {
    int[] before = WordSpans.runBefore(form, at, WordSpans.SPACE, Character::isLetter);
    int[] after = WordSpans.runAfter(form, end, WordSpans.SPACE, Character::isLetter);
    return OTHER_BEFORE.contains(form.substring(before[0], before[1])) || OTHER_AFTER.contains(form.substring(after[0], after[1]));
  }
}
