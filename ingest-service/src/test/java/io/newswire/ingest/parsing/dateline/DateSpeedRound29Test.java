package io.newswire.ingest.parsing.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.newswire.ingest.parsing.dateline.DateResolver.Cal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The per-thread ICU calendars give exactly what a fresh calendar per date gave, after failed dates too. */
class DateSpeedRound29Test {
  /** The conversion as it was before the round: a new calendar for each date. */
  private static LocalDate fresh(Cal cal, int year, int month, int day) {
    Calendar c;
    if (cal == Cal.HIJRI) {
      IslamicCalendar h = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
      h.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
      c = h;
    } else {
      c = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    }
    try {
      c.setLenient(false);
      c.set(Calendar.EXTENDED_YEAR, year);
      c.set(Calendar.MONTH, month - 1);
      c.set(Calendar.DAY_OF_MONTH, day);
      c.set(Calendar.HOUR_OF_DAY, 12);
      return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Every day 1–31 of every month of a few years, in order: valid dates follow failed ones (day 30, 31). */
  private static int compareRange(Cal cal, int fromYear, int toYear) {
    int failed = 0;
    for (int y = fromYear; y <= toYear; y++) {
      for (int m = 1; m <= 12; m++) {
        for (int d = 1; d <= 31; d++) {
          LocalDate expected = fresh(cal, y, m, d);
          assertEquals(expected, DateResolver.toGregorian(cal, y, m, d), cal + " " + y + "-" + m + "-" + d);
          failed += expected == null ? 1 : 0;
        }
      }
    }
    return failed;
  }

  @Test
  void hijriDatesMatchAFreshCalendarEvenAfterInvalidOnes() {
    int failed = compareRange(Cal.HIJRI, 1440, 1450);
    // months of 29 and 30 days: day 31 always fails, day 30 in the short months
    assertEquals(true, failed > 11 * 12, "invalid days were exercised: " + failed);
  }

  @Test
  void persianDatesMatchAFreshCalendarEvenAfterInvalidOnes() {
    int failed = compareRange(Cal.PERSIAN, 1400, 1405);
    assertEquals(true, failed >= 6 * 6, "invalid days were exercised: " + failed);
  }

  @Test
  void aFailedDateLeavesNothingBehind() {
    assertNull(DateResolver.toGregorian(Cal.HIJRI, 1445, 10, 30)); // Shawwal 1445 had 29 days (Umm al-Qura)
    assertEquals(LocalDate.of(2024, 4, 10), DateResolver.toGregorian(Cal.HIJRI, 1445, 10, 1));
    assertNull(DateResolver.toGregorian(Cal.PERSIAN, 1403, 12, 31));
    assertEquals(LocalDate.of(2024, 10, 3), DateResolver.toGregorian(Cal.PERSIAN, 1403, 7, 12));
  }

  @Test
  void threadsDoNotShareACalendar() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Cal cal = t % 2 == 0 ? Cal.HIJRI : Cal.PERSIAN;
        int from = cal == Cal.HIJRI ? 1430 + t : 1390 + t;
        Callable<Integer> run = () -> compareRange(cal, from, from + 4);
        runs.add(pool.submit(run));
      }
      for (Future<Integer> r : runs) {
        r.get(); // an assertion failure in a thread surfaces here
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
