package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Arabic copy names a person once in full and then by the family name alone. Where only the bare family name
 * was found (الصباغ), its occurrence in the full name (رأفت الصباغ) went unfound and the person was called by
 * the one word. For a person the knowledge base lacks and known by one word only, an occurrence of that word
 * that no mention holds, right after a given name (the shipped list, or a personal name Wikidata's pairs
 * attest often: مروان، برناردينو) that no mention holds either, is the person named in full: a mention of the
 * same entity, whose romanized words then name it (the longest mention names an entity the KB lacks).
 */
public final class ArabicFullNames {
  private ArabicFullNames() {}

  /** Words that chain a name: a given name after them is a father's, the person's own name is longer. */
  private static final Set<String> CHAIN = MatchingForm.keys("بن", "ابن", "بنت", "أبو", "ابو", "عبد", "أبي");

  private static final String ABD = MatchingForm.key("عبد");

  private static boolean givenName(String key) {
    return !CHAIN.contains(key) && (GivenNames.arabic().contains(key) || NameWords.wellAttested(key));
  }

  public static List<Mention> add(List<FieldText> fields, List<Mention> names, Predicate<String> isKb) {
    Map<String, Mention> oneWord = null; // entity id -> its one-word mention, null once it has a longer one
    Map<String, Boolean> longer = new HashMap<>();
    for (Mention m : names) {
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      boolean one = d.indexOf(' ', m.start()) < 0 || d.indexOf(' ', m.start()) >= m.end();
      if (!one) {
        longer.put(m.entityId(), true);
      } else if (!isKb.test(m.entityId())) {
        if (oneWord == null) {
          oneWord = new HashMap<>();
        }
        oneWord.putIfAbsent(m.entityId(), m);
      }
    }
    if (oneWord == null) {
      return names;
    }
    MentionAdditions added = new MentionAdditions(names);
    for (Map.Entry<String, Mention> e : oneWord.entrySet()) {
      if (longer.containsKey(e.getKey())) {
        continue;
      }
      Mention m = e.getValue();
      String key = MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end()));
      if (key.length() < 3 || key.indexOf(' ') >= 0) {
        continue;
      }
      for (FieldText f : fields) {
        String form = f.form().text();
        for (int at = form.indexOf(key); at >= 0; at = form.indexOf(key, at + 1)) {
          int end = at + key.length();
          if (at < 2 || form.charAt(at - 1) != ' ' || (end < form.length() && Character.isLetter(form.charAt(end)))) {
            continue;
          }
          int gs = form.lastIndexOf(' ', at - 2) + 1;
          String given = form.substring(gs, at - 1);
          if (given.startsWith("ال") && gs > 1 && form.charAt(gs - 1) == ' ') {
            int as = form.lastIndexOf(' ', gs - 2) + 1;
            if (form.substring(as, gs - 1).equals(ABD)) {
              gs = as; // علي عبد الله صالح: عبد written apart from its second word is one given name
              given = ABD + given;
            }
          }
          if (given.isEmpty() || !givenName(given) && !given.startsWith(ABD + "ال")) {
            continue;
          }
          for (int more = 0; more < 4 && gs > 1 && form.charAt(gs - 1) == ' '; more++) {
            int ps = form.lastIndexOf(' ', gs - 2) + 1;
            String w = form.substring(ps, gs - 1);
            if (!givenName(w) && !CHAIN.contains(w) && !(w.startsWith(ABD) && w.length() > ABD.length() + 1)) {
              break;
            }
            gs = ps; // عبدربه منصور هادي, سعيد بن مروان النجار: the given names and the chain before it too
          }
          int before = form.lastIndexOf(' ', gs - 2) + 1;
          int firstEnd = form.indexOf(' ', gs);
          String first = form.substring(gs, firstEnd);
          boolean splitAbd = first.equals(ABD) && form.startsWith("ال", firstEnd + 1);
          if (gs > 1 && CHAIN.contains(form.substring(before, gs - 1)) || CHAIN.contains(first) && !splitAbd) {
            continue; // a chain cut short: the name is longer than the words found
          }
          int ds = f.form().displayIndex(gs);
          int de = f.form().displayEnd(end);
          if (!added.free(f.index(), ds, de)) {
            continue;
          }
          String text = f.display().substring(ds, de);
          added.add(new Mention(f.index(), ds, de, m.entityId(), EntityType.PERSON, CrossScriptName.romanizePerson(text, "ar"), false));
        }
      }
    }
    return added.result();
  }
}
