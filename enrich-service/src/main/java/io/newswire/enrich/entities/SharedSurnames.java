package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 43b: whether an Arabic surname is carried by a second person of the article whom the recognizer did not
 * find. A memoir names the daughter (her given name unlisted) and her father, found as a person, by one surname:
 * the bare surname then is no more his than hers. The sign is the surname written right after a name word that
 * is no word of the found person's own names: a listed given name, or a word Wikidata's Arabic personal names hold
 * (no article, no function or chain word) written so twice, since that list holds verbs too (ادان، نوه). Read for the repeats of a person the KB lacks only.
 */
final class SharedSurnames {
  private static final Set<String> GIVEN = GivenNames.arabic();
  /** Words Wikidata holds as name words that also open a surname's mention as common words (verbs, role nouns). */
  private static final Set<String> NOT_NAMES = MatchingForm.keys("و", "في", "من", "على", "عن", "مع", "أن", "إن", "ان",
      "قال", "وقال", "كما", "لكن", "أو", "ثم", "قد", "لم", "كان", "كانت", "هو", "هي", "أمس", "يوم", "حيث", "بين", "بعد",
      "قبل", "عند", "منذ", "لدى", "أيضا", "بن", "ابن", "بنت", "أبو", "ابو", "آل", "عبد", "أبي", "ابي", "عائلة", "أسرة",
      "رئيس", "وزير", "نائب", "مدير", "سفير", "شيخ", "أمير", "ملك", "والد", "والدة", "زوجة", "زوج", "ابنة", "شقيق",
      "شقيقة", "عم", "خال", "جد", "جدة", "سيد", "سيدة", "دكتور", "مهندس", "فنان", "فنانة", "نجم", "نجمة", "لاعب", "مدرب");

  private SharedSurnames() {}

  /**
   * Whether {@code surname} (matching form) follows, somewhere in the article, a name word that is none of the words
   * of {@code entityId}'s person mentions in {@code names}.
   */
  static boolean shared(List<FieldText> fields, List<Mention> names, String entityId, String surname) {
    Set<String> own = new HashSet<>();
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && m.entityId().equals(entityId)) {
        for (String w : MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end())).split(" ")) {
          own.add(w);
        }
      }
    }
    Map<String, Integer> attested = new HashMap<>(); // Wikidata name words before the surname -> times
    for (FieldText f : fields) {
      String form = f.form().text();
      for (int at = form.indexOf(surname); at >= 0; at = form.indexOf(surname, at + 1)) {
        int end = at + surname.length();
        if (at < 2 || form.charAt(at - 1) != ' ' || end < form.length() && Character.isLetter(form.charAt(end))) {
          continue; // only a word run: punctuation or a line start before the surname says nothing
        }
        int ws = at - 1;
        while (ws > 0 && Character.isLetter(form.charAt(ws - 1))) {
          ws--;
        }
        if (ws == at - 1) {
          continue;
        }
        String word = form.substring(ws, at - 1);
        if (word.length() > 3 && word.charAt(0) == 'و' && !nameWord(word, own)) {
          word = word.substring(1); // وفاتن حمامة
        }
        if (!nameWord(word, own)) {
          continue;
        }
        // a listed given name says it at once; a Wikidata name word (verbs are among them: ادان، نوه) once the pair
        // recurs, as a second person's name does
        if (GIVEN.contains(word) || attested.merge(word, 1, Integer::sum) >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean nameWord(String word, Set<String> own) {
    if (word.length() < 3 || word.startsWith("ال") || own.contains(word) || NOT_NAMES.contains(word)) {
      return false;
    }
    return GIVEN.contains(word) || CrossScriptName.wikidataNameWord(word);
  }
}
