package io.newswire.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of strings for the word lists the recognizers ask about every token. {@code Set.of}
 * probes by calling {@code String.equals} on each occupied slot it meets, and each call reads another
 * string's object and bytes (two cache misses) even when the hashes differ; most tokens are not in the
 * list, so most of that is wasted. Here each slot keeps the string's hash beside it, and a slot is compared
 * by text only when the hashes agree. Otherwise it behaves as {@code Set.of}/{@code Set.copyOf}: no nulls
 * ({@code contains(null)} throws), unmodifiable; iteration follows the order the words were given.
 * Thread-safe (immutable).
 */
public final class StringSet extends AbstractSet<String> {
  private static final StringSet EMPTY = new StringSet(new String[0]);

  private final String[] words;
  private final String[] slots;
  private final int[] hashes;
  private final int mask;

  private StringSet(String[] distinct) {
    words = distinct;
    int size = Integer.highestOneBit(Math.max(4, distinct.length * 4) - 1) << 1; // at most a quarter full
    slots = new String[size];
    hashes = new int[size];
    mask = size - 1;
    for (String w : distinct) {
      int h = w.hashCode();
      int i = spread(h) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = w;
      hashes[i] = h;
    }
  }

  /** Like {@code Set.of}: the words must be distinct and not null. */
  public static StringSet of(String... words) {
    StringSet s = copyOf(Arrays.asList(words));
    if (s.size() != words.length) {
      throw new IllegalArgumentException("duplicate element in " + Arrays.toString(words));
    }
    return s;
  }

  /** Like {@code Set.copyOf}: duplicates are dropped (the first kept), nulls rejected. */
  public static StringSet copyOf(Collection<? extends String> words) {
    if (words instanceof StringSet s) {
      return s;
    }
    if (words.isEmpty()) {
      return EMPTY;
    }
    for (String w : words) {
      Objects.requireNonNull(w);
    }
    return new StringSet(new LinkedHashSet<String>(words).toArray(new String[0]));
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      Objects.requireNonNull(o);
      return false;
    }
    int h = s.hashCode();
    int i = spread(h) & mask;
    String k;
    while ((k = slots[i]) != null) {
      if (hashes[i] == h && (k == s || k.equals(s))) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public Iterator<String> iterator() {
    return List.of(words).iterator();
  }

  private static int spread(int h) {
    return (h * 0x9E3779B1) >>> 7;
  }
}
