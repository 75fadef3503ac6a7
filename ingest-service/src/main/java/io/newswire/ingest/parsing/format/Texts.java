package io.newswire.ingest.parsing.format;

import io.newswire.normalization.DisplayNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers shared by the structured-format parsers. */
final class Texts {
  private static final Pattern LINES = Pattern.compile("\r\n|[\r\n\u2028\u2029]");

  private Texts() {}

  /** Adds the display form of {@code raw} when it has visible text. */
  static void add(List<String> to, String raw) {
    if (raw == null) {
      return;
    }
    String n = DisplayNormalizer.normalize(raw);
    if (!n.isEmpty()) {
      to.add(n);
    }
  }

  /** Each non-empty line of a text body is a paragraph. */
  static void addLines(List<String> to, String text) {
    if (text == null) {
      return;
    }
    for (String line : LINES.split(text)) {
      add(to, line);
    }
  }

  /** Index of the first line with something on it, or -1. */
  static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** True when some line after {@code index} has visible text (a slug or status line is never the only line). */
  static boolean hasTextAfter(List<String> lines, int index) {
    for (int i = index + 1; i < lines.size(); i++) {
      if (DisplayNormalizer.hasVisibleText(DisplayNormalizer.normalize(lines.get(i)))) {
        return true;
      }
    }
    return false;
  }

  static String display(String raw) {
    if (raw == null) {
      return null;
    }
    String n = DisplayNormalizer.normalize(raw);
    return n.isEmpty() ? null : n;
  }

  /** Urgency 1..9, or null when absent or out of range. */
  static Integer urgency(String s) {
    if (s == null) {
      return null;
    }
    try {
      int u = Integer.parseInt(s.trim());
      return u >= 1 && u <= 9 ? u : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Integer positiveInt(String s) {
    if (s == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(s.trim());
      return v >= 1 ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * ninjs pubStatus vocabulary from what formats write: 'usable', 'withheld' (also NITF
   * 'embargoed'), 'canceled' (also 'cancelled', 'killed'); NewsML-G2 qcodes 'stat:usable'.
   */
  static String pubStatus(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim().toLowerCase(Locale.ROOT);
    int colon = v.indexOf(':');
    if (colon >= 0) {
      v = v.substring(colon + 1);
    }
    switch (v) {
      case "canceled", "cancelled", "kill", "killed", "withdrawn":
        return "canceled";
      case "withheld", "embargoed":
        return "withheld";
      default:
        return "usable";
    }
  }
}
