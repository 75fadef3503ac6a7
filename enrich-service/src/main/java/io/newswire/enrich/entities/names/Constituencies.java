package io.newswire.enrich.entities.names;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Round 46: a member's seat. British, Scottish, European and Northern Irish members are written "MP for Wantage",
 * "the Labour MP for Birkenhead", "MSP for Edinburgh Central": the capitalised words after "for" name the
 * constituency, a place, and the party before the member word is a body of its own, never one name with the seat.
 */
public final class Constituencies {
  private Constituencies() {}

  /**
   * Member words whose "for" names a seat. Not AM (a time: "9 AM for Chicago") nor TD (a touchdown in sport copy:
   * "a TD for Dallas" names a team).
   */
  private static final Set<String> MEMBERS = StringSet.of("MP", "MSP", "MEP", "MLA");

  /** {@code word}, written right before "for", makes the capitalised words after it a seat. */
  static boolean memberBeforeFor(String word) {
    return MEMBERS.contains(word);
  }

  /**
   * Round 52: whether the name starting at {@code start} of {@code d} follows a member's word and "for": a seat named
   * by two places ("MP for Sittingbourne and Sheppey") is one seat, which the statistical model reads as two names.
   */
  public static boolean seatAt(String d, int start) {
    if (start < 7 || !d.startsWith(" for ", start - 5)) {
      return false;
    }
    int sp = d.lastIndexOf(' ', start - 6);
    return memberBeforeFor(d.substring(sp + 1, start - 5));
  }
}
