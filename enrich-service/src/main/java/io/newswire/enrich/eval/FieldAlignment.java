package io.newswire.enrich.eval;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.schema.EnrichedArticle;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps each field's display code points back to code points of the original dispatch text. Display
 * normalization may collapse whitespace runs, turn Arabic yeh/kaf into Persian ones (or back) and drop
 * ZWNJ/marks around spaces, so a plain {@code indexOf} misses fields or shifts every offset after a
 * double space; here the field is aligned character by character, with those differences allowed.
 */
final class FieldAlignment {
  private FieldAlignment() {}

  /** Field name to an array: display code point index to original code point index (null when not found). */
  static Map<String, int[]> map(String text, EnrichedArticle a) {
    int[] t = text.codePoints().toArray();
    Map<String, int[]> out = new HashMap<>();
    int cursor = 0;
    for (ArticleField f : ArticleFields.of(a)) {
      int[] d = (f.text() == null ? "" : f.text()).codePoints().toArray();
      int[] m = null;
      for (int from : new int[] {cursor, 0}) {
        for (int s = from; s < t.length && m == null; s++) {
          m = alignAt(t, s, d);
        }
        if (m != null) {
          break;
        }
      }
      if (m != null) {
        out.put(f.name(), m);
        cursor = m.length > 0 ? m[m.length - 1] : cursor;
      }
    }
    return out;
  }

  /** The map when the field aligns starting at text index {@code s}, else null. */
  static int[] alignAt(int[] t, int s, int[] d) {
    if (d.length == 0 || fold(t[s]) != fold(d[0])) {
      return null;
    }
    int[] map = new int[d.length];
    int i = s;
    int j = 0;
    while (j < d.length) {
      if (i < t.length && fold(t[i]) == fold(d[j])) {
        map[j++] = i++;
      } else if (isGap(d[j]) || isMark(d[j])) {
        map[j] = i; // a space the text lacks (or holds as another gap character)
        j++;
      } else if (i < t.length && (isGap(t[i]) || isMark(t[i]))) {
        i++;
      } else {
        return null;
      }
    }
    return map;
  }

  /** Harakat and other combining marks: normalization may reorder (shadda + tanwin) or drop them. */
  private static boolean isMark(int c) {
    return Character.getType(c) == Character.NON_SPACING_MARK || c == 0x0640;
  }

  private static boolean isGap(int c) {
    return Character.isWhitespace(c) || c == 0x200C || c == 0x200F || c == 0x200E || c == 0xA0;
  }

  private static int fold(int c) {
    return switch (c) {
      case 'ی', 'ى', 'ي' -> 'ي';
      case 'ک', 'ك' -> 'ك';
      case 0xA0, '\t', '\n', '\r' -> ' ';
      default -> c;
    };
  }
}
