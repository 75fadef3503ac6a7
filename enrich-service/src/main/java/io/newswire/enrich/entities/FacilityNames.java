package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Persian street, square, mosque or hall named after a person or a place (خیابان شهید مفتح، مسجد امام
 * حسین، میدان فلسطین، خیابان قزوین) holds no annotated name: the annotation conventions leave out names inside
 * a facility's name that do not say where it stands (a square or racecourse named after a person, r9). A
 * person or place mention right after such a head, with at most three titles between (امام، حضرت، شهید،
 * آیت‌الله، دکتر), is dropped; the same name elsewhere in the dispatch is untouched.
 */
final class FacilityNames {
  private static final Set<String> HEADS = MatchingForm.keys("خیابان", "میدان", "بلوار", "بزرگراه", "اتوبان", "کوچه", "فلکه",
      "مسجد", "رواق", "حسینیه", "تالار", "ورزشگاه", "پارک", "بوستان", "دبیرستان");
  private static final Set<String> TITLES = MatchingForm.keys("امام", "حضرت", "شهید", "آیت‌الله", "آیت", "الله", "ا...", "دکتر",
      "سردار", "حجت‌الاسلام", "جامع", "بزرگ");

  private FacilityNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      boolean named = !m.role() && (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE)
          && afterFacilityHead(fields.get(m.field()).display(), m.start());
      if (named && out == null) {
        out = new ArrayList<>(names.subList(0, i));
      }
      if (out != null && !named) {
        out.add(m);
      }
    }
    return out == null ? names : out;
  }

  /** Whether the words before {@code start}, titles skipped, end with a facility head. */
  static boolean afterFacilityHead(String d, int start) {
    int end = start;
    for (int n = 0; n <= 3; n++) {
      while (end > 0 && Character.isWhitespace(d.charAt(end - 1))) {
        end--;
      }
      int s = end;
      while (s > 0 && !Character.isWhitespace(d.charAt(s - 1)) && "،,.:؛(»«)-".indexOf(d.charAt(s - 1)) < 0) {
        s--;
      }
      if (s == end) {
        return false;
      }
      String w = MatchingForm.key(d.substring(s, end));
      if (HEADS.contains(w)) {
        return true;
      }
      if (!TITLES.contains(w)) {
        return false;
      }
      end = s;
    }
    return false;
  }
}
