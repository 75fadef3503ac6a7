package io.newswire.enrich.entities;

import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Arabic sport copy writes Turkish clubs with their Turkish last word, سبور (spor): كونيا سبور، غازي عنتاب سبور،
 * بلدية أكهيسار سبور. The words before it are the club's town or sponsor, which the recognizers read as a place
 * (Konya) or leave; the whole run is the club (round 41). The run is the one to three letter-only words right
 * before سبور, stopped by a preposition or a club's head word (خسر من كونيا سبور، فريق غازي عنتاب سبور); a
 * quoted «سبور» (fashion's "sport" style) has no word before it and names nothing.
 */
final class SporClubs {
  private static final String SPOR = "سبور";
  private static final int MAX_WORDS = 3;
  /** Words that end the run on the left: prepositions, conjunctions and the heads that name a club. */
  private static final Set<String> STOPS = MatchingForm.keys("من", "على", "أمام", "امام", "مع", "إلى", "الى", "في", "عن",
      "و", "أو", "فريق", "نادي", "لفريق", "لنادي", "بفريق", "بنادي", "وفريق", "ونادي", "فريقي", "ناديي", "ضد", "بين");

  private SporClubs() {}

  static void mark(List<FieldText> fields, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (int at = d.indexOf(SPOR); at >= 0; at = d.indexOf(SPOR, at + SPOR.length())) {
        int end = at + SPOR.length();
        if (at < 2 || d.charAt(at - 1) != ' ' || end < d.length() && Character.isLetter(d.charAt(end))) {
          continue;
        }
        int start = runStart(d, at - 1);
        if (start < 0) {
          continue;
        }
        final int field = f;
        final int s = start;
        candidates.removeIf(c -> c.field() == field && c.start() < end && c.end() > s);
        candidates.add(new Candidate(f, start, end, EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false));
      }
    }
  }

  /** Start of the club's words before the space at {@code space}, or -1 when no name word stands there. */
  private static int runStart(String d, int space) {
    int start = -1;
    int at = space;
    for (int words = 0; words < MAX_WORDS; words++) {
      int w = at;
      while (w > 0 && Character.isLetter(d.charAt(w - 1))) {
        w--;
      }
      if (w == at || w > 0 && d.charAt(w - 1) != ' ' || STOPS.contains(MatchingForm.key(d.substring(w, at)))) {
        break;
      }
      start = w;
      if (w < 2) {
        break;
      }
      at = w - 1;
    }
    return start;
  }
}
