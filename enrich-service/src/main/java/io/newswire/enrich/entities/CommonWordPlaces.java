package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 36): place names that are also common words, which the model and the linker take for the place
 * wherever the word stands. مشهد is "a scene" in arts and crime copy (مشهد آخر، بتصوير مشهد، لمشهد الجريمة) far
 * more often than the Iranian city, which news names beside Iran or after a word of place (مدينة مشهد، مشهد
 * الإيرانية); بنين is "boys" in the schools' pair بنين وبنات; المغرب after a word of prayer (صلاة المغرب، صلاتي
 * المغرب والعشاء، أذان المغرب) is the sunset prayer, not Morocco (round 41). A place mention of such a word without
 * that support is dropped. Round 46: لسان after على (جاء على لسان الوزير, "in the words of") is the tongue, which the
 * tagger read as a place or a body in five pool dispatches; elsewhere the word stays (لسان جيرمان is ل + Saint-Germain).
 * Round 56: المغرب right after بعد، قبل or عقب (وبعد المغرب تمت استضافة) is the sunset prayer's time too, when the
 * dispatch names Morocco nowhere else (a ranking's بعد المغرب comes in copy that does); and دوحة without its article
 * (خيمة دوحة العلم, "a great tree") is no Doha, which Arabic always writes الدوحة. Round 59: likewise أقصر without
 * its article is the elative "shortest" (أقصر طريق، في أقصر وقت), never Luxor, which Arabic writes الأقصر.
 */
final class CommonWordPlaces {
  private CommonWordPlaces() {}

  private static final String MASHHAD = "مشهد";
  private static final String BENIN = "بنين";
  private static final Set<String> IRAN = MatchingForm.keys("إيران", "ايران");
  /** Words of place before مشهد (one clitic و/ب/ل/ف allowed). */
  private static final Set<String> PLACE_HEADS = MatchingForm.keys("مدينة", "محافظة", "مطار", "جامعة", "مقاطعة");
  private static final String MAGHRIB = "المغرب";
  /** Words of prayer before المغرب (one clitic و/ب/ل/ف allowed): the prayer's name, not the country's. */
  private static final Set<String> PRAYER_WORDS = MatchingForm.keys("صلاة", "صلاتي", "أذان", "اذان");
  /** Words of time before المغرب (one clitic allowed): the prayer's time when Morocco is named nowhere else. */
  private static final Set<String> TIME_WORDS = MatchingForm.keys("بعد", "قبل", "عقب");
  /** Places whose names always carry the article, written bare: دوحة ("a great tree"), أقصر ("shortest"). */
  private static final Set<String> BARE_OF_ARTICLE = Set.of("دوحة", "أقصر", "اقصر");
  private static final String TONGUE = "لسان";
  /** على (or علي, as some copy types it) before لسان: "in the words of". */
  private static final Set<String> ON = MatchingForm.keys("على");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    boolean iran = false;
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && IRAN.contains(MatchingForm.key(FieldText.text(fields, m)))) {
        iran = true;
        break;
      }
    }
    boolean morocco = false;
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && FieldText.text(fields, m).equals(MAGHRIB)
          && !timeOrPrayer(fields.get(m.field()).display(), m)) {
        morocco = true;
        break;
      }
    }
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean common = m.type() == EntityType.PLACE && commonWord(fields.get(m.field()).display(), m, iran, morocco);
      if (common) {
        edits.drop(i);
      }
    }
    return edits.result();
  }

  /** Whether the place mention {@code m} is the common word: مشهد with no sign of the city, بنين before وبنات. */
  private static boolean commonWord(String d, Mention m, boolean iran, boolean morocco) {
    String t = d.substring(m.start(), m.end());
    if (t.equals(MASHHAD)) {
      return !iran && !cityContext(d, m);
    }
    if (t.equals(MAGHRIB)) {
      return wordBeforeIn(d, m, PRAYER_WORDS) || !morocco && wordBeforeIn(d, m, TIME_WORDS);
    }
    if (BARE_OF_ARTICLE.contains(t)) {
      return true;
    }
    if (tongue(d, m)) {
      return true;
    }
    return t.equals(BENIN) && (d.startsWith(" وبنات", m.end()) || d.startsWith(" والبنات", m.end()));
  }

  /** Whether المغرب at {@code m} follows a word of prayer or of time. */
  private static boolean timeOrPrayer(String d, Mention m) {
    return wordBeforeIn(d, m, PRAYER_WORDS) || wordBeforeIn(d, m, TIME_WORDS);
  }

  /** Whether {@code m} is the word لسان alone right after على: "in the words of" (على لسان المتحدث), no name. */
  static boolean tongue(String d, Mention m) {
    return m.end() - m.start() == TONGUE.length() && d.startsWith(TONGUE, m.start()) && wordBeforeIn(d, m, ON);
  }

  /** مدينة مشهد، بمحافظة مشهد، مشهد الإيرانية: a word of place before it or the nisba of Iran after it. */
  private static boolean cityContext(String d, Mention m) {
    if (d.startsWith(" الإيرانية", m.end()) || d.startsWith(" الايرانية", m.end())) {
      return true;
    }
    return wordBeforeIn(d, m, PLACE_HEADS);
  }

  /** Whether the word right before {@code m}, less one clitic و/ب/ل/ف, is one of {@code words}; none when a clitic is glued to {@code m}. */
  private static boolean wordBeforeIn(String d, Mention m, Set<String> words) {
    if (m.start() > 0 && Character.isLetter(d.charAt(m.start() - 1))) {
      return false; // لمشهد، بمشهد، ومشهد: a clitic glued to the common noun
    }
    return wordBeforeIs(d, m.start(), words);
  }

  /** Whether the word before {@code at}, less one clitic و/ب/ل/ف, is one of {@code words} (matching forms). */
  static boolean wordBeforeIs(String d, int at, Set<String> words) {
    int[] w = WordSpans.before(d, at);
    if (w == null) {
      return false;
    }
    String key = MatchingForm.key(d.substring(w[0], w[1]));
    return words.contains(key)
        || key.length() > 3 && "وبلف".indexOf(key.charAt(0)) >= 0 && words.contains(key.substring(1));
  }
}
