package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.names.EnglishNameRecognizer.Found;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English sport copy lists fixtures and results as "Home v Away" (Everton v Manchester United, Bolton v
 * Derby or Fulham, Arsenal 2-1 Chelsea is left alone): the names on either side of a lone "v" or "vs",
 * and those joined to them by "or", are teams, organisations. The repeats of those names elsewhere in the
 * article (drawn against Everton) then take the type through {@link NameRepeats}. Works on the names the
 * scan found and the characters around them: no tokenizing, no regex.
 */
final class Fixtures {
  private Fixtures() {}

  static void retype(List<Found> found) {
    int n = found.size();
    boolean[] team = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Found f = found.get(i);
      if (f.type() == EntityType.PERSON && f.confidence() >= EnglishNameRecognizer.STRUCTURAL) {
        continue; // a titled or cued person stays one
      }
      if ((i + 1 < n && joined(found.get(i), found.get(i + 1), false)) || (i > 0 && joined(found.get(i - 1), f, false))) {
        team[i] = true;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (int pass = 0; pass < 2; pass++) { // Bolton v Derby or Fulham; West Brom or Tottenham v Forest
      for (int i = 0; i < n; i++) {
        if (!team[i] && ((i + 1 < n && team[i + 1] && joined(found.get(i), found.get(i + 1), true))
            || (i > 0 && team[i - 1] && joined(found.get(i - 1), found.get(i), true)))) {
          team[i] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Found f = found.get(i);
      if (team[i] && (f.type() != EntityType.ORGANIZATION || f.confidence() < EnglishNameRecognizer.STRUCTURAL)) {
        found.set(i, f.withType(EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL));
      }
    }
  }

  /** {@code a} and {@code b} in the same field with only " v " (or " vs ", " v. "), or " or ", between them. */
  private static boolean joined(Found a, Found b, boolean or) {
    if (a.field() != b.field() || b.start() <= a.end()) {
      return false;
    }
    String d = a.field().display();
    int s = a.end();
    int e = b.start();
    if (e - s < 3 || e - s > 5 || d.charAt(s) != ' ' || d.charAt(e - 1) != ' ') {
      return false;
    }
    int len = e - s - 2;
    if (or) {
      return len == 2 && d.startsWith("or", s + 1);
    }
    return (len == 1 && d.charAt(s + 1) == 'v') || (len == 2 && (d.startsWith("vs", s + 1) || d.startsWith("v.", s + 1)))
        || (len == 3 && d.startsWith("vs.", s + 1));
  }
}
