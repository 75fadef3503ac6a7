package io.newswire.enrich.entities.kb;

import java.time.LocalDate;

/**
 * One term of an office: a {@code roles=} entry {@code foreign-minister@US>2013-02-01<2017-02-01} is the role
 * {@code foreign-minister@US} held from the first date (inclusive) until the second (exclusive); no second date for
 * today's holder. An entry without a start date holds on no known date: an office phrase alone never names it.
 *
 * @param role  role class and country or body, {@code foreign-minister@US}
 * @param from  first day in office, or null when the curator did not give it
 * @param until first day out of office, or null while in office
 */
public record RoleTerm(String role, LocalDate from, LocalDate until) {
  /** Parses one entry of the {@code roles=} attribute. */
  public static RoleTerm parse(String entry) {
    String s = entry.trim();
    int lt = s.indexOf('<');
    LocalDate until = lt < 0 ? null : LocalDate.parse(s.substring(lt + 1));
    s = lt < 0 ? s : s.substring(0, lt);
    int gt = s.indexOf('>');
    LocalDate from = gt < 0 ? null : LocalDate.parse(s.substring(gt + 1));
    return new RoleTerm(gt < 0 ? s : s.substring(0, gt), from, until);
  }

  /** Whether the office was held on {@code date}; never on an unknown date (null). */
  public boolean heldOn(LocalDate date) {
    return date != null && from != null && !date.isBefore(from) && (until == null || date.isBefore(until));
  }
}
