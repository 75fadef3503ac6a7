package io.newswire.ingest.parsing.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static LocalDate best(String text) {
    return DateResolver.best(DateResolver.findAll(text, Instant.parse("2024-10-05T12:00:00Z")));
  }

  @Test
  void hijriUmmAlQura() {
    assertEquals(LocalDate.of(2015, 8, 10), best("25 شوال 1436 هـ"));
    assertEquals(LocalDate.of(2024, 3, 11), best("1 رمضان 1445هـ"));
    assertEquals(LocalDate.of(2024, 10, 8), best("5 ربيع الآخر 1446 هـ"));
  }

  @Test
  void gregorianPreferredWhenBothAreGiven() {
    assertEquals(LocalDate.of(2016, 4, 10), best("تبوك 3 رجب 1437 هـ الموافق 10 ابريل 2016 م واس"));
  }

  @Test
  void persianSolar() {
    assertEquals(LocalDate.of(2024, 3, 20), best("1 فروردین 1403"));
    assertEquals(LocalDate.of(2024, 10, 3), best("۱۲ مهر ۱۴۰۳"));
    assertEquals(LocalDate.of(2024, 10, 3), best("١٢ مهر ١٤٠٣"), "Arabic-Indic digits");
  }

  @Test
  void arabicAndLevantineMonths() {
    assertEquals(LocalDate.of(2024, 10, 5), best("٥ أكتوبر ٢٠٢٤"));
    assertEquals(LocalDate.of(2024, 10, 5), best("5 تشرين الأول 2024"));
  }

  @Test
  void englishWithAndWithoutYear() {
    assertEquals(LocalDate.of(1987, 3, 3), best("March 3, 1987"));
    assertEquals(LocalDate.of(2024, 9, 28), best("Sept 28"));
    assertEquals(LocalDate.of(2023, 12, 24), best("Dec 24"), "a date far after the receive time is last year's");
    assertNull(DateResolver.best(DateResolver.findAll("Feb 26", null)), "no receive time, no year");
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertNull(best("31 فبراير 2024"));
    assertNull(best("32 شوال 1436"));
  }
}
