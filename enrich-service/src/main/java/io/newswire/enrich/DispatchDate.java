package io.newswire.enrich;

import io.newswire.schema.Dateline;
import io.newswire.schema.ParsedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day a dispatch was written, which dates its office phrases: the agency's version time, else the dateline's date
 * when the dateline writes its year (`الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس`). A yearless dateline
 * (`SALVADOR, Feb 26 -`) takes its year from the time newswire received the copy, which for an archive replayed today
 * is this year, not the dispatch's: such a date is no evidence, and the day is unknown.
 */
public final class DispatchDate {
  private DispatchDate() {}

  /** The day, or null when the dispatch does not say. */
  public static LocalDate of(ParsedArticle a) {
    return of(a.getVersionCreated(), a.getDateline());
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
