package io.newswire.enrich.eval;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.normalization.DisplayNormalizer;
import io.newswire.schema.EnrichedArticle;
import java.text.Normalizer;
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
        if (!GoldDocuments.pointsIntoBody(f)) {
          cursor = m.length > 0 ? m[m.length - 1] : cursor;
        }
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
      int k;
      if (i < t.length && fold(t[i]) == fold(d[j])) {
        map[j++] = i++;
      } else if (i < t.length && (k = presentationForm(t[i], d, j)) > 0) {
        for (int e = j + k; j < e; j++) {
          map[j] = i; // ﻻ, ﺍﻟ…: an Arabic presentation form the display text holds as its letters
        }
        i++;
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

  /**
   * How many display code points from {@code j} an Arabic presentation form {@code c} of the text (U+FB50 to
   * U+FDFF, U+FE70 to U+FEFF: isolated, initial, final forms and the lam-alef ligatures) stands for once
   * normalized (NFKC), or 0 when it is none or they differ.
   */
  private static int presentationForm(int c, int[] d, int j) {
    if (!DisplayNormalizer.isArabicPresentationForm(c)) {
      return 0;
    }
    int[] n = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC).codePoints().toArray();
    if (n.length == 0 || j + n.length > d.length) {
      return 0;
    }
    for (int x = 0; x < n.length; x++) {
      if (fold(n[x]) != fold(d[j + x])) {
        return 0;
      }
    }
    return n.length;
  }

  /** The gold text as display normalization leaves it: Arabic presentation forms as their letters. */
  static String displayForms(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (DisplayNormalizer.isArabicPresentationForm(s.charAt(i))) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  /**
   * Harakat and other combining marks: normalization may reorder (shadda + tanwin) or drop them. Format
   * characters too (the bidi embeddings U+202A to U+202E around Latin runs in Arabic columns, U+2066 to
   * U+2069, ZWJ): display normalization drops them, and a field holding one otherwise aligned nowhere and
   * lost every mention it held.
   */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.FORMAT || c == 0x0640;
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
