package io.newswire.ingest.parsing.dateline;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates written out in dateline text ("25 شوال 1436 هـ", "10 اغسطس 2015 م", "۱۲ مهر ۱۴۰۳",
 * "March 3, 1987", "Feb 26") and converts them to Gregorian {@link LocalDate}s. Hijri dates use the
 * Umm al-Qura calendar (the Saudi civil calendar, ICU {@code ISLAMIC_UMALQURA}); Persian solar dates
 * use ICU's {@code PersianCalendar}. Arabic-Indic and Persian digits are accepted.
 */
public final class DateResolver {
  /** Which calendar a month name belongs to. */
  public enum Cal { GREGORIAN, HIJRI, PERSIAN }

  /** A date found in text; start/end are char offsets into the text searched. */
  public record FoundDate(LocalDate date, Cal calendar, int start, int end) {}

  private record Month(Cal cal, int number) {}

  private static final Map<String, Month> MONTHS = new HashMap<>();

  static {
    months(Cal.HIJRI, new String[][] {
        {"محرم"}, {"صفر"}, {"ربيع الأول", "ربيع الاول"}, {"ربيع الآخر", "ربيع الثاني", "ربيع الاخر"},
        {"جمادى الأولى", "جمادى الاولى", "جمادى الأول"}, {"جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة"},
        {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"}});
    months(Cal.GREGORIAN, new String[][] {
        {"يناير", "كانون الثاني", "ژانویه"}, {"فبراير", "شباط", "فوریه"}, {"مارس", "آذار"},
        {"أبريل", "ابريل", "إبريل", "نيسان", "آوریل"}, {"مايو", "أيار", "مه"}, {"يونيو", "يونيه", "حزيران", "ژوئن"},
        {"يوليو", "يوليه", "تموز", "ژوئیه"}, {"أغسطس", "اغسطس", "آب", "اوت"}, {"سبتمبر", "أيلول", "سپتامبر"},
        {"أكتوبر", "اكتوبر", "تشرين الأول", "اکتبر"}, {"نوفمبر", "تشرين الثاني", "نوامبر"},
        {"ديسمبر", "كانون الأول", "دسامبر"}});
    months(Cal.PERSIAN, new String[][] {
        {"فروردین"}, {"اردیبهشت"}, {"خرداد"}, {"تیر"}, {"مرداد"}, {"شهریور"}, {"مهر"}, {"آبان"},
        {"آذر"}, {"دی"}, {"بهمن"}, {"اسفند"}});
    months(Cal.GREGORIAN, new String[][] {
        {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
        {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
        {"october", "oct"}, {"november", "nov"}, {"december", "dec"}});
  }

  private static final String MONTH_ALTERNATION = MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .map(Pattern::quote)
      .collect(Collectors.joining("|"));
  private static final Pattern MONTH_NAME = Pattern.compile("(?<![\\p{L}])(?:" + MONTH_ALTERNATION + ")(?![\\p{L}])");
  /** day month year, on folded text: "25 شوال 1436", "10 اغسطس 2015", "2 March 1987". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![0-9])(0?[0-9]{1,2})\\s*(?:من\\s+)?(" + MONTH_ALTERNATION + ")\\.?\\s*(?:ماه\\s*)?[،,]?\\s*([0-9]{4})(?![0-9])");
  /** month day[, year], English order: "March 3, 1987", "Feb 26". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}])(" + MONTH_ALTERNATION + ")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])(?:,?\\s+([0-9]{4})(?![0-9]))?");

  /*
   * One ICU calendar of each kind per thread, cleared before each date (icuDate), instead of a new one per
   * date: building an ICU calendar looks up its locale's week data and copies its time zone, which cost
   * more than the conversion itself, and an SPA dateline converts its Hijri date every time even though
   * the Gregorian one is preferred. A calendar is mutable, so it is never shared between threads.
   */
  private static final ThreadLocal<Calendar> HIJRI_CALENDAR = ThreadLocal.withInitial(() -> {
    IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return c;
  });
  private static final ThreadLocal<Calendar> PERSIAN_CALENDAR =
      ThreadLocal.withInitial(() -> new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT));

  private DateResolver() {}

  /**
   * Dates written with a year, in order of appearance. Yearless English dates ("Feb 26") are found
   * too when {@code reference} is given: the year is the one that puts the date nearest before (at
   * most 30 days after) the reference time.
   */
  public static List<FoundDate> findAll(String text, Instant reference) {
    String folded = fold(text);
    List<FoundDate> found = new ArrayList<>();
    Matcher m = DAY_MONTH_YEAR.matcher(folded);
    while (m.find()) {
      Month month = MONTHS.get(m.group(2));
      LocalDate d = toGregorian(month.cal(), Integer.parseInt(m.group(3)), month.number(), Integer.parseInt(m.group(1)));
      if (d != null) {
        found.add(new FoundDate(d, month.cal(), m.start(), m.end()));
      }
    }
    m = MONTH_DAY_YEAR.matcher(folded);
    while (m.find()) {
      Month month = MONTHS.get(m.group(1));
      if (month.cal() != Cal.GREGORIAN || overlaps(found, m.start(), m.end())) {
        continue;
      }
      int day = Integer.parseInt(m.group(2));
      LocalDate d = m.group(3) != null
          ? toGregorian(Cal.GREGORIAN, Integer.parseInt(m.group(3)), month.number(), day)
          : inferYear(month.number(), day, reference);
      if (d != null) {
        found.add(new FoundDate(d, Cal.GREGORIAN, m.start(), m.end()));
      }
    }
    found.sort(Comparator.comparingInt(FoundDate::start));
    return found;
  }

  /** True when the text names a month of any calendar we know. */
  public static boolean hasMonthName(String text) {
    return MONTH_NAME.matcher(fold(text)).find();
  }

  /** The date a dateline means: the Gregorian one when it gives both (SPA does), else the first. */
  public static LocalDate best(List<FoundDate> dates) {
    for (FoundDate d : dates) {
      if (d.calendar() == Cal.GREGORIAN) {
        return d.date();
      }
    }
    return dates.isEmpty() ? null : dates.get(0).date();
  }

  private static boolean overlaps(List<FoundDate> found, int start, int end) {
    for (FoundDate f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  static LocalDate inferYear(int month, int day, Instant reference) {
    if (reference == null || reference.toEpochMilli() <= 0) {
      return null; // no receive time: a yearless date cannot be placed
    }
    LocalDate ref = reference.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate d = toGregorian(Cal.GREGORIAN, ref.getYear(), month, day);
    if (d != null && d.isAfter(ref.plusDays(30))) {
      d = toGregorian(Cal.GREGORIAN, ref.getYear() - 1, month, day);
    }
    return d;
  }

  /** Converts a date of the given calendar to Gregorian; null when it does not exist. */
  public static LocalDate toGregorian(Cal cal, int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      switch (cal) {
        case GREGORIAN:
          return year < 1000 || year > 2999 ? null : LocalDate.of(year, month, day);
        case HIJRI: {
          if (year < 1300 || year > 1600) {
            return null;
          }
          return icuDate(HIJRI_CALENDAR.get(), year, month, day);
        }
        case PERSIAN: {
          if (year < 1200 || year > 1600) {
            return null;
          }
          return icuDate(PERSIAN_CALENDAR.get(), year, month, day);
        }
        default:
          return null;
      }
    } catch (RuntimeException e) { // DateTimeException, or ICU's IllegalArgumentException when not lenient
      return null;
    }
  }

  /** {@code c} is reused: clear() drops every field the previous date set (a failed one's too). */
  private static LocalDate icuDate(Calendar c, int year, int month, int day) {
    c.clear();
    c.setLenient(false);
    c.set(Calendar.EXTENDED_YEAR, year);
    c.set(Calendar.MONTH, month - 1);
    c.set(Calendar.DAY_OF_MONTH, day);
    c.set(Calendar.HOUR_OF_DAY, 12);
    return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static void months(Cal cal, String[][] names) {
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        MONTHS.put(fold(n), new Month(cal, i + 1));
      }
    }
  }

  /**
   * Char-for-char folding (so offsets stay valid): ASCII digits, one alef, Persian ی/ک, ة→ه,
   * lower case.
   */
  static String fold(String s) {
    String digits = Digits.toAscii(s);
    StringBuilder out = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
        case 'ي', 'ى' -> out.append('ی');
        case 'ك' -> out.append('ک');
        case 'ة' -> out.append('ه');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
