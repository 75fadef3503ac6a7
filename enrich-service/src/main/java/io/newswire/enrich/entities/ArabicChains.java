package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
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
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (!(d.startsWith("بن ", m.start()) || d.startsWith("ابن ", m.start())) || m.start() < 3 || d.charAt(m.start() - 1) != ' ') {
        continue;
      }
      int we = m.start() - 1;
      int ws = we;
      while (ws > 0 && Character.isLetter(d.charAt(ws - 1))) {
        ws--;
      }
      if (we - ws < 3 || d.startsWith("ال", ws)) {
        continue;
      }
      String word = MatchingForm.key(d.substring(ws, we));
      // ابن with its alef opens a name of its own (حياة ابن خلدون): only a title before the word makes it a chain
      boolean given = d.charAt(m.start()) == 'ب' && GivenNames.arabic().contains(word);
      boolean titled = false;
      if (!given && ws > 1 && d.charAt(ws - 1) == ' ') {
        int ts = ws - 1;
        while (ts > 0 && Character.isLetter(d.charAt(ts - 1))) {
          ts--;
        }
        titled = TITLES.contains(MatchingForm.key(d.substring(ts, ws - 1)));
      }
      if (!given && !titled || Mention.overlapping(mentions, m.field(), ws, we) != null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      String text = d.substring(ws, m.end());
      out.set(i, new Mention(m.field(), ws, m.end(), CrossScriptId.person(text), EntityType.PERSON,
          CrossScriptName.romanize(text, "ar"), false));
    }
    return out == null ? mentions : out;
  }

  /**
   * A chain's family name (محمد بن نايف بن عبدالعزيز آل سعود) belongs to the person: the KB's alias may stop at the
   * father's name, and the conventions take the whole name. Only after a بن chain, so a bare آل (آل سعود as a
   * house) opens nothing; the mention keeps its person.
   */
  static List<Mention> closeFamily(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
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
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, new Mention(m.field(), m.start(), we, m.entityId(), m.type(), m.name(), false));
    }
    return out == null ? mentions : out;
  }
}
