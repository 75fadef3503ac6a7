package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 41b): one-word organisation mentions that are common words of religion, which the tagger reads as a
 * body. السنة alone is "the year", the Sunna or the Sunnis (أهل السنة، نحو الشيعة والسنة), never a body's name; الحرام
 * after المسجد or البيت is the Grand Mosque's adjective ("sacred"), no organisation. A mention of either in that shape
 * is dropped; longer names holding the word (جماعة أنصار السنة) are not touched.
 *
 * <p>Round 46: الأكراد (the Kurds) and الشيعة (the Shia) alone are a people and a creed, as السنة is (المقاتلين الأكراد،
 * تفاهم مع الأكراد، موجهة نحو الشيعة), never a body's name: the tagger took them for organisations in a dozen
 * dispatches of the pool, none right. Kurdish bodies are named with a head (حزب العمال الكردستاني).
 */
final class CommonWordBodies {
  private CommonWordBodies() {}

  private static final String SUNNA = "السنة";
  /** Peoples and creeds in the plural or collective, alone (matching forms: الأكراد and الاكراد are one key). */
  private static final Set<String> PEOPLES = MatchingForm.keys("الأكراد", "الشيعة");
  private static final String SACRED = "الحرام";
  /** Longest word of {@link #PEOPLES}: the key is built only for a mention that short. */
  private static final int PEOPLE_LENGTH = PEOPLES.stream().mapToInt(String::length).max().orElse(0);
  /** Words before الحرام that make it the mosque's adjective (one clitic و/ب/ل/ف allowed). */
  private static final Set<String> SANCTUARIES = MatchingForm.keys("المسجد", "البيت");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> m.type() == EntityType.ORGANIZATION && common(fields.get(m.field()).display(), m));
  }

  private static boolean common(String d, Mention m) {
    int length = m.end() - m.start();
    if (length == SUNNA.length() && d.startsWith(SUNNA, m.start())) {
      return true;
    }
    if (length <= PEOPLE_LENGTH && PEOPLES.contains(MatchingForm.key(d, m.start(), m.end()))) {
      return true;
    }
    if (CommonWordPlaces.tongue(d, m)) {
      return true; // نشرت الصحيفة على لسان متحدث: "in the words of", no body
    }
    return length == SACRED.length() && d.startsWith(SACRED, m.start())
        && CommonWordPlaces.wordBeforeIs(d, m.start(), SANCTUARIES);
  }
}
