package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.PersianVerbForms;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Persian (round 31): استان is also "the province" ending a noun phrase, and the word after it then opens the
 * predicate (بودجه طرح در استان فراهم است، دبیر هیات استان انتخاب شد، مسئولان استان تبریک و تهنیت گفتند), not a province's name.
 * Iran's provinces are in the knowledge base (or made by the province passes), so a place after استان that only the
 * article names, followed by what goes on a predicate (a light or finite verb, و، با، به، که, a stop or comma), is such a
 * word: it is dropped with its repeats. A foreign province the KB lacks is followed by در، را، از and stays
 * (استان نینوا در شمال عراق). On 655 Fars pool dispatches outside the annotation files: 24 places removed, all right.
 */
final class ProvinceNouns {
  private static final String PROVINCE = MatchingForm.key("استان");
  /** می typed with a ZWNJ, a space in the matching form (می‌شود). */
  private static final String PRESENT = MatchingForm.key("می") + " ";

  private ProvinceNouns() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Set<String> words = null;
    for (Mention m : mentions) {
      String d = fields.get(m.field()).display();
      if (m.type() == EntityType.PLACE && !m.role() && afterProvince(d, m.start()) && unknown(m.entityId(), kb)
          && predicateFollows(d, m.end())) {
        if (words == null) {
          words = new HashSet<>();
        }
        words.add(m.entityId());
      }
    }
    if (words == null) {
      return mentions;
    }
    Set<String> dropped = words;
    return Mention.without(mentions, m -> m.type() == EntityType.PLACE && dropped.contains(m.entityId()));
  }

  /** Words after such a word that go on a predicate or close a clause, not a name (در، را، از follow places). */
  private static final Set<String> PREDICATE_NEXT = MatchingForm.keys("و", "با", "به", "که", "است", "بود", "شد", "شده", "نیست",
      "باشد", "هست", "کرد", "کرده", "کردند", "داد", "دارد", "گردید");

  /**
   * What follows {@code end}: the text's end, a stop, a comma, a question mark, or one of {@link #PREDICATE_NEXT} or a finite
   * verb (فراهم است، انتخاب شد، تبریک و تهنیت، مشغول به کار). A province the KB lacks is followed by در، را، از
   * (استان نینوا در شمال عراق، استان مارب را ترک کردند) and stays.
   */
  private static boolean predicateFollows(String d, int end) {
    int k = end;
    while (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    if (k >= d.length()) {
      return true;
    }
    char c = d.charAt(k);
    if (c == '.' || c == '،' || c == ',' || c == '؟' || c == '?' || c == '\n') {
      return true;
    }
    int e = k;
    while (e < d.length() && Character.isLetter(d.charAt(e)) || e < d.length() && d.charAt(e) == '\u200C') {
      e++;
    }
    if (e == k) {
      return false;
    }
    String next = MatchingForm.key(d.substring(k, e));
    return PREDICATE_NEXT.contains(next) || PersianVerbForms.contains(next) || next.startsWith(PRESENT);
  }

  /** A name only the article gives (a slug of its words): not the KB's, nor a province the province passes made. */
  private static boolean unknown(String id, Function<String, KbEntity> kb) {
    return (id.startsWith("place:name:") || id.startsWith("place:fa:")) && kb.apply(id) == null;
  }

  /** Whether the word right before {@code start} (one space between) is استان. */
  private static boolean afterProvince(String d, int start) {
    int end = start - 1;
    if (end < 1 || d.charAt(end) != ' ') {
      return false;
    }
    int begin = d.lastIndexOf(' ', end - 1) + 1;
    int nl = d.lastIndexOf('\n', end - 1) + 1;
    begin = Math.max(begin, nl);
    return end - begin == 5 && MatchingForm.key(d.substring(begin, end)).equals(PROVINCE);
  }
}
