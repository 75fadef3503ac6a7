package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Persian names a unit of a body by the unit's name and then the body's, joined by the unwritten ezafe
 * (کمیته آموزش کمیسیون آموزش و تحقیقات مجلس، شورای مرکزی انجمن دانشجویان دانشگاه X، انجمن اسلامی
 * دانشجویان دانشگاه X): the head-word recognizer stops at the second head and finds two organisations,
 * but the unit is one organisation named in full. Two organisations found by their head words with only
 * spaces between are joined when the first opens with a unit's head (committee, council, association,
 * office, centre …) and the second with a body's (commission, university, ministry, organisation,
 * parliament …). A club, company, newspaper or agency after a committee stays apart (کمیته انتقال |
 * باشگاه نفت: the club is named on its own).
 */
final class NestedBodies {
  private static final Set<String> UNIT_HEADS = MatchingForm.keys("کمیته", "شورای", "شورا", "انجمن", "واحد", "دفتر", "اداره",
      "معاونت", "مرکز", "بنیاد", "ستاد", "کانون", "فراکسیون", "هیئت", "هیات", "کمیسیون", "دبیرخانه", "شعبه",
      "دانشکده", "پژوهشکده", "اتحادیه", "بسیج", "کارگروه");
  private static final Set<String> BODY_HEADS = MatchingForm.keys("کمیسیون", "دانشگاه", "مجلس", "وزارت", "وزارتخانه", "سازمان",
      "ستاد", "انجمن", "بنیاد", "شهرداری", "حوزه", "سپاه", "دانشکده", "استانداری", "فرمانداری", "اتحادیه", "نهاد",
      "جهاد", "پژوهشگاه", "فرهنگستان", "قوه");

  private NestedBodies() {}

  static void join(List<FieldText> fields, List<Candidate> candidates) {
    boolean joined = true;
    while (joined) {
      joined = false;
      for (int i = 0; i < candidates.size() && !joined; i++) {
        Candidate a = candidates.get(i);
        if (!isShapedOrganisation(a)) {
          continue;
        }
        String d = fields.get(a.field()).display();
        if (!UNIT_HEADS.contains(firstWordKey(d, a.start(), a.end()))) {
          continue;
        }
        Candidate b = null; // the organisation that opens right after a, spaces between
        for (Candidate c : candidates) {
          if (c.field() == a.field() && isShapedOrganisation(c) && c.start() > a.end() && onlySpaces(d, a.end(), c.start())
              && (b == null || c.end() > b.end())) {
            b = c;
          }
        }
        if (b == null || !BODY_HEADS.contains(firstWordKey(d, b.start(), b.end()))) {
          continue;
        }
        Candidate whole = new Candidate(a.field(), a.start(), b.end(), EntityType.ORGANIZATION,
            Math.max(a.confidence(), b.confidence()), a.cued());
        candidates.set(i, whole);
        // b and anything else inside the joined name (the model's guesses) give way to it
        candidates.removeIf(c -> c != whole && c.field() == whole.field() && c.start() >= whole.start() && c.end() <= whole.end());
        joined = true; // the joined name may open a longer chain (شورای مرکزی | انجمن … | دانشگاه …)
      }
    }
  }

  private static boolean isShapedOrganisation(Candidate c) {
    return c.type() == EntityType.ORGANIZATION && c.confidence() >= EnglishNameRecognizer.STRUCTURAL;
  }

  private static boolean onlySpaces(String d, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = d.charAt(k);
      if (c != ' ' && c != '\u200c' && c != '\u00a0') {
        return false;
      }
    }
    return to - from <= 3;
  }

  private static String firstWordKey(String d, int start, int end) {
    int e = start;
    while (e < end && !Character.isWhitespace(d.charAt(e)) && d.charAt(e) != '\u200c') {
      e++;
    }
    return MatchingForm.key(d.substring(start, e));
  }
}
