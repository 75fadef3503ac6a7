package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic names a body definite: with the article (الهيئة العامة للسياحة) or as the head of a construct (هيئة
 * السياحة). A body noun without the article followed by a preposition with the article (لجنة للخبراء، اتحاد
 * للمعلمين، شبكة للتواصل الاجتماعي) is indefinite, "a committee of experts", and one followed by a verb (لجنة يشرف
 * عليها، حزب يدافع عن) is described by a relative clause: neither is a name, though the tagger reads the words as an
 * organisation. Company names of the form X للY (مصر للطيران، أدنوك للتوزيع) open with a name, not with one of these
 * nouns, and stay. The verb test is kept to nouns that foreign names seldom follow (صحيفة يديعوت، وكالة يونهاب,
 * نادي يوفنتوس are names). A bare body noun followed by a bare common adjective (لجنة عليا، مركز متخصص، مؤسسة
 * كبرى، حزب آخر) is indefinite too (round 41): a name's second word is a definite genitive or a foreign name, and
 * these adjectives are neither.
 */
final class IndefiniteBodies {
  /** Body nouns (matching form) that, bare and followed by لل…, make an indefinite phrase. */
  private static final Set<String> BODIES = MatchingForm.keys("لجنة", "هيئة", "مؤسسة", "مركز", "جمعية", "منظمة",
      "اتحاد", "شبكة", "خلية", "مصلحة", "شركة", "حزب", "حركة", "مجلس", "معهد", "جامعة", "نادي", "صندوق", "برنامج",
      "مكتب", "إدارة", "وكالة", "وزارة", "قوات", "مصرف", "بنك", "جريدة", "صحيفة", "مجموعة", "رابطة", "جبهة");
  /** Of those, the ones a verb right after marks as described, not named. */
  private static final Set<String> BEFORE_VERB = MatchingForm.keys("لجنة", "حزب", "حركة", "شبكة", "جمعية");
  /** Common adjectives without the article (matching form), in both genders: after a bare body noun, a description. */
  private static final Set<String> ADJECTIVES = MatchingForm.keys("عليا", "متخصص", "متخصصة", "جديد", "جديدة",
      "خاص", "خاصة", "مشترك", "مشتركة", "محلي", "محلية", "حكومي", "حكومية", "أهلي", "أهلية", "خيرية", "فرعي",
      "فرعية", "مستقل", "مستقلة", "رسمي", "رسمية", "كبرى", "كبير", "كبيرة", "صغير", "صغيرة", "آخر", "أخرى");

  private IndefiniteBodies() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && indefinite(fields.get(m.field()).display(), m.start(), m.end()));
  }

  private static boolean indefinite(String d, int start, int end) {
    int sp = d.indexOf(' ', start);
    if (sp < 0 || sp + 4 > end || d.startsWith("ال", start)) {
      return false;
    }
    String head = MatchingForm.key(d.substring(start, sp));
    if (!BODIES.contains(head)) {
      return false;
    }
    int ws = sp + 1;
    if (d.startsWith("لل", ws)) {
      return true;
    }
    int we = ws;
    while (we < d.length() && Character.isLetter(d.charAt(we))) {
      we++;
    }
    return d.charAt(ws) == 'ي' && we - ws >= 4 && BEFORE_VERB.contains(head)
        || ADJECTIVES.contains(MatchingForm.key(d.substring(ws, we)));
  }
}
