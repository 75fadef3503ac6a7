package io.newswire.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Dateline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The day a dispatch was written (round 48): version time, else a dateline that writes its year. */
class DispatchDateTest {
  private static Dateline dateline(String text, String date) {
    return Dateline.newBuilder().setText(text).setCity(null).setCityId(null).setAgency(null).setDate(date).build();
  }

  @Test
  void theVersionTimeComesFirst() {
    assertEquals(LocalDate.of(2024, 2, 3),
        DispatchDate.of(Instant.parse("2024-02-03T23:10:00Z"), dateline("جدة 10 شوال 1436 هـ الموافق 26 يوليو 2015 م واس", "2015-07-26")));
  }

  @Test
  void aDatelineThatWritesItsYearGivesTheDay() {
    assertEquals(LocalDate.of(2015, 7, 26), DispatchDate.of(null, dateline("جدة 10 شوال 1436 هـ الموافق 26 يوليو 2015 م واس", "2015-07-26")));
    assertEquals(LocalDate.of(2015, 7, 26), DispatchDate.of(null, dateline("جدة ١٠ شوال ١٤٣٦ هـ واس", "2015-07-26")));
  }

  @Test
  void aYearlessDatelineOrNoneGivesNoDay() {
    // the parser placed "Feb 26" in the year the copy was received: no evidence of when it was written
    assertNull(DispatchDate.of(null, dateline("LIMA, Feb 26", "2026-02-26")));
    assertNull(DispatchDate.of(null, dateline("طهران - مهر", null)));
    assertNull(DispatchDate.of((Instant) null, null));
  }

  @Test
  void undatedCopyTakesItsReceiveDayOnlyWhenAskedTo() {
    Instant received = Instant.parse("2025-06-01T23:30:00Z");
    assertEquals(LocalDate.of(2025, 6, 1), DispatchDate.of(null, dateline("LIMA, Feb 26", "2025-02-26"), received));
    assertEquals(LocalDate.of(2025, 6, 1), DispatchDate.of(null, null, received));
    // a dispatch that dates itself keeps its own day: the receive day only fills a gap
    assertEquals(LocalDate.of(2015, 7, 26),
        DispatchDate.of(null, dateline("جدة 10 شوال 1436 هـ الموافق 26 يوليو 2015 م واس", "2015-07-26"), received));
    assertNull(DispatchDate.of(null, null, null));
  }

  @Test
  void theSwitchReadsReceivedOrNoneAndRefusesAnythingElse() {
    assertEquals(DispatchDate.Undated.RECEIVED, DispatchDate.Undated.fromEnv(Map.of(), DispatchDate.Undated.RECEIVED));
    assertEquals(DispatchDate.Undated.NONE, DispatchDate.Undated.fromEnv(Map.of("NEWSWIRE_UNDATED_DAY", "none"),
        DispatchDate.Undated.RECEIVED));
    assertEquals(DispatchDate.Undated.RECEIVED, DispatchDate.Undated.parse(" Received ", "--undated-day"));
    // the error names where the bad value came from: the option or the variable
    assertEquals("--undated-day must be 'received' or 'none', not 'today'",
        assertThrows(IllegalArgumentException.class, () -> DispatchDate.Undated.parse("today", "--undated-day")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> DispatchDate.Undated.fromEnv(Map.of("NEWSWIRE_UNDATED_DAY", "today"), DispatchDate.Undated.NONE))
        .getMessage().startsWith("NEWSWIRE_UNDATED_DAY must be"));
  }
}
