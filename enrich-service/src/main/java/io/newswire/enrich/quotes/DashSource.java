package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.Set;

/**
 * A quotation signed like an epigraph or a reader's comment: '"…" ― Jane Doe' or '"…" — Jane Doe, a
 * nurse', a dash after the closing mark and a name that ends its line (or is followed by a comma and a
 * description). No verb ties the words to the name, so the trailing-cue search never finds it.
 */
final class DashSource {
  /** Dashes that sign a quotation; a hyphen is left out ('"…" - and then'). */
  private static final String DASHES = "\u2015\u2014\u2013";
  /** Longest signature read: a name of up to five words, initials included ('Julie A. Diaz Martinez'). */
  private static final int MAX_NAME_WORDS = 5;
  /** Lower-case particles inside personal names ('Ana de la Cruz'). */
  private static final Set<String> PARTICLES = StringSet.of("de", "la", "del", "da", "van", "von", "der", "y", "di", "le");

  private DashSource() {}

  /** The name signing quotation {@code s}, with its entity when the entity step found one there; else null. */
  static SpeakerRef after(FieldView f, QuoteSpan s) {
    if (!s.closed() || !"en".equals(f.lang())) {
      return null;
    }
    String t = f.text;
    int i = s.outerEnd();
    while (i < t.length() && inlineSpace(t.charAt(i))) {
      i++;
    }
    if (i >= t.length() || DASHES.indexOf(t.charAt(i)) < 0) {
      return null;
    }
    i++;
    while (i < t.length() && inlineSpace(t.charAt(i))) {
      i++;
    }
    int lineEnd = t.indexOf('\n', i);
    lineEnd = lineEnd < 0 ? t.length() : lineEnd;
    int comma = t.indexOf(',', i);
    int end = comma >= 0 && comma < lineEnd ? comma : lineEnd;
    while (end > i && (inlineSpace(t.charAt(end - 1)) || t.charAt(end - 1) == '.')) {
      end--;
    }
    if (end <= i || !name(t, i, end)) {
      return null;
    }
    String text = t.substring(i, end);
    for (MentionRef m : f.mentions) {
      if (m.start() < end && i < m.end() && m.person()) {
        return SpeakerRef.of(m, text);
      }
    }
    return new SpeakerRef(null, text, text);
  }

  /**
   * One to five words, each capitalised, an initial or a name particle, the first capitalised: the
   * whole rest of the line, so '"…" — Smith said later' (narrative) is no signature.
   */
  private static boolean name(String t, int from, int to) {
    int words = 0;
    int i = from;
    while (i < to) {
      while (i < to && inlineSpace(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !inlineSpace(t.charAt(i))) {
        char ch = t.charAt(i);
        if (!Character.isLetter(ch) && ch != '.' && ch != '\'' && ch != '-' && ch != '\u2019') {
          return false;
        }
        i++;
      }
      if (i == start) {
        break;
      }
      boolean capital = Character.isUpperCase(t.charAt(start));
      if (!capital && (words == 0 || !PARTICLES.contains(t.substring(start, i)))) {
        return false;
      }
      if (++words > MAX_NAME_WORDS) {
        return false;
      }
    }
    return words > 0;
  }

  private static boolean inlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }
}
