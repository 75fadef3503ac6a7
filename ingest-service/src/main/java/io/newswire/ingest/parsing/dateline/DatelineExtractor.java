package io.newswire.ingest.parsing.dateline;

import io.newswire.schema.Dateline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a body, in the agency styles seen on our feeds:
 * <ul>
 *   <li>Saudi Press Agency, a line of its own: {@code تبوك 3 رجب 1437 هـ الموافق 10 ابريل 2016 م واس}
 *       (city, Hijri date, Gregorian date, agency);</li>
 *   <li>Mehr/IRNA: {@code طهران-مهر:-}, {@code تهران- ایرنا -};</li>
 *   <li>Arabic with the agency in brackets or slashes: {@code الدوحة (قنا) -}, {@code الدوحة /قنا/};</li>
 *   <li>English wire style: {@code WASHINGTON (AP) —}, {@code DOHA, Nov 28 (AFP) -},
 *       {@code SALVADOR, Feb 26 -}, {@code CARLE PLACE, N.Y., March 3 -};</li>
 *   <li>Persian agency prefix {@code خبرگزاری فارس:} (removed, agency only), and the report sentence
 *       {@code به گزارش خبرنگار ... خبرگزاری فارس از تبریز،} which names agency and city but is a
 *       sentence: it stays in the body, the dateline only points at it (or, after a cut prefix, keeps the
 *       prefix's text and takes the city).</li>
 * </ul>
 * Only the first 300 chars of a paragraph are examined, and the prefix patterns are anchored
 * ({@code lookingAt}), which bounds the regex work per dispatch.
 */
public final class DatelineExtractor {
  private static final int HEAD_CHARS = 300;
  private static final String DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
  private static final String NON_DIGIT = "[^0-9\u0660-\u0669\u06F0-\u06F9]";
  private static final String AR_WORDS = "[\\p{IsArabic}&&[\\p{L}\\p{M}]][\\p{IsArabic}\\p{M}\u200c ]{0,30}?";

  /** تبوك 3 رجب 1437 هـ الموافق 10 ابريل 2016 م واس (also ".واس", "هـ" / "ه", glued digits). */
  private static final Pattern SPA = Pattern.compile(
      "^(" + NON_DIGIT + "{2,40}?)\\s*(" + DIGIT + "{1,3}" + NON_DIGIT + "{2,25}?" + DIGIT + "{4}.{0,60}?)[\\s.]*(واس)(?![\\p{L}])\\s*[-–:]*\\s*");
  /** طهران-مهر:-  and  تهران- ایرنا - (the second needs a known agency). */
  private static final Pattern MEHR = Pattern.compile(
      "^(" + AR_WORDS + ")\\s*[-–]\\s*(" + AR_WORDS + ")\\s*(:\\s*-?|[-–])\\s*");
  /** الدوحة (قنا) -   الدوحة /قنا/ */
  private static final Pattern AR_BRACKETS = Pattern.compile(
      "^(" + AR_WORDS + ")\\s*(?:في\\s+(" + DIGIT + "{1,2}\\s*\\p{L}+(?:\\s+" + DIGIT + "{4})?)\\s*)?[(/]\\s*([\\p{L} .]{2,25}?)\\s*[)/]\\s*[-–—:]*\\s*");
  private static final String EN_MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String EN_WORD = "[A-Z][A-Za-z'.&-]*";
  private static final String EN_NEXT_WORD = "[A-Za-z][A-Za-z'.&-]*";
  /** A month name as typed in a hurry ("Marc 3", "Mach 4"): accepted as a date position, gives no date. */
  private static final String EN_MONTHISH = "[A-Z][A-Za-z]{2,8}\\.?";
  /** WASHINGTON (AP) —   DOHA, Nov 28 (AFP) -   CARLE PLACE, N.Y., March 3 -   AMSTERDAM, 2 March - */
  private static final Pattern ENGLISH = Pattern.compile(
      "^(" + EN_WORD + "(?: " + EN_NEXT_WORD + "){0,3})\\s?"
          + "(?:,\\s*([A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]{1,14})?)(?=\\s*[,(—–-]))?"
          + "(?:,\\s*(?:-\\s*)?"
          + "(" + EN_MONTH + "\\.?\\s+[0-9]{1,2}(?:,\\s*[0-9]{4})?|[0-9]{1,2}\\s+" + EN_MONTH + "(?:\\s+[0-9]{4})?"
          + "|" + EN_MONTHISH + "\\s+[0-9]{1,2}))?"
          + ",?\\s*(?:\\(([A-Za-z][A-Za-z .]{1,25})\\))?"
          + "\\s*[-—–]+\\s*");
  /** Month names and abbreviations of the European wires (fr, de, es, it, pt, nl, sv, no, da, pl). */
  private static final String EU_MONTH = "(?iu:jan(?:v|vier|uar|uari|eiro)?|ene(?:ro)?|gen(?:naio)?|f[ée]v(?:rier)?|feb(?:r|braio|rero|ruar|ruari|ruary)?|fev(?:ereiro)?"
      + "|m[äa]r(?:s|z|zo|ço|t)?|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|mai|maj|may(?:o)?|mag(?:gio)?|mei|juin|jun(?:i|io|e|ho)?|giu(?:gno)?"
      + "|juil(?:let)?|jul(?:i|io|y|ho)?|lug(?:lio)?|ao[uû]t|aug(?:ust|usti|ustus)?|ago(?:sto)?|sep(?:t|tembre|tember|tiembre|tembro)?|set(?:tembre|embro)?"
      + "|o[ck]t(?:obre|ober|ubre|ubro)?|ott(?:obre)?|out(?:ubro)?|nov(?:embre|ember|iembre|embro)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|dec(?:ember)?)";
  /**
   * European wire datelines: "Madrid, 5 oct (EFE).-", "ROMA, 5 OTT -", "Frankfurt/Main (dpa) -",
   * "DEN HAAG (ANP) -", "STOCKHOLM (TT) Regeringen…" (no dash after an all-caps city and an agency).
   */
  private static final Pattern EUROPEAN = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'.-]*(?:[ /-]\\p{L}[\\p{L}'.-]*){0,3})\\s*"
          + "(?:,\\s*([0-9]{1,2}\\.?\\s*" + EU_MONTH + "\\.?(?:\\s+[0-9]{4})?|" + EU_MONTH + "\\.?\\s+[0-9]{1,2}(?:,?\\s+[0-9]{4})?))?"
          + "\\s*(?:\\((\\p{L}[\\p{L} ./-]{1,25})\\))?\\s*\\.?\\s*([-–—]+|:)?\\s*");
  /** خبرگزاری فارس:   (Persian agency prefix, agency only) */
  private static final Pattern AGENCY_PREFIX = Pattern.compile(
      "^(خبرگزار[یي]\\s+([\\p{L}\u200c]{2,15}))\\s*:\\s*");
  /** Persian agencies as the report sentence names them (ی or Arabic ي). */
  private static final String PERSIAN_AGENCY = "فارس|مهر|ایرنا|ايرنا|تسنیم|تسنيم|ایسنا|ايسنا|ایلنا|ايلنا";
  /**
   * به گزارش [خبرنگار اقتصادی] [خبرگزاری] فارس [از تبریز]، : the agency right after "گزارش",
   * "خبرگزاری" or a "خبرنگار ..." phrase; the city after از/در, ending at a comma or before به/و.
   */
  private static final Pattern PERSIAN_REPORT = Pattern.compile(
      "(به\\s+گزارش(?:[^،,:.]{0,80}?\\s(?:خبرگزار[یي]|خبرگزاي|خبرنگار[^،,:.]{0,30}?))?\\s+(" + PERSIAN_AGENCY + ")(?![\\p{L}])"
          + "(?:\\s+(?:از|در)\\s+([\\p{L}\u200c]{2,20}(?:\\s[\\p{L}\u200c]{2,20})?)(?=\\s*[،,]|\\s+(?:به|و)\\s))?)");
  /** "شهرستان ساری" is the city ساری. */
  private static final Pattern COUNTY_PREFIX = Pattern.compile("^(?:شهرستان|شهر)\\s+");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s\\-–—:]+$");

  private DatelineExtractor() {}

  /**
   * The dateline of a body, or null.
   *
   * @param paragraphs display-form paragraphs, the first one the candidate
   * @param reference  receive time, to place yearless dates ("Feb 26"); may be null
   */
  public static DatelineMatch extract(List<String> paragraphs, Instant reference) {
    if (paragraphs.isEmpty()) {
      return null;
    }
    String head = head(paragraphs.get(0));
    DatelineMatch m = spa(head);
    if (m == null) {
      m = mehr(head);
    }
    if (m == null) {
      m = arabicBrackets(head);
    }
    if (m == null) {
      m = english(head, reference);
    }
    if (m == null) {
      m = european(head);
    }
    if (m == null) {
      m = agencyPrefix(head);
    }
    if (m == null || m.dateline().getCity() == null) {
      Dateline report = persianReport(paragraphs, m == null ? 0 : m.removeChars());
      if (report != null && m != null && report.getCity() != null) {
        // The report sentence names the city; the agency prefix before it is still cut, and stays the
        // dateline's text: the report sentence is in the body anyway, the prefix would be in no field.
        return new DatelineMatch(Dateline.newBuilder(report).setText(m.dateline().getText()).build(), m.removeChars());
      }
      if (report != null && m == null) {
        return new DatelineMatch(report, 0);
      }
    }
    return m;
  }

  private static String head(String p) {
    return p.length() > HEAD_CHARS ? p.substring(0, HEAD_CHARS) : p;
  }

  static DatelineMatch spa(String p) {
    Matcher m = SPA.matcher(p);
    if (!m.lookingAt()) {
      return null;
    }
    String city = m.group(1).trim();
    if (city.isEmpty() || !Character.isLetter(city.codePointAt(0))) {
      return null;
    }
    LocalDate date = DateResolver.best(DateResolver.findAll(m.group(2), null));
    if (date == null) {
      return null; // digits without a date: not a dateline
    }
    String text = p.substring(0, m.end(3));
    return new DatelineMatch(build(text, city, Agencies.SPA, date), m.end());
  }

  static DatelineMatch mehr(String p) {
    Matcher m = MEHR.matcher(p);
    if (!m.lookingAt()) {
      return null;
    }
    String agency = m.group(2).trim();
    // "City-Agency:-" is distinctive enough for an unknown agency; a bare "-" or ":" needs a known one.
    boolean mehrSeparator = m.group(3).startsWith(":") && m.group(3).contains("-");
    if (!mehrSeparator && !Agencies.isKnown(agency) || agency.chars().filter(ch -> ch == ' ').count() > 2) {
      return null;
    }
    String text = p.substring(0, m.end(2)).trim();
    return new DatelineMatch(build(text, m.group(1).trim(), Agencies.canonical(agency), null), m.end());
  }

  static DatelineMatch arabicBrackets(String p) {
    Matcher m = AR_BRACKETS.matcher(p);
    if (!m.lookingAt() || !Agencies.isKnown(m.group(3))) {
      return null;
    }
    LocalDate date = m.group(2) == null ? null : DateResolver.best(DateResolver.findAll(m.group(2), null));
    String text = stripSeparator(p.substring(0, m.end()));
    return new DatelineMatch(build(text, m.group(1).trim(), Agencies.canonical(m.group(3)), date), m.end());
  }

  static DatelineMatch english(String p, Instant reference) {
    Matcher m = ENGLISH.matcher(p);
    if (!m.lookingAt()) {
      return null;
    }
    String city = m.group(1);
    String dateText = m.group(3);
    String agency = m.group(4);
    boolean allCaps = city.length() >= 3 && city.equals(city.toUpperCase(java.util.Locale.ROOT));
    if (dateText == null && agency == null && !allCaps) {
      return null;
    }
    if (agency != null && !Agencies.isKnown(agency) && dateText == null && !allCaps) {
      return null;
    }
    LocalDate date = dateText == null ? null : DateResolver.best(DateResolver.findAll(dateText, reference));
    if (dateText != null && !allCaps && agency == null && !DateResolver.hasMonthName(dateText)) {
      return null; // "England beat Fiji 26 - 16": a misspelt month is only trusted after an all-caps city
    }
    String text = stripSeparator(p.substring(0, m.end()));
    return new DatelineMatch(build(text, city, agency == null ? null : Agencies.canonical(agency), date), m.end());
  }

  static DatelineMatch european(String p) {
    Matcher m = EUROPEAN.matcher(p);
    if (!m.lookingAt() || m.end() >= p.length()) {
      return null;
    }
    String city = m.group(1).replaceAll("[.]$", "");
    String date = m.group(2);
    String agency = m.group(3);
    boolean dash = m.group(4) != null;
    boolean allCaps = city.length() >= 2 && city.equals(city.toUpperCase(java.util.Locale.ROOT));
    if (dash ? date == null && agency == null : !(agency != null && allCaps && Character.isUpperCase(p.charAt(m.end())))) {
      return null;
    }
    String text = stripSeparator(p.substring(0, m.end()));
    return new DatelineMatch(build(text, city, agency == null ? null : Agencies.canonical(agency), null), m.end());
  }

  static DatelineMatch agencyPrefix(String p) {
    Matcher m = AGENCY_PREFIX.matcher(p);
    if (!m.lookingAt() || !Agencies.isKnown(m.group(2))) {
      return null;
    }
    return new DatelineMatch(build(m.group(1), null, Agencies.canonical(m.group(2)), null), m.end());
  }

  /** "به گزارش ... خبرگزاری فارس از تبریز،" in the first three paragraphs (after a cut prefix). */
  static Dateline persianReport(List<String> paragraphs, int cutFromFirst) {
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      String p = paragraphs.get(i);
      if (i == 0 && cutFromFirst > 0) {
        p = p.substring(Math.min(cutFromFirst, p.length()));
      }
      int at = p.indexOf("به گزارش");
      if (at < 0) {
        at = p.indexOf("به  گزارش");
      }
      if (at < 0) {
        continue;
      }
      Matcher m = PERSIAN_REPORT.matcher(p);
      m.region(at, Math.min(p.length(), at + HEAD_CHARS));
      if (m.lookingAt()) {
        String city = m.group(3) == null ? null : COUNTY_PREFIX.matcher(m.group(3)).replaceFirst("");
        return build(m.group(1), city, Agencies.canonical(m.group(2)), null);
      }
    }
    return null;
  }

  private static String stripSeparator(String s) {
    return TRAILING_SEPARATOR.matcher(s).replaceAll("");
  }

  private static Dateline build(String text, String city, String agency, LocalDate date) {
    return Dateline.newBuilder()
        .setText(text.trim())
        .setCity(city == null || city.isBlank() ? null : city.trim())
        .setAgency(agency)
        .setDate(date == null ? null : date.toString())
        .build();
  }
}
