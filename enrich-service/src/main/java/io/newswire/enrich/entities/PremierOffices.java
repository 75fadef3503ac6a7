package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 43): a government or a chamber named right after رئيس (رئيس الحكومة المغربية، رئيسة مجلس النواب
 * السابقة، النائب الأول لرئيس مجلس الوزراء الكويتي) is the head's office, a title, and the annotation conventions give
 * nothing for it (r20, r30: inside an office's title the body is nothing); the recognizer kept the body as an
 * organisation. Such a mention is dropped; the same body acting elsewhere in the text keeps its own mentions. Bodies
 * named after any other chairman's title (رئيس الهيئة العامة للطيران المدني) stay organisations, as the files give them.
 */
final class PremierOffices {
  private PremierOffices() {}

  /** The head's word, bare or with a clitic (ورئيس، لرئيس، برئيس). */
  private static final Set<String> HEAD = MatchingForm.keys("رئيس", "رئيسة", "ورئيس", "ورئيسة", "لرئيس", "لرئيسة",
      "برئيس", "برئيسة", "فرئيس");
  /** The first word of a government or a chamber whose head's title the phrase is. */
  private static final Set<String> OFFICE_BODIES = MatchingForm.keys("الحكومة", "حكومة", "البرلمان", "مجلس");
  /** After مجلس, the chambers and the cabinet (مجلس النواب، مجلس الشيوخ، مجلس الأمة، مجلس الوزراء). */
  private static final Set<String> CHAMBERS = MatchingForm.keys("النواب", "الشيوخ", "الأمة", "الوزراء", "الشعب");
  private static final String COUNCIL = MatchingForm.key("مجلس");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return Mention.without(names, m -> m.type() == EntityType.ORGANIZATION && !m.role()
        && afterHead(fields.get(m.field()).display(), m.start(), m.end()));
  }

  private static boolean afterHead(String d, int start, int end) {
    int first = WordSpans.end(d, start, end);
    String body = MatchingForm.key(d, start, first);
    if (!OFFICE_BODIES.contains(body)) {
      return false;
    }
    if (body.equals(COUNCIL)) {
      int s = first + 1;
      if (s >= end || !CHAMBERS.contains(MatchingForm.key(d, s, WordSpans.end(d, s, end)))) {
        return false;
      }
    }
    return headBefore(d, start);
  }

  /** Whether the word right before {@code start} (one space apart) is the head's (رئيس، ورئيسة، لرئيس). */
  static boolean headBefore(String d, int start) {
    int e = start;
    if (e == 0 || d.charAt(e - 1) != ' ') {
      return false;
    }
    e--;
    int s = e;
    while (s > 0 && Character.isLetter(d.charAt(s - 1))) {
      s--;
    }
    return e - s >= 4 && e - s <= 6 && HEAD.contains(MatchingForm.key(d, s, e));
  }

}
