package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * A person's name found from بن on (بن ربيعة، بن سلمان as a KB alias) right after a given name or a titled
 * word (الشاعر لبيد بن ربيعة، الأمير سلطان بن سلمان) is the whole chain: the mention opens at that word, and
 * the chain is a person of its own, not the KB's person of the father's name alone. ابن with its alef
 * opens a name by itself (ابن خلدون) and takes the word before only after a title.
 */
final class ArabicChains {
  private static final Set<String> TITLES = MatchingForm.keys("الشاعر", "الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك",
      "الدكتور", "الدكتورة", "الإمام", "الصحابي", "الخليفة", "السلطان", "المهندس", "الأستاذ");

  private ArabicChains() {}

  static List<Mention> open(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (!(d.startsWith("بن ", m.start()) || d.startsWith("ابن ", m.start())) || m.start() < 3 || d.charAt(m.start() - 1) != ' ') {
        continue;
      }
      int[] w = WordSpans.beforeSpace(d, m.start(), Character::isLetter);
      if (w == null || w[1] - w[0] < 3 || d.startsWith("ال", w[0])) {
        continue;
      }
      int ws = w[0];
      int we = w[1];
      String word = MatchingForm.key(d.substring(ws, we));
      // ابن with its alef opens a name of its own (حياة ابن خلدون): only a title before the word makes it a chain
      boolean given = d.charAt(m.start()) == 'ب' && GivenNames.arabic().contains(word);
      int[] title = given ? null : WordSpans.beforeSpace(d, ws, Character::isLetter);
      boolean titled = title != null && TITLES.contains(MatchingForm.key(d.substring(title[0], title[1])));
      if (!given && !titled || Mention.overlapping(mentions, m.field(), ws, we) != null) {
        continue;
      }
      String text = d.substring(ws, m.end());
      edits.set(i, CrossScriptId.arabicPerson(m.field(), ws, m.end(), text));
    }
    return edits.result();
  }

  /**
   * A chain's family name (محمد بن نايف بن عبدالعزيز آل سعود) belongs to the person: the KB's alias may stop at the
   * father's name, and the conventions take the whole name. Only after a بن chain, so a bare آل (آل سعود as a
   * house) opens nothing; the mention keeps its person.
   */
  static List<Mention> closeFamily(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int e = m.end();
      int bin = d.indexOf(" بن ", m.start());
      if (!d.startsWith(" آل ", e) || bin < 0 || bin >= e) {
        continue;
      }
      int we = e + 4;
      while (we < d.length() && Character.isLetter(d.charAt(we))) {
        we++;
      }
      if (we - (e + 4) < 2 || Mention.overlapping(mentions, m.field(), e, we) != null) {
        continue;
      }
      edits.set(i, m.nameAt(m.field(), m.start(), we));
    }
    return edits.result();
  }

  /**
   * A KB person's alias inside a longer بن chain that ends in an ال family name (الدكتور عبدالله بن عبدالعزيز الربيعة
   * holds the late king's alias عبدالله بن عبدالعزيز; عبداللطيف بن راشد الزياني holds the alias الزياني). When the
   * alias ends where the chain does, the chain names the KB's man in full: his mention takes the chain's span. When
   * the chain goes on past the alias with a family name the alias lacks, the chain is a namesake: the KB mention
   * goes, and the chain is left to the unknown-name linker. Run on the KB's mentions, before the unknown names.
   * Chains ending in آل (… بن عبدالعزيز آل سعود) are the KB's family and left to {@link #closeFamily}.
   * A chain that goes on past an alias opening it with one more بن link (الأمير محمد بن عبد الرحمن بن عبد العزيز
   * holds Qatar's محمد بن عبد الرحمن, whose grandfather is Jassim) names a namesake too: the alias would have held
   * the link had the KB's man been meant.
   */
  static List<Mention> namesakes(List<FieldText> fields, List<Mention> known, List<Candidate> candidates) {
    MentionEdits edits = new MentionEdits(known);
    for (Candidate c : candidates) {
      if (c.type() != EntityType.PERSON || c.confidence() != ArabicOrganisationRecognizer.PERSON_CHAIN_CONFIDENCE) {
        continue;
      }
      String d = fields.get(c.field()).display();
      int family = d.lastIndexOf(' ', c.end() - 1) + 1;
      int bin = d.indexOf(" بن ", c.start());
      // بن عبد العزيز: the last word is the second of a given name written apart, no family name
      boolean compound = family >= c.start() + 4 && d.startsWith("عبد ", family - 4)
          && (family - 4 == c.start() || d.charAt(family - 5) == ' ');
      boolean definite = !compound && bin >= 0 && bin < family && d.startsWith("ال", family) && !d.startsWith(" آل ", family - 4);
      if (!definite && (bin < 0 || bin >= family)) {
        continue;
      }
      List<Mention> from = edits.current(); // an earlier chain's edits count: a dropped mention is null there
      for (int i = 0; i < from.size(); i++) {
        Mention m = from.get(i);
        if (m == null || m.field() != c.field() || m.type() != EntityType.PERSON || m.role() || m.start() < c.start() || m.end() > c.end()
            || m.end() - m.start() == c.end() - c.start()) {
          continue;
        }
        if (!definite) {
          // X بن Y بن Z: an alias opening the chain and stopping before a further link is another man's
          if (m.start() == c.start() && m.end() > bin && d.startsWith(" بن ", m.end())) {
            edits.drop(i);
            break;
          }
          continue;
        }
        if (m.end() == c.end() || m.end() <= family - 1 && d.substring(m.end(), family).isBlank()) {
          if (m.end() == c.end()) {
            edits.set(i, m.nameAt(m.field(), c.start(), c.end()));
          } else {
            edits.drop(i);
          }
          break;
        }
      }
    }
    return edits.result();
  }
}
