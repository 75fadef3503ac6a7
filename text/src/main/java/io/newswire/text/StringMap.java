package io.newswire.text;

import java.util.Map;
import java.util.Objects;

/**
 * An immutable map from strings, for the fixed tables the rules ask once per token (cue words by first
 * word, titles by first word). Laid out as {@link StringSet}: the keys' hashes sit in an int array of
 * their own, read first, so a token that is not a key (most tokens) usually reads only that array, where
 * {@code HashMap.get} follows each bucket's node and reads its key. A key's string and value are read
 * only when the hashes agree, and, as there, a key whose sieve bit is clear reads no table (a map of more than 64 keys, such as the KB's, keeps
 * {@link StringSet}'s wide sieve too). No null keys or values; {@link #get} answers null for a missing key, as a
 * {@code HashMap} would. Thread-safe (immutable).
 */
public final class StringMap<V> {
  private final String[] slots;
  private final Object[] values;
  /** Per slot: the key's hash as {@link StringSet}'s tag (never 0), 0 when the slot is empty. */
  private final int[] tags;
  private final int mask;
  private final int size;
  /** As {@link StringSet}'s: bit {@link StringSet#sieveBit} of every key's tag. */
  private final long sieve;
  /** As {@link StringSet}'s: above 64 keys, bit {@link StringSet#wideIndex} of every key's tag; else null. */
  private final long[] wide;
  private final int wideShift;

  private StringMap(Map<String, ? extends V> entries) {
    size = entries.size();
    int cap = Integer.highestOneBit(Math.max(4, size * 4) - 1) << 1; // at most a quarter full
    slots = new String[cap];
    values = new Object[cap];
    tags = new int[cap];
    mask = cap - 1;
    wideShift = StringSet.wideShift(size);
    wide = StringSet.wideSieve(size);
    long bits = 0;
    for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
      String k = Objects.requireNonNull(e.getKey());
      V v = Objects.requireNonNull(e.getValue());
      int t = StringSet.tag(k);
      bits |= 1L << StringSet.sieveBit(t);
      StringSet.markWide(wide, wideShift, t);
      int i = StringSet.spread(t) & mask;
      while (tags[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = k;
      values[i] = v;
      tags[i] = t;
    }
    sieve = bits;
  }

  /** A copy of {@code entries} (keys and values not null). */
  public static <V> StringMap<V> copyOf(Map<String, ? extends V> entries) {
    return new StringMap<>(entries);
  }

  /** The value of {@code key}, or null when it is not a key. */
  @SuppressWarnings("unchecked")
  public V get(String key) {
    int t = StringSet.tag(key);
    if (StringSet.rejects(sieve, wide, wideShift, t)) {
      return null;
    }
    int i = StringSet.spread(t) & mask;
    int x;
    while ((x = tags[i]) != 0) {
      if (x == t) {
        String k = slots[i];
        if (k == key || k.equals(key)) {
          return (V) values[i];
        }
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** The value of {@code key}, or {@code otherwise} when it is not a key. */
  public V getOrDefault(String key, V otherwise) {
    V v = get(key);
    return v == null ? otherwise : v;
  }

  public boolean containsKey(String key) {
    return get(key) != null;
  }

  public int size() {
    return size;
  }
}
