package io.newswire.language;

import java.util.Set;

/**
 * A fixed set of short words, asked about a range of a text in place: the detector reads every word
 * of a dispatch, and a substring plus a folded copy per word cost more than the test itself.
 * Open addressing over char arrays; immutable and thread-safe.
 */
final class WordSet {
  private final char[][] keys;
  private final int mask;

  WordSet(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(8, words.size() * 4) - 1) << 1;
    keys = new char[size][];
    mask = size - 1;
    for (String w : words) {
      int slot = spread(hash(w, 0, w.length(), false));
      while (keys[slot & mask] != null) {
        slot++;
      }
      keys[slot & mask] = w.toCharArray();
    }
  }

  /** Whether {@code text[from, to)} is one of the words. */
  boolean contains(String text, int from, int to) {
    return find(text, from, to, hash(text, from, to, false), false);
  }

  /** Whether {@code text[from, to)}, with {@link #foldPersian} applied, is one of the words. */
  boolean containsFolded(String text, int from, int to) {
    return containsFolded(text, from, to, foldedHash(text, from, to));
  }

  /** As {@link #containsFolded(String, int, int)}, given {@link #foldedHash}: one hash for several sets. */
  boolean containsFolded(String text, int from, int to, int foldedHash) {
    return find(text, from, to, foldedHash, true);
  }

  /** The hash {@link #containsFolded} looks the folded word up by. */
  static int foldedHash(String text, int from, int to) {
    return hash(text, from, to, true);
  }

  /** Arabic-keyboard spellings of Persian letters to the Persian ones: ي→ی, ك→ک, ى→ی. */
  static char foldPersian(char c) {
    return switch (c) {
      case '\u064A', '\u0649' -> '\u06CC';
      case '\u0643' -> '\u06A9';
      default -> c;
    };
  }

  private boolean find(String text, int from, int to, int hash, boolean fold) {
    int slot = spread(hash);
    char[] k;
    while ((k = keys[slot & mask]) != null) {
      if (k.length == to - from && same(k, text, from, fold)) {
        return true;
      }
      slot++;
    }
    return false;
  }

  private static boolean same(char[] k, String text, int from, boolean fold) {
    for (int i = 0; i < k.length; i++) {
      char c = text.charAt(from + i);
      if (k[i] != (fold ? foldPersian(c) : c)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String s, int from, int to, boolean fold) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = 31 * h + (fold ? foldPersian(c) : c);
    }
    return h;
  }

  private static int spread(int h) {
    return (h * 0x9E3779B1) >>> 16;
  }
}
