package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.PersianFields;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * A head's title, then an office's words, then an Iranian province or town the knowledge base knows, with استان or
 * شهرستان before it or not (مدیرکل بیمه خدمات درمانی استان زنجان، مدیر فوریت‌های پزشکی استان کرمانشاه، مدیر جهاد
 * کشاورزی قائم‌شهر، رئیس هیات نجات غریق و غواصی مازندران): the title says what follows is an office, and the
 * conventions take the office with its place as one organisation (r15's ورزش و جوانان استان مرکزی, r24's بیمه خدمات
 * درمانی استان زنجان, r53's تبلیغات اسلامی بوشهر after مدیر کل جدید). The head-word recognizer finds such an office
 * only when its first word is a listed field (هواشناسی، آموزش و پرورش) or a head word (اداره، سازمان); any other left
 * the place alone. The office runs from the word after the title to the place's end; a function word, a number or
 * punctuation in between means a phrase, not a name, and an organisation already found there is left as it is.
 */
final class PersianProvinceOffices {
  /** استان or شهرستان between the office and its place (مدیرکل X استان Y), or none (مدیر جهاد کشاورزی قائم‌شهر). */
  private static final Set<String> PLACE_UNITS = MatchingForm.keys("استان", "شهرستان");
  /** Titles of an office's head that name it right after them. */
  private static final Set<String> TITLES = MatchingForm.keys("مدیرکل", "مدیر", "رئیس", "رییس", "سرپرست");
  /** Second words of two-word titles: مدیر کل، رئیس کل، مدیر عامل، مدیر مسئول. */
  private static final Set<String> TITLE_TAILS = MatchingForm.keys("کل", "عامل", "مسئول", "مسوول", "مسؤول");
  /** Words of a title's time or courtesy before the office (مدیرکل سابق X): skipped at the office's start. */
  private static final Set<String> TITLE_QUALIFIERS = MatchingForm.keys("سابق", "اسبق", "جدید", "وقت", "محترم", "فعلی",
      "پیشین");
  /**
   * Words that make the run no office's name: function words (سفر رئیس جمهور به استان کرمان), the president's
   * title (رئیس جمهوری و … استاندار X), a project, a fair or a street (مدیر پروژه میدان شهدا مشهد، رییس نمایشگاه
   * کتاب تهران), a qualifier not right after the title.
   */
  private static final Set<String> NOT_OFFICE_WORDS = MatchingForm.keys("در", "از", "به", "با", "برای", "که", "را", "تا",
      "این", "آن", "هر", "همه", "نیز", "هم", "یا", "بر", "چون", "اگر", "سابق", "اسبق", "جدید", "وقت", "محترم", "فعلی",
      "پیشین", "جمهور", "جمهوری", "پروژه", "طرح", "نمایشگاه", "جشنواره", "میدان", "خیابان", "بلوار");
  /**
   * Heads of bodies that keep their town apart in the files (r18's جمعیت هلال‌احمر چایپاره and بنیاد مسکن شهرستان
   * خرم آباد): societies, foundations, universities, parties and clubs, as {@link PersianDepartments#joinPlaces}.
   */
  private static final Set<String> SEPARATE_HEADS = MatchingForm.keys("جمعیت", "بنیاد", "دانشگاه", "حزب", "باشگاه");
  /** Most words an office's name has between its title and استان (منابع طبیعی و آبخیزداری: four). */
  private static final int MAX_WORDS = 6;

  private PersianProvinceOffices() {}

  /** Adds the offices named between a head's title and a knowledge-base Iranian place. */
  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (NameMatch m : matches.get(f)) {
        if (!m.namesOnlyPlaces() || !withinIran(m)) {
          continue; // مدیر ورزشی رم: a foreign town's office is no provincial department
        }
        int[] unit = WordSpans.before(d, m.start());
        int end = unit != null && PLACE_UNITS.contains(key(d, unit)) ? unit[0] : m.start();
        int start = officeStart(d, end);
        if (start >= 0 && !overlapsOrganisation(candidates, f, start, m.end())) {
          candidates.add(new Candidate(f, start, m.end(), EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
        }
      }
    }
  }

  /** Start of the office's first word when a title stands before the words that end at {@code at}; -1 otherwise. */
  static int officeStart(String d, int at) {
    int[] w = WordSpans.before(d, at);
    int first = -1;
    for (int n = 0; w != null && n <= MAX_WORDS; n++) {
      String k = key(d, w);
      if (TITLES.contains(k) || TITLE_TAILS.contains(k) && precededByTitle(d, w)) {
        return first >= 0 && SEPARATE_HEADS.contains(firstWordKey(d, first)) ? -1 : first;
      }
      if (TITLE_QUALIFIERS.contains(k) && first >= 0 && isTitle(d, WordSpans.before(d, w[0]))) {
        // مدیرکل سابق تعزیرات حکومتی استان X: the office starts after the qualifier
        return SEPARATE_HEADS.contains(firstWordKey(d, first)) ? -1 : first;
      }
      if (NOT_OFFICE_WORDS.contains(k)) {
        return -1;
      }
      int glued = gluedTitleEnd(d, w);
      if (glued >= 0) {
        return glued; // مدیرگمرک استان زنجان: the office starts after the title typed onto its field
      }
      first = w[0];
      w = WordSpans.before(d, w[0]);
    }
    return -1;
  }

  /** One-word titles, longest first, as they are typed glued onto an office's field (مدیرکل before مدیر). */
  private static final List<String> GLUED_TITLES = List.of(MatchingForm.key("مدیرکل"), MatchingForm.key("مدیر"),
      MatchingForm.key("رئیس"), MatchingForm.key("رییس"), MatchingForm.key("سرپرست"));

  /**
   * Where the office starts inside the word {@code w} when it is a title typed with no space before a field of
   * provincial offices (مدیرگمرک استان زنجان، مدیرجهاد کشاورزی شهرستان X); -1 otherwise. Only a listed field
   * after the title: a given name after رئیس is a person's name (رئیسعلی دلواری), an airport a facility (مدیرفرودگاه).
   */
  private static int gluedTitleEnd(String d, int[] w) {
    String k = key(d, w);
    for (String title : GLUED_TITLES) {
      int n = title.length();
      if (k.length() > n + 2 && k.startsWith(title) && PersianFields.isField(k.substring(n))
          && w[0] + n < w[1] && MatchingForm.key(d.substring(w[0], w[0] + n)).equals(title)) {
        return w[0] + n;
      }
    }
    return -1;
  }

  /** Whether every place the match may name is an Iranian province or town, the places such offices serve. */
  private static boolean withinIran(NameMatch m) {
    for (AliasTarget t : m.targets()) {
      if (!IslamicRepublicAlone.IRAN.equals(t.entity().attr("within"))) {
        return false;
      }
    }
    return true;
  }

  /** Key of the word that starts at {@code start}, a ZWNJ ending it too (جمعیت‌هلال gives جمعیت). */
  private static String firstWordKey(String d, int start) {
    int e = start;
    while (e < d.length() && d.charAt(e) != ' ' && d.charAt(e) != '\u200c') {
      e++;
    }
    return MatchingForm.key(d.substring(start, e));
  }

  private static boolean isTitle(String d, int[] w) {
    if (w == null) {
      return false;
    }
    String k = key(d, w);
    return TITLES.contains(k) || TITLE_TAILS.contains(k) && precededByTitle(d, w);
  }

  private static boolean precededByTitle(String d, int[] w) {
    int[] before = WordSpans.before(d, w[0]);
    return before != null && TITLES.contains(key(d, before));
  }

  private static boolean overlapsOrganisation(List<Candidate> candidates, int field, int start, int end) {
    for (Candidate c : candidates) {
      if (c.field() == field && c.type() == EntityType.ORGANIZATION && c.start() < end && start < c.end()) {
        return true;
      }
    }
    return false;
  }

  private static String key(String d, int[] w) {
    return MatchingForm.key(d.substring(w[0], w[1]));
  }
}
