package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * English words whose shape alone says they name no person, place or body, whatever rule or model took them
 * (round 19): a code of two or more capitals then two or more digits (a flight, a model or a tagged event: MH17,
 * SQ351, WWDC14) and a plural acronym (TVs, LCDs, MPs), a common noun's plural. In the English NER corpora
 * (wikigold, Broad Twitter Corpus, train and dev parts) 189 of 195 code tokens and 34 of 40 plural acronyms are
 * outside any name.
 */
final class ShapeNotNames {
  private ShapeNotNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean drop = !m.role() && notName(fields.get(m.field()).display().substring(m.start(), m.end()));
      if (drop && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      } else if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  /** One word: capitals then digits (two or more of each), or capitals then a plural s. */
  static boolean notName(String w) {
    int caps = 0;
    while (caps < w.length() && w.charAt(caps) >= 'A' && w.charAt(caps) <= 'Z') {
      caps++;
    }
    if (caps < 2 || caps == w.length()) {
      return false;
    }
    String rest = w.substring(caps);
    if (rest.equals("s")) {
      return true;
    }
    if (rest.length() < 2) {
      return false;
    }
    for (int k = 0; k < rest.length(); k++) {
      if (!Character.isDigit(rest.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
