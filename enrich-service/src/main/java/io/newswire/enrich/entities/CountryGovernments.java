package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;

/**
 * Arabic (round 55): a government named by its country in the construct state (حكومة الهند، بحكومة اليمن الشرعية) or by
 * a state (حكومة ولاية كارناتاكا) is a body, the Government of X, as the annotation files give it (r30, r55) beside the
 * adjective form the recognizer already finds (الحكومة اليمنية). The tagger saw only the place after حكومة, whose
 * head the recognizer does not open (حكومة جديدة، حكومة وحدة وطنية name none). The place becomes the government when
 * the knowledge base knows it as a country (after ولاية, as any place). The SPA formula شعب وحكومة X keeps the country,
 * as the files give it (r12, r45); a government named by its capital or its leader (حكومة كابل، حكومة العبادي) is left
 * alone.
 */
final class CountryGovernments {
  private CountryGovernments() {}

  private static final String GOVERNMENT = MatchingForm.key("حكومة");
  private static final String STATE = MatchingForm.key("ولاية");
  private static final String PEOPLE = MatchingForm.key("شعب");
  private static final java.util.Set<String> PEOPLE_CLITICS = java.util.Set.of("", "و", "ل", "ول");
  private static final String LEGITIMATE = MatchingForm.key("الشرعية");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PLACE || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int[] w = WordSpans.beforeSpace(d, m.start(), WordSpans.WORD);
      if (w == null || w[0] > 0 && Character.isLetter(d.charAt(w[0] - 1))) {
        continue;
      }
      boolean state = MatchingForm.key(d, w[0], w[1]).equals(STATE);
      if (state) {
        w = WordSpans.beforeSpace(d, w[0], WordSpans.WORD);
        if (w == null || w[0] > 0 && Character.isLetter(d.charAt(w[0] - 1))) {
          continue;
        }
      }
      int start = governmentStart(d, w[0], w[1]);
      if (start < 0 || afterPeople(d, w[0])) {
        continue;
      }
      KbEntity place = ids.known(EntityType.PLACE, d.substring(m.start(), m.end()), "ar");
      if (place == null || !state && !country(place)) {
        continue;
      }
      String name = "Government of " + place.name();
      int end = legitimateEnd(d, m.end());
      edits.set(i, new Mention(m.field(), start, end, CrossScriptId.orNameKey(EntityType.ORGANIZATION, name),
          EntityType.ORGANIZATION, name, false));
    }
    return edits.result();
  }

  /** Where the mention opens when the word at [s, e) is حكومة, a clitic و ب ل ف before it left out; else -1. */
  private static int governmentStart(String d, int s, int e) {
    String key = MatchingForm.key(d, s, e);
    if (key.equals(GOVERNMENT)) {
      return s;
    }
    boolean clitic = key.length() == GOVERNMENT.length() + 1 && key.endsWith(GOVERNMENT) && "وبلف".indexOf(key.charAt(0)) >= 0;
    return clitic ? s + 1 : -1;
  }

  /** Whether شعب stands right before (شعب وحكومة المملكة): the SPA formula, the people and government of a country. */
  private static boolean afterPeople(String d, int s) {
    int[] w = WordSpans.beforeSpace(d, s, WordSpans.WORD);
    if (w == null) {
      return false;
    }
    String key = MatchingForm.key(d, w[0], w[1]);
    // ولشعب وحكومة السعودية: the clitics of the coordination (و، ل، ول) before شعب
    return key.endsWith(PEOPLE) && PEOPLE_CLITICS.contains(key.substring(0, key.length() - PEOPLE.length()));
  }

  /** The end of الشرعية right after the place (حكومة اليمن الشرعية: one name, as the files give it), else {@code e}. */
  private static int legitimateEnd(String d, int e) {
    int[] w = WordSpans.afterSpace(d, e, WordSpans.WORD);
    return w != null && MatchingForm.key(d, w[0], w[1]).equals(LEGITIMATE) ? w[1] : e;
  }

  /** A sovereign country of the knowledge base: a place within nothing, with an ISO code. */
  private static boolean country(KbEntity e) {
    return e.attr("within") == null && e.attr("iso2") != null;
  }
}
