package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.ingest.parsing.plain.PlainTextParser;
import io.newswire.normalization.DisplayNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two control-character framings of classic wire services: a header after SOH (0x01), the text
 * between STX (0x02) and ETX (0x03), EOT (0x04) after. The text itself is read like plain text
 * ({@link PlainTextParser}); only the header and slug lines differ:
 * <ul>
 *   <li><b>IPTC 7901</b>: header {@code <source><number> <priority 1-6> <category 3 letters>
 *       <word count> [keyword...]}, e.g. {@code AFP0123 4 POL 0345 Iran-Qatar}. Priority is the
 *       urgency, the category a subject, the source a known agency code; a first text line that is a
 *       single hyphenated token is the keyword (slug) line.</li>
 *   <li><b>ANPA-1312</b>: header {@code <selector+number> <priority letter> <category letter>
 *       <keyword> [mm-dd] [word count]}, e.g. {@code a0123 u i BC-Iran-Qatar 08-10 0456}. Priority
 *       letters map to urgency f=1 (flash), b=2 (bulletin), u=3 (urgent), r=5 (regular),
 *       d=6 (deferred), a=8 (advisory). A text line repeating the keyword is dropped, and so is the
 *       sign-off line {@code AP-NY-08-10-15 1423GMT}.</li>
 * </ul>
 * In both, "1st Ld-Writethru" in the header or slug makes the story version 2 (n-th lead: n+1), and
 * a slug naming a kill ("BC-Iran-Kill") sets pubStatus 'canceled'.
 * Which of the two it is comes from the content type when given, else from the header's shape
 * ({@link #isIptc7901Header}). Charset is not forced by the framing.
 */
public final class WireFramingParser implements FormatParser {
  static final char SOH = '\u0001';
  static final char STX = '\u0002';
  static final char ETX = '\u0003';
  static final char EOT = '\u0004';

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n]");
  private static final Pattern SLUG_SUFFIX = Pattern.compile("[,<][0-9]*<?$");
  private static final Pattern IPTC_PRIORITY = Pattern.compile("[1-6]");
  private static final Pattern IPTC_CATEGORY = Pattern.compile("[A-Za-z]{2,3}");
  private static final Pattern WORD_COUNT = Pattern.compile("[0-9]{2,5}");
  private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{2}-[0-9]{2}");
  private static final Pattern SIGN_OFF = Pattern.compile("^[A-Z]{2,4}-[A-Z]{2,4}-[0-9]{2}-[0-9]{2}-[0-9]{2,4}\\s+[0-9]{4}\\s*[A-Z]{0,4}\\s*<?$");
  /** "BC-Iran-Qatar,0456", "BC-LT--Argentina-Cancer Beauty,466", "Bahn/Streik/": keyword (slug) lines. */
  private static final Pattern SLUG_LINE = Pattern.compile(
      "^(?:[\\p{L}\\p{N}]+(?:--?[\\p{L}\\p{N}]+)+(?: [\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,3},[0-9]{1,5}|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+,?[0-9]*"
          + "|[\\p{L}\\p{N}]+(?:/[\\p{L}\\p{N}-]+)+/|(?:BC|AM|PM|AP|[a-z]{1,2})-[\\p{L}\\p{N}-]+(?:[ ,]+[\\p{L}\\p{N}'-]+){0,8})$");
  /** Telex start and end of message, still sent in IPTC 7901 streams. */
  private static final java.util.Set<String> TELEX_MARKERS = java.util.Set.of("ZCZC", "NNNN");
  private static final Pattern BYLINE = Pattern.compile("^\\s*\\^[^<]*=\\s*$");
  /** ANPA markers: '^' opens a headline/byline line, '<' and '=' end one (quad left/center). */
  private static final Pattern LEADING_MARKER = Pattern.compile("^[\\s^]*\\^\\s*");
  private static final Pattern TRAILING_MARKER = Pattern.compile("\\s*(?:<|(?<=\\S) ?=)+\\s*$");
  /** Wire control characters inside the text: separators end a line, the others are dropped. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\u001C-\\u001F]");
  private static final Pattern OTHER_CONTROLS = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000E-\\u001B\\u007F]");
  /** Trailers: dpa "dpa ab xy", AFP "pa/abc/xyz", a date-time stamp "051012 Okt 24", "1423GMT". */
  private static final Pattern TRAILER = Pattern.compile(
      "^(?:(?:dpa|apa|sda|afp|ap|ntb|stt|tt|rb|rtr|ansa|efe|anp)(?:\\s+[a-z0-9]{1,4}){1,6}|[a-z]{2,4}(?:/[a-z]{2,4})+|[0-9]{6}\\s+\\p{L}{3}\\s+[0-9]{2,4}"
          + "|(?:[A-Z]{2,5}\\s+)?[0-9]{4}\\s*(?:GMT|UTC|MEZ|MESZ|CET|CEST|ET|EST|EDT)(?:\\s+\\p{L}{3}\\s+[0-9]{2,4})?)$");
  private static final Pattern SOURCE_CODE = Pattern.compile("^([A-Za-z]{2,5})[0-9]*$");

  /** "1st Ld-Writethru", "2nd Ld": the n-th lead replaces the story, so it is version n+1. */
  private static final Pattern WRITETHRU = Pattern.compile("(?i)\\b([0-9]{1,2})(?:st|nd|rd|th)\\s+Ld\\b");
  /** "BC-Iran-Kill", "KILL": the agency withdraws the story. */
  private static final Pattern KILL = Pattern.compile("(?i)(?:^|[\\s-])(?:kill|elimination|withdrawal)(?:$|[\\s-])");

  private final PlainTextParser plain = new PlainTextParser();
  private final WireFormat forced;

  /** @param forced the framing named by the content type, or null to tell by the header */
  public WireFramingParser(WireFormat forced) {
    this.forced = forced;
  }

  /** True when a text is SOH-framed: SOH among its first chars. */
  public static boolean isFramed(String text) {
    int limit = Math.min(text.length(), 64);
    for (int i = 0; i < limit; i++) {
      if (text.charAt(i) == SOH) {
        return true;
      }
    }
    return false;
  }

  @Override
  public DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException {
    int soh = text.indexOf(SOH);
    int stx = text.indexOf(STX, Math.max(soh, 0));
    if (stx < 0) {
      throw RejectReason.parse(RejectReason.MALFORMED_FRAMING, "framed dispatch without STX: no text");
    }
    int end = text.length();
    for (char terminator : new char[] {ETX, EOT}) {
      int at = text.indexOf(terminator, stx);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String header = DisplayNormalizer.normalize(text.substring(soh < 0 ? 0 : soh + 1, stx));
    String body = text.substring(stx + 1, end);
    List<String> tokens = header.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(SPACES.split(header)));
    while (!tokens.isEmpty() && TELEX_MARKERS.contains(tokens.get(0))) {
      tokens.remove(0); // "ZCZC" opens a telex message before the 7901 header
    }
    boolean iptc = forced != null ? forced == WireFormat.IPTC7901 : isIptc7901Header(tokens);
    DispatchContent c = new DispatchContent();
    String slug;
    if (iptc) {
      c.format = WireFormat.IPTC7901;
      slug = readIptcHeader(tokens, c);
    } else {
      c.format = WireFormat.ANPA1312;
      slug = readAnpaHeader(tokens, c);
    }
    body = OTHER_CONTROLS.matcher(SEPARATORS.matcher(body).replaceAll("\n")).replaceAll("");
    List<String> lines = new ArrayList<>();
    boolean markedLineSeen = false;
    for (String line : LINE_BREAK.split(body, -1)) {
      // AP marks bylines "^By JOHN DOE=" / "^Associated Press Writer=": after the first marked line
      // (keyword or headline) they are no body text.
      boolean byline = BYLINE.matcher(line).matches();
      if (byline && markedLineSeen) {
        continue;
      }
      markedLineSeen |= line.stripLeading().startsWith("^");
      if (TELEX_MARKERS.contains(line.strip())) {
        continue;
      }
      lines.add(unmark(line));
    }
    // Keyword lines and status lines come in either order ("(Achtung)" / "Bahn/Streik/" / headline).
    for (int round = 0; round < 2; round++) {
      dropSlugAndSignOff(lines, c, slug);
      StatusWords.take(lines, c);
    }
    readSlugMeaning(header, c);
    return plain.parseInto(c, String.join("\n", lines), receivedAt);
  }

  /** IPTC 7901 when the header reads "source+number, digit 1-6, 2-3 letter category". */
  static boolean isIptc7901Header(List<String> tokens) {
    return tokens.size() >= 3 && IPTC_PRIORITY.matcher(tokens.get(1)).matches()
        && IPTC_CATEGORY.matcher(tokens.get(2)).matches();
  }

  private static String readIptcHeader(List<String> t, DispatchContent c) {
    if (t.isEmpty()) {
      return null;
    }
    var source = SOURCE_CODE.matcher(t.get(0));
    if (source.matches() && Agencies.isKnown(source.group(1))) {
      c.agency = Agencies.canonical(source.group(1));
    }
    if (t.size() > 1) {
      c.urgency = Texts.urgency(t.get(1));
    }
    if (t.size() > 2) {
      c.subjects.add(t.get(2));
    }
    int i = 3;
    if (i < t.size() && WORD_COUNT.matcher(t.get(i)).matches()) {
      i++;
    }
    List<String> keyword = new ArrayList<>();
    for (; i < t.size() && !t.get(i).startsWith("/"); i++) {
      keyword.add(t.get(i));
    }
    return setSlug(c, keyword);
  }

  private static String readAnpaHeader(List<String> t, DispatchContent c) {
    if (t.size() > 1) {
      c.urgency = anpaUrgency(t.get(1));
    }
    if (t.size() > 2) {
      c.subjects.add(t.get(2));
    }
    List<String> keyword = new ArrayList<>();
    for (int i = 3; i < t.size(); i++) {
      String tok = t.get(i);
      if (MONTH_DAY.matcher(tok).matches() || WORD_COUNT.matcher(tok).matches()) {
        break;
      }
      keyword.add(tok);
    }
    return setSlug(c, keyword);
  }

  private static String setSlug(DispatchContent c, List<String> keyword) {
    String slug = keyword.isEmpty() ? null : String.join(" ", keyword);
    c.slugline = slug == null ? null : SLUG_SUFFIX.matcher(slug).replaceAll("");
    return slug;
  }

  /** Writethru number and kill notices, from the header or slug. */
  private static void readSlugMeaning(String header, DispatchContent c) {
    String where = c.slugline == null ? header : header + " " + c.slugline;
    var m = WRITETHRU.matcher(where);
    if (m.find()) {
      c.version = Integer.parseInt(m.group(1)) + 1;
    }
    if (c.slugline != null && KILL.matcher(c.slugline).find()) {
      c.pubStatus = "canceled";
    }
  }

  static Integer anpaUrgency(String priority) {
    switch (priority.toLowerCase(java.util.Locale.ROOT)) {
      case "f": return 1;
      case "b": return 2;
      case "u": return 3;
      case "r": return 5;
      case "d": return 6;
      case "a": return 8;
      default: return null;
    }
  }

  /**
   * A line without its ANPA markers: "^Headline<" → "Headline", "^By JOHN DOE=" → "By JOHN DOE";
   * AP's "(AP) _" dash → "(AP) —". Tab-indented paragraphs keep their indent.
   */
  static String unmark(String line) {
    String l = LEADING_MARKER.matcher(line).replaceFirst("");
    l = TRAILING_MARKER.matcher(l).replaceFirst("");
    return l.replace(") _ ", ") — ");
  }

  /**
   * Removes the keyword/slug lines before the headline (several, with status lines between them,
   * as IPTC 7901 services send) and the sign-off and trailer lines after the text.
   */
  private static void dropSlugAndSignOff(List<String> lines, DispatchContent c, String slug) {
    for (int guard = 0; guard < 4; guard++) {
      int first = Texts.firstNonBlank(lines);
      if (first < 0) {
        break;
      }
      String line = DisplayNormalizer.normalize(lines.get(first));
      boolean repeatsSlug = slug != null && (line.startsWith(slug) || slug.startsWith(line));
      if (!(repeatsSlug || SLUG_LINE.matcher(line).matches()) || !Texts.hasTextAfter(lines, first)) {
        break;
      }
      if (c.slugline == null) {
        c.slugline = SLUG_SUFFIX.matcher(line).replaceAll("");
      }
      lines.remove(first);
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = DisplayNormalizer.normalize(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      if (!(SIGN_OFF.matcher(line).matches() || TRAILER.matcher(line).matches()) || !Texts.hasTextAfter(lines.subList(0, i), -1)) {
        break;
      }
      lines.remove(i);
    }
  }

}
