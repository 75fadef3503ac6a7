package io.newswire.ingest.parsing.plain;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.ingest.parsing.dateline.DatelineExtractor;
import io.newswire.ingest.parsing.dateline.DatelineMatch;
import io.newswire.ingest.parsing.format.DispatchContent;
import io.newswire.ingest.parsing.format.FormatParser;
import io.newswire.normalization.DisplayNormalizer;
import io.newswire.text.StringSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text dispatches in the agency styles of our feeds.
 * <ul>
 *   <li>The first non-empty line is the headline. A leading category ({@code سياسي / ...}, SPA style)
 *       is cut from it and kept as a subject.</li>
 *   <li>Lines starting with {@code *} or {@code •} right after the headline are highlights (marker
 *       removed). A {@code *} line further down (the Mehr seed has one between body paragraphs) is a
 *       sub-heading inside the story, not a summary of it: it stays a paragraph, in place, with the
 *       marker removed, so the body reads in order and highlights stay "what precedes the body".
 *       When every line after the headline is marked (a digest of bullet items), they are the body.</li>
 *   <li>Agency trailers are not body text: SPA's {@code // انتهى //} and the time line after it
 *       ({@code 20:26 ت م}), Reuters' signature line {@code Reuter} (which names the agency).</li>
 *   <li>Paragraphs: see {@link ParagraphSegmenter}. The dateline is taken from the first
 *       paragraph(s): see {@link DatelineExtractor}.</li>
 * </ul>
 */
public final class PlainTextParser implements FormatParser {
  /** SPA and other Gulf agencies' news categories, written before the headline with a slash. */
  private static final Set<String> CATEGORIES = StringSet.of(
      "عام", "سياسي", "اقتصادي", "إقتصادي", "ثقافي", "رياضي", "اجتماعي", "إجتماعي", "تقرير", "صحي",
      "عسكري", "أمني", "امني", "علمي", "تعليمي", "دولي", "محلي", "فني", "سياحي", "ديني", "بيئي");
  private static final Pattern CATEGORY_PREFIX = Pattern.compile("^([\\p{IsArabic}]{2,12})\\s*/\\s*(\\S.*)$");
  private static final Pattern END_MARKER = Pattern.compile("^/+\\s*انتهى\\s*/+$");
  private static final Pattern TIME_LINE = Pattern.compile("^[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}(\\s*(ت\\s*م|ت\\.م|GMT|UTC))?$");
  private static final Pattern REUTER_SIGNATURE = Pattern.compile("^(?i:reuters?)(\\s*&#3;)?$");

  @Override
  public DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException {
    return parseInto(new DispatchContent(), text, receivedAt);
  }

  /** Parses into a content object that may already hold metadata (the ANPA/IPTC header). */
  public DispatchContent parseInto(DispatchContent c, String text, Instant receivedAt) throws RejectedDispatchException {
    List<String> lines = lines(text);
    int i = 0;
    while (i < lines.size() && !DisplayNormalizer.hasVisibleText(DisplayNormalizer.normalize(lines.get(i)))) {
      i++;
    }
    if (i == lines.size()) {
      throw RejectReason.parse(RejectReason.NO_HEADLINE, "dispatch holds no visible text");
    }
    c.headline = headline(DisplayNormalizer.normalize(lines.get(i++)), c);
    for (; i < lines.size(); i++) {
      String line = DisplayNormalizer.normalize(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      String highlight = stripMarker(line);
      if (highlight == null) {
        break;
      }
      if (!highlight.isEmpty()) {
        c.highlights.add(highlight);
      }
    }
    List<String> body = new ArrayList<>(lines.subList(i, lines.size()));
    removeTrailers(body, c);
    List<String> paragraphs = new ArrayList<>();
    for (String raw : ParagraphSegmenter.segment(body)) {
      String p = DisplayNormalizer.normalize(raw);
      String unmarked = stripMarker(p);
      if (unmarked != null) {
        p = unmarked; // a later '*' line: a sub-heading kept in place (see class comment)
      }
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    if (paragraphs.isEmpty() && !c.highlights.isEmpty()) {
      // Only marked lines: a digest of bullet items. They are the body, not a summary of one.
      paragraphs.addAll(c.highlights);
      c.highlights.clear();
    }
    applyDateline(c, paragraphs, receivedAt);
    c.paragraphs.addAll(paragraphs);
    return c;
  }

  /**
   * The lines of a text, split at CRLF or any one of CR, LF, U+2028, U+2029, U+0085, empty lines and a
   * trailing empty line kept (what {@code split("\r\n|[\r\n\u2028\u2029\u0085]", -1)} gives, by a
   * loop: the regex's alternation ran at every char and was 2 % of the text work).
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.add(text.substring(from, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return out;
  }

  /** Finds the dateline in the first paragraphs and cuts it from the first one when it is a prefix. */
  public static void applyDateline(DispatchContent c, List<String> paragraphs, Instant receivedAt) {
    if (c.dateline != null || paragraphs.isEmpty()) {
      return;
    }
    DatelineMatch m = DatelineExtractor.extract(paragraphs, receivedAt);
    if (m == null) {
      return;
    }
    c.dateline = m.dateline();
    if (m.removeChars() > 0) {
      String rest = paragraphs.get(0).substring(Math.min(m.removeChars(), paragraphs.get(0).length())).strip();
      if (rest.isEmpty()) {
        paragraphs.remove(0);
      } else {
        paragraphs.set(0, rest);
      }
    }
  }

  private static String headline(String line, DispatchContent c) {
    Matcher m = CATEGORY_PREFIX.matcher(line);
    if (m.matches() && CATEGORIES.contains(m.group(1))) {
      c.subjects.add(m.group(1));
      return m.group(2).strip();
    }
    return line;
  }

  /** The line without its highlight marker, or null when it is not a marked line. */
  private static String stripMarker(String line) {
    if (line.startsWith("*") || line.startsWith("•")) {
      int j = 0;
      while (j < line.length() && (line.charAt(j) == '*' || line.charAt(j) == '•' || line.charAt(j) == ' ')) {
        j++;
      }
      return line.substring(j);
    }
    return null;
  }

  /** Cuts trailers from the end of the body; a Reuters signature tells the agency. */
  private static void removeTrailers(List<String> body, DispatchContent c) {
    boolean changed = true;
    while (changed && !body.isEmpty()) {
      changed = false;
      int last = body.size() - 1;
      String t = DisplayNormalizer.normalize(body.get(last));
      if (t.isEmpty() || TIME_LINE.matcher(t).matches() || END_MARKER.matcher(t).matches()) {
        body.remove(last);
        changed = true;
      } else if (REUTER_SIGNATURE.matcher(t).matches()) {
        body.remove(last);
        if (c.agency == null) {
          c.agency = Agencies.canonical("Reuters");
        }
        changed = true;
      }
    }
  }
}
