package io.newswire.enrich.entities.names;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * Round 55: a body named after its topic with "on" (the Parliamentary Group on Betting and Gaming, the Council on
 * Foreign Relations, the Commission on Environmental Pollution): the capitalised words after "on" belong to the
 * body's name, as they do after "of" or "for". Only after the head words of committees and panels, whose names take
 * "on"; and never before a day or a month ("the Commission on Tuesday", "the Committee on March 3"), which dates the
 * sentence instead.
 */
final class BodyTopics {
  private BodyTopics() {}

  /** Head words whose name goes on with "on" and its topic (lower case). */
  private static final Set<String> HEADS = StringSet.of("group", "commission", "committee", "subcommittee", "council",
      "panel", "conference", "convention", "forum", "taskforce");

  /** Days and months: capitalised after "on" they date the clause and name no topic. */
  private static final Set<String> DATES = StringSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");

  /**
   * Whether "on" after {@code head} and before the capitalised {@code next} joins them into one name: {@code head}
   * is a committee's head word and {@code next} no date.
   */
  static boolean joins(String head, String next) {
    return HEADS.contains(head.toLowerCase(java.util.Locale.ROOT)) && !DATES.contains(next.toLowerCase(java.util.Locale.ROOT));
  }
}
