package io.newswire.ingest.parsing.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/** Timestamps as formats write them: ISO 8601 (ninjs, NewsML-G2) and NITF's basic form 20150810T120000+0300. */
final class Timestamps {
  private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder()
      .appendPattern("uuuuMMdd['T'HHmm[ss]]")
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();

  /** "2018-01-03 20:13:08 GMT+0", "2018-01-03 20:13:08": a space instead of the T. */
  private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm[:ss]")
      .optionalStart().appendLiteral(' ').appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()
      .toFormatter(java.util.Locale.ROOT);

  private Timestamps() {}

  /** UTC instant, or null when absent or unreadable (a bad date never rejects a dispatch). Local times are taken as UTC. */
  static Instant parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.trim();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      // RSS pubDate and e-mail Date: "Tue, 10 Jun 2003 04:00:00 GMT", "+0200"
      return java.time.ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      var spaced = SPACED.parseBest(t.replaceFirst("GMT[+-]0+$", "GMT"), java.time.ZonedDateTime::from, LocalDateTime::from);
      return spaced instanceof java.time.ZonedDateTime z ? z.toInstant() : ((LocalDateTime) spaced).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | ClassCastException ignored) {
      // try the next form
    }
    try {
      var parsed = BASIC.parseBest(t, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime odt) {
        return odt.toInstant();
      }
      if (parsed instanceof LocalDateTime ldt) {
        return ldt.toInstant(ZoneOffset.UTC);
      }
      return ((LocalDate) parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | ClassCastException e) {
      return null;
    }
  }

  /** Story date (yyyy-MM-dd) of a timestamp, or null. */
  static String isoDate(String s) {
    Instant i = parse(s);
    return i == null ? null : i.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
