package io.newswire.ingest.parsing.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups body lines into paragraphs. Two layouts occur:
 * <ul>
 *   <li>one paragraph per line (Mehr, SPA, Fars, BBC: long lines, blank lines optional);</li>
 *   <li>hard-wrapped text (Reuters 1987, ANPA/IPTC wire copy): short lines that break mid-sentence,
 *       a paragraph starting at an indented line or after a blank line. Its lines are joined.</li>
 * </ul>
 * The layout is decided per dispatch: wrapped when at least 3 lines, 80% of them at most 80 columns
 * and half of them not ending a sentence.
 */
final class ParagraphSegmenter {
  private static final int WRAP_COLUMNS = 80;

  private ParagraphSegmenter() {}

  /** Raw (not yet normalized) paragraphs from raw lines. */
  static List<String> segment(List<String> lines) {
    List<String> out = new ArrayList<>();
    if (!isWrapped(lines)) {
      for (String line : lines) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
      return out;
    }
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      boolean blank = line.isBlank();
      boolean indented = !blank && (line.startsWith("  ") || line.startsWith("\t"));
      if ((blank || indented) && current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
      if (!blank) {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(line.strip());
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  static boolean isWrapped(List<String> lines) {
    int count = 0;
    int shortLines = 0;
    int unterminated = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      count++;
      if (t.length() <= WRAP_COLUMNS) {
        shortLines++;
      }
      if (!endsSentence(t)) {
        unterminated++;
      }
    }
    return count >= 3 && shortLines * 10 >= count * 8 && unterminated * 2 >= count;
  }

  private static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return ".!?؟۔:;؛\"'»”’)…".indexOf(c) >= 0;
  }
}
