package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Units of the Revolutionary Guards and the Basij, named by the force and what they organise: a county
 * district (سپاه ناحیه گچساران), a Basij of a trade or a class (بسیج دانشجویی، سازمان بسیج ورزشکاران کشور،
 * بسیج جامعه زنان استان سمنان), a Basij resistance district (ناحیه مقاومت بسیج شهرستان ملارد). The conventions
 * take each as one organisation whole (r24's athletes' Basij, r31's district), but the knowledge base knows
 * the force's short name (سپاه، بسیج، سازمان بسیج), whose match hid the unit. The unit becomes a structural
 * candidate (linked by its own name) and the force's match inside it is dropped. Round 40 adds the Guards'
 * provincial corps, each named after a figure or an event (سپاه عاشورا، سپاه علی بن ابیطالب، سپاه کربلای
 * مازندران, with its province when one follows) and the Guards' branches named before the force (نیروی زمینی
 * سپاه، نیروی مقاومت سپاه); a Basij unit of a corps (سازمان بسیج کارگری سپاه عاشورا) runs over the corps. The
 * Guards of a town (سپاه سقز) were already matched whole with the town, and stay so.
 */
final class PersianForceUnits {
  /** The forces' short names, as the knowledge base matches them. */
  private static final Set<String> FORCES = MatchingForm.keys("سپاه", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی",
      "بسیج", "سازمان بسیج");
  private static final String GUARDS = MatchingForm.key("سپاه");
  private static final String BASIJ = MatchingForm.key("بسیج");
  /** The Guards' names the knowledge base matches. */
  private static final Set<String> GUARDS_NAMES = MatchingForm.keys("سپاه", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی");
  private static final String DISTRICT = MatchingForm.key("ناحیه");
  /** ناحیه مقاومت بسیج، حوزه مقاومت بسیج: a Basij resistance district or base, named before the force. */
  private static final Set<String> RESISTANCE_UNITS = MatchingForm.keys("ناحیه", "حوزه");
  private static final String RESISTANCE = MatchingForm.key("مقاومت");
  /** The classes and trades a Basij organises (its sections' names: بسیج دانشجویی، بسیج کارگری، بسیج زنان). */
  private static final Set<String> BASIJ_GROUPS = MatchingForm.keys("دانشجویی", "دانشجوئی", "کارگری", "سازندگی",
      "ورزشکاران", "هنرمندان", "اساتید", "طلاب", "طلبه", "دانش‌آموزی", "دانش‌آموزان", "فرهنگیان", "مهندسین", "مهندسی",
      "پزشکی", "اصناف", "ادارات", "عشایر", "کشاورزان", "مداحان", "حقوقدانان", "کارمندان", "رسانه", "نخبگان",
      "پرستاری", "اقتصادی", "زنان", "خواهران");
  /** جامعه before its class: بسیج جامعه زنان، بسیج جامعه پزشکی. */
  private static final String SOCIETY = MatchingForm.key("جامعه");
  private static final String COUNTRY = MatchingForm.key("کشور");
  private static final Set<String> PLACE_UNITS = MatchingForm.keys("استان", "شهرستان");
  /** Words after ناحیه that are no town (ناحیه در …، ناحیه و …). */
  private static final Set<String> NOT_TOWNS = MatchingForm.keys("در", "از", "به", "با", "و", "که", "را", "تا", "این",
      "برای", "نیز", "هم");

  /**
   * The Guards' provincial corps, by the names the Guards give them (a figure or an event: public fact, one
   * corps a province), as matching keys with a ZWNJ read as a space; شهدای and کربلای take their province after.
   */
  private static final Set<String> CORPS = MatchingForm.keys("عاشورا", "علی بن ابیطالب", "علی ابن ابیطالب",
      "علی بن ابی طالب", "حضرت عباس", "شهدای", "کربلا", "کربلای", "صاحب الامر", "امام حسن مجتبی", "قدس",
      "محمد رسول الله", "حضرت محمد رسول الله", "ثارالله", "ثار الله", "فجر", "روح الله", "الغدیر", "امام رضا",
      "انصارالحسین", "انصار الحسین", "قمر بنی هاشم", "سلمان", "امام سجاد", "انصارالمهدی", "انصار المهدی",
      "نبی اکرم", "بیت المقدس", "حضرت ابوالفضل", "امیرالمومنین", "ولی عصر", "ولیعصر", "حضرت قائم",
      "صاحب الزمان", "انصارالرضا", "انصار الرضا", "امام صادق", "نینوا");
  /** Corps names in the ezafe, read only before their province: سپاه شهدای آذربایجان غربی. */
  private static final Set<String> EZAFE_CORPS = MatchingForm.keys("شهدای", "کربلای");
  /** Most words a corps name has (حضرت محمد رسول الله). */
  private static final int CORPS_WORDS = 5;
  /** The Guards' full name after سپاه: سپاه پاسداران (انقلاب اسلامی). */
  private static final String GUARDIANS = MatchingForm.key("پاسداران");
  private static final String REVOLUTION = MatchingForm.key("انقلاب");
  private static final String ISLAMIC = MatchingForm.key("اسلامی");
  /** A branch of the Guards named before the force: نیروی زمینی سپاه. */
  private static final String FORCE = MatchingForm.key("نیروی");
  private static final Set<String> BRANCHES = MatchingForm.keys("زمینی", "دریایی", "هوایی", "هوافضا", "هوافضای",
      "مقاومت", "قدس");

  private PersianForceUnits() {}

  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      List<NameMatch> field = matches.get(f);
      int fi = f;
      matches.set(f, NameMatch.without(field, m -> {
        String force = MatchingForm.key(d.substring(m.start(), m.end()));
        int[] unit = FORCES.contains(force) ? unit(d, m, force, field) : null;
        if (unit == null) {
          // the bare Basij is not annotated (r12, r23: a movement more than a body); its units are
          return force.equals(BASIJ);
        }
        // other KB matches inside the unit (its town) stay: the unit's candidate settles them as other bodies' towns
        add(candidates, new Candidate(fi, unit[0], unit[1], EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
        return true;
      }));
    }
  }

  /** The unit's span around the force's match {@code m}, or null when the force stands alone. */
  private static int[] unit(String d, NameMatch m, String force, List<NameMatch> field) {
    int start = m.start();
    int[] w = WordSpans.after(d, m.end());
    if (w == null) {
      return null;
    }
    String next = key(d, w);
    if (GUARDS_NAMES.contains(force)) {
      if (force.equals(GUARDS) && next.equals(DISTRICT)) {
        int[] town = WordSpans.after(d, w[1]);
        return town == null || NOT_TOWNS.contains(key(d, town)) ? null : new int[] {start, placeEnd(d, town, field)};
      }
      int[] branch = branch(d, m);
      int end = guardsEnd(d, m.end());
      int corps = corpsEnd(d, end, field);
      if (corps > 0) {
        return new int[] {branch != null ? branch[0] : start, corps};
      }
      return branch == null ? null : new int[] {branch[0], end};
    }
    int[] before = WordSpans.before(d, m.start());
    int[] first = before == null ? null : WordSpans.before(d, before[0]);
    boolean resistance = before != null && first != null && key(d, before).equals(RESISTANCE)
        && RESISTANCE_UNITS.contains(key(d, first));
    int end;
    int[] society;
    if (BASIJ_GROUPS.contains(next)) {
      end = w[1];
    } else if (next.equals(SOCIETY) && (society = WordSpans.after(d, w[1])) != null) {
      end = society[1]; // بسیج جامعه زنان
    } else if (resistance) {
      end = m.end();
    } else {
      return null;
    }
    int[] guards = WordSpans.after(d, end);
    if (guards != null && key(d, guards).equals(GUARDS)) {
      int corps = corpsEnd(d, guards[1], field);
      if (corps > 0) {
        return new int[] {resistance ? first[0] : start, corps}; // سازمان بسیج کارگری سپاه عاشورا
      }
    }
    if (resistance) {
      start = first[0];
    }
    int[] after = WordSpans.after(d, end);
    if (after != null && key(d, after).equals(COUNTRY)) {
      return new int[] {start, after[1]}; // سازمان بسیج ورزشکاران کشور
    }
    int place = placeAfter(d, end, field);
    return new int[] {start, place > 0 ? place : end};
  }

  /** The span of نیروی and its branch right before the Guards' match, or null. */
  private static int[] branch(String d, NameMatch m) {
    int[] arm = WordSpans.before(d, m.start());
    int[] force = arm == null ? null : WordSpans.before(d, arm[0]);
    return force != null && BRANCHES.contains(key(d, arm)) && key(d, force).equals(FORCE) ? force : null;
  }

  /** End of the Guards' name from {@code end} (after سپاه): over پاسداران and انقلاب اسلامی when they follow. */
  private static int guardsEnd(String d, int end) {
    int[] w = WordSpans.after(d, end);
    if (w == null || !key(d, w).equals(GUARDIANS)) {
      return end;
    }
    int[] revolution = WordSpans.after(d, w[1]);
    int[] islamic = revolution == null || !key(d, revolution).equals(REVOLUTION) ? null : WordSpans.after(d, revolution[1]);
    return islamic != null && key(d, islamic).equals(ISLAMIC) ? islamic[1] : w[1];
  }

  /**
   * End of a provincial corps' name right after {@code end}, the longest of {@link #CORPS}, with its province
   * when one follows (سپاه کربلای استان مازندران); -1 when none, or when an ezafe name has no province after it.
   */
  private static int corpsEnd(String d, int end, List<NameMatch> field) {
    int found = -1;
    boolean ezafe = false;
    StringBuilder name = new StringBuilder();
    int at = end;
    for (int i = 0; i < CORPS_WORDS; i++) {
      int[] w = WordSpans.after(d, at);
      if (w == null) {
        break;
      }
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(key(d, w));
      if (CORPS.contains(name.toString())) {
        found = w[1];
        ezafe = EZAFE_CORPS.contains(name.toString());
      }
      at = w[1];
    }
    if (found < 0) {
      return -1;
    }
    int place = placeAfter(d, found, field);
    return place > 0 ? place : ezafe ? -1 : found;
  }

  /** End of a KB place right after {@code end}, استان or شهرستان between or not, or -1. */
  private static int placeAfter(String d, int end, List<NameMatch> field) {
    int[] w = WordSpans.after(d, end);
    if (w == null) {
      return -1;
    }
    int at = PLACE_UNITS.contains(key(d, w)) ? skipSpaces(d, w[1]) : w[0];
    for (NameMatch p : field) {
      if (p.start() == at && p.namesOnlyPlaces() && p.allWithinACountry()) {
        return p.end();
      }
    }
    return -1;
  }

  /** End of the district's town at {@code town}: a KB place's whole name when it starts there, else the word. */
  private static int placeEnd(String d, int[] town, List<NameMatch> field) {
    for (NameMatch p : field) {
      if (p.start() == town[0] && p.namesOnlyPlaces()) {
        return p.end();
      }
    }
    return town[1];
  }

  private static int skipSpaces(String d, int at) {
    int s = at;
    while (s < d.length() && d.charAt(s) == ' ') {
      s++;
    }
    return s;
  }

  private static String key(String d, int[] w) {
    return MatchingForm.key(d.substring(w[0], w[1]));
  }

  /** Adds the unit unless a candidate already holds it; organisations inside it give way. */
  private static void add(List<Candidate> candidates, Candidate unit) {
    for (Candidate c : candidates) {
      if (c.field() == unit.field() && c.type() == EntityType.ORGANIZATION && c.start() <= unit.start() && c.end() >= unit.end()) {
        return;
      }
    }
    candidates.removeIf(c -> c.field() == unit.field() && c.type() != EntityType.PERSON
        && unit.start() <= c.start() && c.end() <= unit.end());
    candidates.add(unit);
  }
}
