package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 31): wire copy on credit ratings writes the grades as capitalised words ("cut its senior debt to BB from
 * BBB", "raised to Aaa from Aa-1", "Baa-2 debentures"); the rules and the model read them as bodies or places. A grade is no
 * name when a notch follows it ("-2", "-plus", "-minus") or when it is moved to or from ("to X from", "from X and", "from X."
 * …). A grade's letters that name a body stay ("from CCC stocks", the Commodity Credit Corporation; "AAA champion").
 */
final class RatingGrades {
  private RatingGrades() {}

  private static final Set<String> GRADES = StringSet.of("AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Aa", "Baa", "Ba",
      "Caa", "Ca");

  /** Moody's grades written in capitals: a grade only with a notch after them (BAA is an airport operator, CAA a regulator). */
  private static final Set<String> CAPS_NOTCHED = StringSet.of("BAA", "BA", "CAA", "CA");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions,
        m -> !m.role() && m.end() - m.start() <= 3 && grade(fields.get(m.field()).display(), m.start(), m.end()));
  }

  static boolean grade(String d, int start, int end) {
    String g = d.substring(start, end);
    boolean notch = end + 1 < d.length() && d.charAt(end) == '-'
        && (Character.isDigit(d.charAt(end + 1)) || d.startsWith("plus", end + 1) || d.startsWith("minus", end + 1));
    if (notch && CAPS_NOTCHED.contains(g)) {
      return true; // round 46: Moody's grades in capitals, "to BA-1 from BAA-3" (BAA and BA alone stay the airport and the airline)
    }
    if (!GRADES.contains(g)) {
      return false;
    }
    if (notch) {
      return true; // a notch: Baa-2, BB-plus
    }
    boolean moved = start >= 3 && d.startsWith("to ", start - 3) || start >= 5 && d.startsWith("from ", start - 5);
    if (!moved) {
      return false;
    }
    if (end == d.length() || ".,;".indexOf(d.charAt(end)) >= 0) {
      return true;
    }
    return d.startsWith(" from ", end) || d.startsWith(" and ", end) || d.startsWith(" to ", end);
  }
}
