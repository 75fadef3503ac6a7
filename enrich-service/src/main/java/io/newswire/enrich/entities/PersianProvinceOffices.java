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
 * A head's title, then an office's words, then استان and a province the knowledge base knows (مدیرکل بیمه خدمات
 * درمانی استان زنجان، مدیر فوریت‌های پزشکی استان کرمانشاه، مدیرکل تعزیرات حکومتی استان کردستان): the title says
 * what follows is an office, and the conventions take the office with its province as one organisation (r15's
 * ورزش و جوانان استان مرکزی, r24's بیمه خدمات درمانی استان زنجان). The head-word recognizer finds such an office only
 * when its first word is a listed field (هواشناسی، آموزش و پرورش) or a head word (اداره، سازمان); any other left the
 * province alone. The office runs from the word after the title to the province's end; a function word, a number or
 * punctuation in between means a phrase, not a name, and an organisation already found there is left as it is.
 */
final class PersianProvinceOffices {
  private static final String PROVINCE = MatchingForm.key("استان");
  /** Titles of an office's head that name it right after them. */
  private static final Set<String> TITLES = MatchingForm.keys("مدیرکل", "مدیر", "رئیس", "رییس", "سرپرست");
  /** Second words of two-word titles: مدیر کل، رئیس کل، مدیر عامل. */
  private static final Set<String> TITLE_TAILS = MatchingForm.keys("کل", "عامل");
  /** Words of a title's time or courtesy before the office (مدیرکل سابق X): skipped at the office's start. */
  private static final Set<String> TITLE_QUALIFIERS = MatchingForm.keys("سابق", "اسبق", "جدید", "وقت", "محترم", "فعلی",
      "پیشین");
  /** Words that make the run a phrase, not an office's name (سفر رئیس جمهور به استان کرمان). */
  private static final Set<String> FUNCTION_WORDS = MatchingForm.keys("در", "از", "به", "با", "برای", "که", "را", "تا",
      "این", "آن", "هر", "همه", "نیز", "هم", "یا", "بر", "چون", "اگر", "سابق", "اسبق", "جدید", "وقت", "محترم", "فعلی",
      "پیشین");
  /** Most words an office's name has between its title and استان (منابع طبیعی و آبخیزداری: four). */
  private static final int MAX_WORDS = 6;

  private PersianProvinceOffices() {}

  /** Adds the offices named between a head's title and استان with a knowledge-base province. */
  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (NameMatch m : matches.get(f)) {
        if (!m.namesOnlyPlaces() || !m.allWithinACountry()) {
          continue;
        }
        int[] province = WordSpans.before(d, m.start());
        if (province == null || !PROVINCE.equals(key(d, province))) {
          continue;
        }
        int start = officeStart(d, province[0]);
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
        return first;
      }
      if (TITLE_QUALIFIERS.contains(k) && first >= 0 && isTitle(d, WordSpans.before(d, w[0]))) {
        return first; // مدیرکل سابق تعزیرات حکومتی استان X: the office starts after the qualifier
      }
      if (FUNCTION_WORDS.contains(k)) {
        return -1;
      }
      first = w[0];
      w = WordSpans.before(d, w[0]);
    }
    return -1;
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
