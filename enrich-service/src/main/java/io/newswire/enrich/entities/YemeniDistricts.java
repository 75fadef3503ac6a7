package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 36): Yemeni copy names its districts after an indefinite مديرية (في مديرية الحزم بمحافظة إب، إلى
 * مديرية الرضمة، بمديرية رداع), and the organisation recognizer reads head and name as a body, "X Directorate". A
 * district is a place, the head no part of it (as round 35's محافظة إب gives إب). مديرية is also a government
 * department, civil or military (مديرية أمن …، مديرية التربية، مديرية التوجيه في الجيش), so a name that is a department's field stays a body;
 * and a head followed by a conjunction (مديرية وباتت تسيطر) names nothing, so that mention is dropped.
 */
final class YemeniDistricts {
  private YemeniDistricts() {}

  private static final String HEAD = "مديرية ";
  /** First words after مديرية that make it a department, not a district (matching form). */
  private static final Set<String> DEPARTMENT_FIELDS = MatchingForm.keys("أمن", "امن", "الأمن", "الامن", "العامة",
      "الوطنية", "التربية", "تربية", "الصحة", "صحة", "المياه", "مياه", "الزراعة", "الشرطة", "شرطة", "الأوقاف", "الاوقاف",
      "التعليم", "الإعلام", "الاعلام", "المرور", "الدفاع", "الجمارك", "الجوازات", "الآثار", "الاثار", "الثقافة", "الشؤون",
      "شؤون", "الخدمات", "السياحة", "النقل", "الاتصالات", "العمل", "المالية", "الاستخبارات", "المخابرات", "الأحوال",
      "الاحوال", "الطرق", "الكهرباء", "البلدية", "الإسكان", "الاسكان", "الشباب", "الرياضة", "التخطيط", "الإحصاء",
      "الاحصاء", "الدفاع المدني", "السجون", "الإصلاح", "الاصلاح", "الأمان", "التجارة", "الصناعة", "البيئة",
      "التوجيه", "العمليات", "الإمداد", "الامداد", "التموين", "الهندسة", "الأشغال", "الاشغال");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention next = m;
      if (m.type() == EntityType.ORGANIZATION && !m.role()) {
        String d = fields.get(m.field()).display();
        if (m.end() - m.start() > HEAD.length() && d.startsWith(HEAD, m.start())) {
          next = district(d, m);
        }
      }
      if (next == null) {
        edits.drop(i);
      } else if (next != m) {
        edits.set(i, next);
      }
    }
    return edits.result();
  }

  /** The district the body mention {@code m} (مديرية X) names, {@code m} itself for a department, null for no name. */
  private static Mention district(String d, Mention m) {
    int s = m.start() + HEAD.length();
    int we = s;
    while (we < m.end() && Character.isLetter(d.charAt(we))) {
      we++;
    }
    String first = d.substring(s, we);
    if (first.isEmpty()) {
      return m;
    }
    if (first.charAt(0) == 'و') {
      return null; // مديرية وباتت: a conjunction's clause, no name
    }
    String key = MatchingForm.key(first);
    if (first.startsWith("لل") || DEPARTMENT_FIELDS.contains(key)) {
      return m; // مديرية أمن القضاء، مديرية للدفاع المدني: a department
    }
    return ArabicPlaceLists.place(m.field(), s, m.end(), d.substring(s, m.end()));
  }
}
