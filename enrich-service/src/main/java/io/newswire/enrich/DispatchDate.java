package io.newswire.enrich;

import io.newswire.schema.Dateline;
import io.newswire.schema.ParsedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The day a dispatch was written, which dates its office phrases: the agency's version time, else the dateline's date
 * when the dateline writes its year (`الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس`). A yearless dateline
 * (`SALVADOR, Feb 26 -`) takes its year from the time newswire received the copy, which for an archive replayed today
 * is this year, not the dispatch's: such a date is no evidence, and the day is unknown, unless {@link Undated#RECEIVED}
 * says that copy which does not date itself was written the day it arrived, as on a live feed.
 */
public final class DispatchDate {
  private DispatchDate() {}

  /**
   * The day of copy that does not date itself ({@code NEWSWIRE_UNDATED_DAY}, {@code enrich --undated-day}). On a live
   * feed a dispatch arrives within hours of being written, so its receive day dates "the foreign minister"; a backfill
   * or archive replay receives 1987 copy today, where the receive day would name today's holder.
   */
  public enum Undated {
    /** No day: an office phrase in undated copy names no one. */
    NONE,
    /** The day newswire received the copy ({@code source.receivedAt}, UTC). */
    RECEIVED;

    public static final String ENV = "NEWSWIRE_UNDATED_DAY";

    /** {@code received} or {@code none} (any case); anything else is a configuration error naming {@code source}. */
    public static Undated parse(String value, String source) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "received" -> RECEIVED;
        case "none" -> NONE;
        default -> throw new IllegalArgumentException(source + " must be 'received' or 'none', not '" + value + "'");
      };
    }

    /** The variable's value, else {@code otherwise} (the command's own default). */
    public static Undated fromEnv(Map<String, String> env, Undated otherwise) {
      String v = env.get(ENV);
      return v == null || v.isBlank() ? otherwise : parse(v, ENV);
    }
  }

  /** The day, or null when the dispatch does not say. */
  public static LocalDate of(ParsedArticle a) {
    return of(a, Undated.NONE);
  }

  /** The day, with {@code undated} deciding for copy that does not date itself. */
  public static LocalDate of(ParsedArticle a, Undated undated) {
    Instant received = a.getSource() == null ? null : a.getSource().getReceivedAt();
    return of(a.getVersionCreated(), a.getDateline(), undated == Undated.RECEIVED ? received : null);
  }

  static LocalDate of(Instant versionCreated, Dateline dateline, Instant receivedIfUndated) {
    LocalDate day = of(versionCreated, dateline);
    if (day == null && receivedIfUndated != null) {
      return receivedIfUndated.atZone(ZoneOffset.UTC).toLocalDate();
    }
    return day;
  }

  static LocalDate of(Instant versionCreated, Dateline dateline) {
    if (versionCreated != null) {
      return versionCreated.atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (dateline == null || dateline.getDate() == null || !writesYear(dateline.getText())) {
      return null;
    }
    return LocalDate.parse(dateline.getDate());
  }

  /** Four digits in a row (of any script): a year, Gregorian, Hijri or Persian solar. */
  static boolean writesYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }
}
