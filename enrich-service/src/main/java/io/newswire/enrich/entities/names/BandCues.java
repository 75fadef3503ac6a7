package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.names.EnglishNameRecognizer.Found;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * English (round 40b): music copy names a band the knowledge base lacks right after its kind ("indie band Harrow
 * Lights", "the rock trio Velvetines") or right before a member's role ("Velvetines frontman"). A duo, trio or quartet
 * followed by " and " or a comma is people ("Ethiopian duo X and Y", "presenting duo X and Y"), and a record ("X's new
 * album") is a singer's as often as a band's: neither is a cue. Without a cue the recognizer keeps no untyped run, so
 * such a band got no mention at all; a run nothing typed (no person, place or body) and so cued is the band, an
 * organisation (bands are organisations in the annotations since r6); its bare repeats follow through
 * {@link NameRepeats}. A typed person stays one: {@code BandNames} retypes those only on a member's role.
 */
public final class BandCues {
  private BandCues() {}

  /** Lower-case kinds of band written right before its name. */
  private static final Set<String> KINDS = io.newswire.text.StringSet.of("band", "bands", "trio", "quartet", "duo", "group",
      "outfit", "act");
  /** A member's role right after the name, as written (not a record: "X's new album" is a singer's as often). */
  private static final String[] AFTER = {" frontman", " frontwoman", " bassist", " guitarist", " drummer", " keyboardist",
      " lead singer"};
  /**
   * Kinds that also name two or three people ("presenting duo X and Y"): a band only when no " and " or "," follows.
   * Round 43b: "dance act X", "rock group X", "indie outfit X" name a band as "band" does ("food group X" a firm, an
   * organisation too), and they too may open a list of people ("backing group X and Y").
   */
  private static final Set<String> SMALL = io.newswire.text.StringSet.of("trio", "quartet", "duo", "group", "outfit", "act");

  static void mark(List<Found> found, LowerCaseWords lowerWords) {
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.type() != EntityType.OTHER || f.words().length > 4 || !bandLike(f, lowerWords)) {
        continue;
      }
      String d = f.field().display();
      String kind = Fixtures.wordBefore(d, f.start());
      boolean listed = d.startsWith(" and ", f.end()) || d.startsWith(",", f.end());
      // round 43b: a run cut before a number is no whole name ("act Maroon 5", "group UB 40")
      boolean numberAfter = f.end() + 1 < d.length() && d.charAt(f.end()) == ' ' && Character.isDigit(d.charAt(f.end() + 1));
      if (KINDS.contains(kind) && !(SMALL.contains(kind) && listed) && !numberAfter || roleAfter(d, f.end())) {
        found.set(i, f.withType(EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL));
      }
    }
  }

  /** Whether a member's role ({@link #AFTER}) stands right after {@code end}, a whole word. */
  public static boolean roleAfter(String d, int end) {
    return roleAfter(d, end, AFTER);
  }

  /** Whether one of {@code roles} (each opening with a space) stands right after {@code end}, a whole word. */
  public static boolean roleAfter(String d, int end, String... roles) {
    for (String r : roles) {
      if (d.startsWith(r, end) && (end + r.length() == d.length() || !Character.isLetter(d.charAt(end + r.length())))) {
        return true;
      }
    }
    return false;
  }

  /** No nationality, day or month word (Welsh band), and a single word not written in lower case in the article. */
  private static boolean bandLike(Found f, LowerCaseWords lowerWords) {
    for (String x : f.words()) {
      if (EnglishNameRecognizer.notAName(x)) {
        return false;
      }
    }
    return f.words().length > 1 || !lowerWords.contains(f.words()[0]);
  }
}
