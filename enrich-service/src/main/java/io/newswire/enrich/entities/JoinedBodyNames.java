package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 36): many bodies' names join two nouns with و (حزب العدالة والتنمية، وزارة الشؤون الإسلامية
 * والأوقاف، لجنة الأمن والدفاع، مؤسسة الراديو والتلفزيون), and the recognizer ends the body before the و. After a body
 * named by an indefinite head and ending on an article word, a و-joined article noun that no other mention holds
 * completes the name, unless it is itself a body or a group (حزب النور والجمعية الشرعية، مؤسسة الرئاسة والبرلمان،
 * حزب الله والميليشيات) or opens a clause (والتي); several such nouns in a row all join (والأوقاف والدعوة والإرشاد).
 */
final class JoinedBodyNames {
  private JoinedBodyNames() {}

  /** Indefinite heads of bodies whose names often join two nouns. */
  private static final Set<String> HEADS = MatchingForm.keys("حزب", "وزارة", "هيئة", "لجنة", "مؤسسة", "جمعية", "صندوق",
      "منظمة");
  /** Article words after و that name another body or group, or open a clause: the name ends before them. */
  private static final Set<String> NOT_JOINED = MatchingForm.keys("الحكومة", "الجمعية", "البرلمان", "المصرف", "البنك",
      "الجهات", "المؤسسة", "المؤسسات", "الميليشيات", "المليشيات", "القوات", "الجيش", "الحزب", "الأحزاب", "الاحزاب", "الحركة",
      "الجماعة", "الجماعات", "الهيئة", "الهيئات", "اللجنة", "الوزارة", "الوزارات", "المنظمة", "المنظمات", "الاتحاد",
      "المجلس", "الأمم", "الامم", "الشرطة", "المقاومة", "الصندوق", "الشركة", "الشركات", "الدولة", "الدول", "التي", "الذي",
      "الذين", "اللذين", "اللتين");

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int sp = d.indexOf(' ', m.start());
      if (sp < 0 || sp >= m.end() || !HEADS.contains(MatchingForm.key(d.substring(m.start(), sp)))
          || !d.startsWith("ال", d.lastIndexOf(' ', m.end() - 1) + 1)) {
        continue;
      }
      int e = m.end();
      if (MatchingForm.key(d.substring(d.lastIndexOf(' ', m.end() - 1) + 1, m.end())).equals(ArabicOrganisationRecognizer.GOD)) {
        continue; // حزب الله والنظام السوري: الله names the party, no field a second noun could join
      }
      while (d.startsWith(" وال", e)) {
        int ws = e + 2;
        int we = ws;
        while (we < d.length() && Character.isLetter(d.charAt(we))) {
          we++;
        }
        if (we - ws < 4 || NOT_JOINED.contains(MatchingForm.key(d.substring(ws, we)))
            || Mention.overlapping(mentions, m.field(), e, we) != null) {
          break;
        }
        e = we;
      }
      if (e == m.end()) {
        continue;
      }
      edits.set(i, m.nameAt(m.field(), m.start(), e));
    }
    return edits.result();
  }
}
