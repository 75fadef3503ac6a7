package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 43b): a council, board, committee or court named only by what kind of body it is (مجلس الأمناء "the
 * board of trustees", مجلس المديرين, الجمعية العمومية "the general assembly", اللجنة التنفيذية, هيئة أعضاء الشرف "the
 * honorary members' board", المجلس العلمي "the scholars' council", محكمة الاستئناف "the court of appeal") is an organ
 * of some body or a court of some town, not a name: the annotation files give none of them (a dozen mentions in the
 * development files, none annotated), and the head-word recognizer took the definite genitive for a name. Such a
 * mention, the head and one or two of these words and nothing else, is dropped. A court followed by في or ب (محكمة
 * الاستئناف في مدينة X) is left: the town names it; so is any of them followed by ل and its body (اللجنة التنفيذية
 * لاتحاد الكرة), which the files read with the body as one name.
 *
 * <p>Round 55: هيئة التدريس is a school's teaching staff (أعضاء هيئة التدريس بالجامعة, "faculty members"), a common
 * noun: eight mentions in the Arabic pool, all read as a body, none a name (r55 leaves its three out).
 */
final class GenericBoards {
  private GenericBoards() {}

  private static final Set<String> HEADS = MatchingForm.keys("مجلس", "المجلس", "هيئة", "الهيئة", "لجنة", "اللجنة",
      "الجمعية", "محكمة", "المحكمة");
  /** What kind of organ the head is (matching form): these words name no one body. */
  private static final Set<String> KINDS = MatchingForm.keys("الأمناء", "المديرين", "الإدارة", "العمومية", "التنفيذية",
      "التنفيذي", "العلمي", "الاستئناف", "التدريس");
  /** هيئة أعضاء الشرف: the honorary members' board, three words. */
  private static final String MEMBERS = MatchingForm.key("أعضاء");
  private static final String HONOUR = MatchingForm.key("الشرف");
  private static final Set<String> COURTS = MatchingForm.keys("محكمة", "المحكمة");
  private static final Set<String> TOWN_LINKS = MatchingForm.keys("في", "بمدينة", "بمحافظة", "بمنطقة");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && generic(fields.get(m.field()).display(), m.start(), m.end()));
  }

  private static boolean generic(String d, int start, int end) {
    int e1 = WordSpans.end(d, start, end);
    String head = MatchingForm.key(d, start, e1);
    if (!HEADS.contains(head) || e1 + 1 >= end) {
      return false;
    }
    int s2 = e1 + 1;
    int e2 = WordSpans.end(d, s2, end);
    String kind = MatchingForm.key(d, s2, e2);
    boolean board;
    if (e2 == end) {
      board = KINDS.contains(kind);
    } else {
      int s3 = e2 + 1;
      board = kind.equals(MEMBERS) && WordSpans.end(d, s3, end) == end && MatchingForm.key(d, s3, end).equals(HONOUR);
    }
    if (!board) {
      return false;
    }
    int s = end;
    while (s < d.length() && d.charAt(s) == ' ') {
      s++;
    }
    int e = WordSpans.end(d, s, d.length());
    if (e - s > 3 && d.charAt(s) == 'ل') {
      return false; // اللجنة التنفيذية لاتحاد الكرة: the body it belongs to named right after, as one name
    }
    return !COURTS.contains(head) || s == e || !TOWN_LINKS.contains(MatchingForm.key(d, s, e));
  }

}
