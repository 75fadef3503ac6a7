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
 * list, so most of that is wasted. Here the slots' hashes sit in an int array of their own, read first: a
 * probe for a word that is not in the list usually reads only that array, and a slot's string is read
 * only when the hashes agree. Before the table, a 64-bit sieve in the set itself: one bit of each word's hash,
 * so a word whose bit is clear (over the mixed pools, three of five asked of these sets) is answered without
 * reading the table at all, where each probe of a table not in cache was a miss. A set of more than 64 words
fills those 64 bits, so it keeps a second sieve sized to it, 8 to 16 bits a word from another mix of the hash:
the KB's tables and the cue lexicon reject most non-members there too (one load of a small array instead of
a probe of a table 16 to 32 times its size). Otherwise it behaves as {@code Set.of}/{@code Set.copyOf}: no nulls
 * ({@code contains(null)} throws), unmodifiable; iteration follows the order the words were given.
 * Thread-safe (immutable).
 */
public final class StringSet extends AbstractSet<String> {
  private static final StringSet EMPTY = new StringSet(new String[0]);

  private final String[] words;
  private final String[] slots;
  /** Per slot: the word's hash as {@link #tag}, 0 when the slot is empty. */
  private final int[] tags;
  private final int mask;
  /** Bit {@link #sieveBit} of every word's tag: a word whose bit is clear is no member, answered without the table. */
  private final long sieve;
  /** Above {@link #WIDE_FROM} words, bit {@link #wideIndex} of every word's tag; null for a smaller set. */
  private final long[] wide;
  private final int wideShift;

  private StringSet(String[] distinct) {
    words = distinct;
    int size = Integer.highestOneBit(Math.max(4, distinct.length * 4) - 1) << 1; // at most a quarter full
    slots = new String[size];
    tags = new int[size];
    mask = size - 1;
    long bits = 0;
    wideShift = wideShift(distinct.length);
    wide = wideSieve(distinct.length);
    for (String w : distinct) {
      int t = tag(w);
      bits |= 1L << sieveBit(t);
      markWide(wide, wideShift, t);
      int i = spread(t) & mask;
      while (tags[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = w;
      tags[i] = t;
    }
    sieve = bits;
  }

  /** Like {@code Set.of}: the words must be distinct and not null. */
  public static StringSet of(String... words) {
    StringSet s = copyOf(Arrays.asList(words));
    if (s.size() != words.length) {
      throw new IllegalArgumentException("duplicate element in " + Arrays.toString(words));
    }
    return s;
  }

  /** The words of {@code a} and of {@code b} (a word list extended by another: closers that include the time words). */
  public static StringSet union(Collection<? extends String> a, Collection<? extends String> b) {
    java.util.List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return copyOf(all);
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
    int t = tag(s);
    if (rejects(sieve, wide, wideShift, t)) {
      return false;
    }
    int i = spread(t) & mask;
    int x;
    while ((x = tags[i]) != 0) {
      if (x == t) {
        String k = slots[i];
        if (k == s || k.equals(s)) {
          return true;
        }
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /**
   * Whether the set holds a word that {@code same} finds equal to the range {@code [start, end)} of {@code text}, where
   * {@code hash} is the {@code String.hashCode} that word would have: a caller that derives a key from a range (folded,
   * say) asks without making the key. Most ranges asked are no member and end at the sieves; {@code same} runs only
   * for a slot whose hash agrees.
   */
  public boolean contains(int hash, String text, int start, int end, RangeEquals same) {
    int t = hash == 0 ? 1 : hash; // as tag(word)
    if (rejects(sieve, wide, wideShift, t)) {
      return false;
    }
    int i = spread(t) & mask;
    int x;
    while ((x = tags[i]) != 0) {
      if (x == t && same.equals(slots[i], text, start, end)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Whether {@code word} is the key a caller of {@link #contains(int, String, int, int, RangeEquals)} derives from a range. */
  @FunctionalInterface
  public interface RangeEquals {
    boolean equals(String word, String text, int start, int end);
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public Iterator<String> iterator() {
    return List.of(words).iterator();
  }

  /** The hash, never 0 (0 marks an empty slot): a word hashing to 0, such as "", shares 1 and is told apart by text. */
  static int tag(String w) {
    int h = w.hashCode();
    return h == 0 ? 1 : h;
  }

  /**
   * Which of a 64-bit sieve's bits a tag sets: the top six bits of the product {@link #spread} takes its slot
   * bits from, so they are mixed from every bit of the hash and do not follow the slot for a table under 2^19.
   */
  static int sieveBit(int t) {
    return (t * 0x9E3779B1) >>> 26;
  }

  /** Sets above this many words (whose 64-bit sieve is mostly full) keep a {@link #wideSieve} as well. */
  static final int WIDE_FROM = 64;

  /** The wide sieve of a set of {@code count} words: a power of two of bits, over 8 and at most 16 a word; null up to {@link #WIDE_FROM}. */
  static long[] wideSieve(int count) {
    return count <= WIDE_FROM ? null : new long[Integer.highestOneBit(count * 16) >>> 6];
  }

  /** How far {@link #wideIndex} shifts for a set of {@code count} words: it keeps log2 of the sieve's bits. */
  static int wideShift(int count) {
    return count <= WIDE_FROM ? 0 : Integer.numberOfLeadingZeros(Integer.highestOneBit(count * 16)) + 1;
  }

  /**
   * A tag's bit in a wide sieve: the top bits of a product by another odd constant than {@link #spread}'s, so
   * that it does not follow the slot or the 64-bit sieve's bit (for a table of 2^19 slots and more they would
   * share bits) and a non-member that passes one of them is no likelier to pass this one.
   */
  static int wideIndex(int t, int shift) {
    return (t * 0x85EBCA6B) >>> shift;
  }

  /** Sets a tag's bit in a wide sieve; nothing for a set without one (null). */
  static void markWide(long[] wide, int shift, int t) {
    if (wide != null) {
      int index = wideIndex(t, shift);
      wide[index >>> 6] |= 1L << index; // a long shifts by index & 63
    }
  }

  /** Whether the sieves (the 64-bit one, and the wide one where the set has it) turn a tag away before the table. */
  static boolean rejects(long sieve, long[] wide, int shift, int t) {
    if ((sieve >>> sieveBit(t) & 1) == 0) {
      return true;
    }
    if (wide == null) {
      return false;
    }
    int index = wideIndex(t, shift);
    return (wide[index >>> 6] >>> index & 1) == 0;
  }

  static int spread(int h) {
    return (h * 0x9E3779B1) >>> 7;
  }
}
