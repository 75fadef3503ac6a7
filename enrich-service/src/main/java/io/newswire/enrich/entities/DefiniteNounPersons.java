package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Round 43b, Arabic: a person the KB lacks, named only ever by one word, when the article also writes that word with
 * the article ال (an essay on beauty: جمال … الجمال; ورم حميد … الأورام الحميدة is another word): the word is the
 * article's common noun or adjective, read as a given name where it stands bare (جمال المرأة، طعم جميل). A person
 * named once with a second word (جمال عبد الناصر) keeps every mention; a KB person keeps his. Round 60: a person
 * named رياض الأطفال (kindergartens) is dropped with every mention, and so is one the KB lacks that a device noun
 * names once (هاتف موتو جي، لأجهزة أندرويد): a product.
 */
final class DefiniteNounPersons {
  private DefiniteNounPersons() {}

  /**
   * Round 60: رياض الأطفال is "kindergartens" (gardens of the children), read as the given name رياض and a family name:
   * no person, whatever the article says of it (إدارة رياض الأطفال).
   */
  private static final String KINDERGARTENS = MatchingForm.key("رياض الأطفال");

  /**
   * Round 60: nouns of a device (هاتف، هواتف، جهاز، أجهزة), after which a name is a product's, no person's; so after
   * نظام تشغيل (operating system). The bare نظام is a regime as often (نظام الأسد), which its ruler names.
   */
  private static final Set<String> DEVICE_NOUNS = MatchingForm.keys("هاتف", "هواتف", "جهاز", "أجهزة");
  private static final String OPERATING = MatchingForm.key("تشغيل");
  private static final String SYSTEM = MatchingForm.key("نظام");

  static List<Mention> drop(List<FieldText> fields, List<Mention> names, Predicate<String> isKb) {
    Map<String, String> oneWord = new HashMap<>(); // entity id -> its one word (matching form), "" once named longer
    for (Mention m : names) {
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      boolean single = text.indexOf(' ') < 0;
      String key = single ? MatchingForm.key(text) : "";
      String prior = oneWord.get(m.entityId());
      if (!single || key.startsWith("ال") || prior != null && !prior.equals(key)) {
        oneWord.put(m.entityId(), "");
      } else if (prior == null) {
        oneWord.put(m.entityId(), key);
      }
    }
    Set<String> nouns = new HashSet<>();
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && !m.role()
          && KINDERGARTENS.equals(MatchingForm.key(fields.get(m.field()).display(), m.start(), m.end()))) {
        nouns.add(m.entityId()); // and its bare repeats (الأطفال) with it
      } else if (m.type() == EntityType.PERSON && !m.role() && !isKb.test(m.entityId())
          && afterDeviceNoun(fields.get(m.field()).display(), m.start())) {
        nouns.add(m.entityId()); // هاتف موتو جي: the phone's other mentions (موتو جي) are the product too
      }
    }
    for (Map.Entry<String, String> e : oneWord.entrySet()) {
      String w = e.getValue();
      if (w.length() >= 3 && w.indexOf(' ') < 0 && !isKb.test(e.getKey()) && definiteInArticle(fields, w)) {
        nouns.add(e.getKey());
      }
    }
    if (nouns.isEmpty()) {
      return names;
    }
    return Mention.without(names, m -> m.type() == EntityType.PERSON && !m.role() && nouns.contains(m.entityId()));
  }

  /** Whether the word before {@code at} is a device noun in construct, bare or after و/ب/ل (لهواتف، وجهاز), or نظام تشغيل. */
  private static boolean afterDeviceNoun(String d, int at) {
    int[] w = WordSpans.before(d, at);
    if (w == null) {
      return false;
    }
    String key = MatchingForm.key(d, w[0], w[1]);
    if (key.equals(OPERATING)) {
      int[] v = WordSpans.before(d, w[0]);
      return v != null && SYSTEM.equals(bare(MatchingForm.key(d, v[0], v[1])));
    }
    return DEVICE_NOUNS.contains(bare(key));
  }

  /**
   * A word without one leading و/ب/ل/ك (لهواتف → هواتف). The article is not taken off: the definite noun stands apart
   * from a name after it (مدير الجهاز سامي: the agency's head; عبر الهاتف الرئيس: by phone, the president).
   */
  private static String bare(String key) {
    return key.length() > 3 && "وبلك".indexOf(key.charAt(0)) >= 0 && !DEVICE_NOUNS.contains(key) && !SYSTEM.equals(key)
        ? key.substring(1) : key;
  }

  /** Whether the article writes {@code word} with the article, bare or after one clitic (الجمال، والجمال، بالجمال، للجمال). */
  private static boolean definiteInArticle(List<FieldText> fields, String word) {
    String definite = "ال" + word;
    String lam = "لل" + word;
    for (FieldText f : fields) {
      String form = f.form().text();
      if (standsAlone(form, definite) || standsAlone(form, lam)) {
        return true;
      }
    }
    return false;
  }

  private static boolean standsAlone(String form, String w) {
    for (int at = form.indexOf(w); at >= 0; at = form.indexOf(w, at + 1)) {
      int end = at + w.length();
      if (end < form.length() && Character.isLetter(form.charAt(end))) {
        continue;
      }
      int s = at;
      if (s > 0 && "وبفك".indexOf(form.charAt(s - 1)) >= 0 && (s == 1 || !Character.isLetter(form.charAt(s - 2)))) {
        s--;
      }
      if (s == 0 || !Character.isLetter(form.charAt(s - 1))) {
        return true;
      }
    }
    return false;
  }
}
