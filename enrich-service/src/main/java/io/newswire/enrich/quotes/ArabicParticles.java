package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Arabic words after a speech verb that open an adjunct or an object, not the subject: the addressee
 * (قال لـ«الشرق الأوسط», لصحيفة …), prepositions with pronouns (عليها, فيه), كما. A subject kept as plain
 * text (no entity mention) must not start with, or run into, one of them.
 */
final class ArabicParticles {
  private static final Set<String> ADJUNCT_WORDS = StringSet.of("من", "عن", "كما", "عليها", "عليه", "له", "لها", "لهم",
      "فيه", "فيها", "به", "بها", "اسمه", "انه", "انها", "لنا", "الينا", "اليه", "اليها", "ان", "حيث", "بعد", "قبل",
      "مجددا", "ايضا", "لي", "وهو", "وهي", "حديثه", "حديثها", "كلامه", "كلامها", "قوله", "قولها", "تصريحه", "تصريحها", "ب", "وسط",
      // adverbs and adverbial phrases right after the verb (round 43b): وقال عقب وصوله, ويقول بهذا الصدد, وأكدت كذلك,
      // أبلغت حتى أمس, وأكد ذلك, وبحث خلاله: the verb's subject is the one it goes on from, not these words
      "حتي", "عقب", "كذلك", "بهذا", "بذلك", "ذلك", "خلاله", "خلالها",
      // عن with a pronoun (round 48): وتقول عنها إنها, قال عنها X «…», ونقلت عنه قوله: what or whom the words are
      // about or from, never the one who says them
      "عنه", "عنها", "عنهم", "عنهما");
  /** Media an addressee prefix لـ attaches to: لصحيفة, لوكالة. */
  private static final Set<String> ADDRESSEE_NOUNS = StringSet.of("صحيفة", "وكالة", "موقع", "قناة", "تلفزيون", "اذاعة",
      "مجلة", "شبكة");

  private ArabicParticles() {}

  static boolean opensAdjunct(Token t) {
    String raw = t.raw();
    String form = t.form();
    if (ADJUNCT_WORDS.contains(form) || raw.startsWith("لـ") || raw.equals("ل") || raw.startsWith("بـ")) {
      return true;
    }
    return form.startsWith("ل") && (form.startsWith("لل") || ADDRESSEE_NOUNS.contains(form.substring(1)));
  }
}
