package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
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
 * named رياض الأطفال (kindergartens) is dropped with every mention.
 */
final class DefiniteNounPersons {
  private DefiniteNounPersons() {}

  /**
   * Round 60: رياض الأطفال is "kindergartens" (gardens of the children), read as the given name رياض and a family name:
   * no person, whatever the article says of it (إدارة رياض الأطفال).
   */
  private static final String KINDERGARTENS = MatchingForm.key("رياض الأطفال");

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
