package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.OrganisationName;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Map;

/**
 * Arabic (round 56): a country's highest courts are named by their rank alone (المحكمة العليا، المحكمة الدستورية العليا،
 * المحكمة الاتحادية): the one such court of the country the copy is about, a body, as the annotation files give them (r42's
 * Egyptian court, r55's Indian one). The recognizer left the definite phrase out as a common noun (eleven mentions in
 * the Arabic pool, none found). The court is added where no mention holds its words, with a nationality right after it
 * inside the span and its name (المحكمة العليا الإسبانية: Supreme Court of Spain), as round 48 takes a generic body's
 * adjective. Courts of a kind every town has (محكمة الاستئناف) stay {@link GenericBoards}'s; a court inside a law's name
 * (قانون المحكمة الدستورية) is the law's, not annotated (r42).
 */
final class ApexCourts {
  private ApexCourts() {}

  private static final String COURT = MatchingForm.key("المحكمة");
  /** The rank words after المحكمة, one or two, and the court's English name. */
  private static final Map<String, String> RANKS = Map.of(
      MatchingForm.key("العليا"), "Supreme Court",
      MatchingForm.key("الدستورية العليا"), "Supreme Constitutional Court",
      MatchingForm.key("الدستورية"), "Constitutional Court",
      MatchingForm.key("الاتحادية العليا"), "Federal Supreme Court",
      MatchingForm.key("الاتحادية"), "Federal Court");
  private static final String STEM = "محكم";
  private static final java.util.Set<String> LAW = MatchingForm.keys("قانون", "وقانون", "بقانون", "لقانون");

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    MentionAdditions out = new MentionAdditions(mentions);
    for (FieldText f : fields) {
      String d = f.display();
      for (int at = d.indexOf(STEM); at >= 0; at = d.indexOf(STEM, at + STEM.length())) {
        int[] w = CountryGovernments.definiteWordAt(d, at, STEM.length(), COURT);
        int[] r1 = w == null ? null : WordSpans.afterSpace(d, w[2], WordSpans.WORD);
        if (r1 == null || afterLaw(d, w[0])) {
          continue;
        }
        int start = w[1];
        int[] r2 = WordSpans.afterSpace(d, r1[1], WordSpans.WORD);
        String two = r2 == null ? null : RANKS.get(MatchingForm.key(d, r1[0], r2[1]));
        int end = two != null ? r2[1] : r1[1];
        String name = two != null ? two : RANKS.get(MatchingForm.key(d, r1[0], r1[1]));
        if (name == null) {
          continue;
        }
        int[] adj = WordSpans.afterSpace(d, end, WordSpans.WORD);
        String country = adj == null ? null : OrganisationName.nationalityCountry(MatchingForm.key(d, adj[0], adj[1]));
        if (country != null) {
          end = adj[1];
          name = name + " of " + country;
        }
        if (out.free(f.index(), start, end)) {
          out.add(new Mention(f.index(), start, end, CrossScriptId.orNameKey(EntityType.ORGANIZATION, name),
              EntityType.ORGANIZATION, name, false));
        }
      }
    }
    return out.result();
  }

  /** Whether the word right before {@code s} is قانون: the court names the law (قانون المحكمة الدستورية). */
  private static boolean afterLaw(String d, int s) {
    int[] w = WordSpans.beforeSpace(d, s, WordSpans.WORD);
    return w != null && LAW.contains(MatchingForm.key(d, w[0], w[1]));
  }
}
