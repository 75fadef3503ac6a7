package io.newswire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StringSetTest {
  @Test
  void answersAsSetOfDoes() {
    Set<String> words = StringSet.of("گفت", "افزود", "said", "added", "قال", "أضاف");
    Set<String> reference = Set.of("گفت", "افزود", "said", "added", "قال", "أضاف");
    for (String w : List.of("گفت", "گفتند", "said", "say", "قال", "قالت", "", "Said")) {
      assertEquals(reference.contains(w), words.contains(w), w);
    }
    assertEquals(reference, words);
    assertEquals(words, reference);
    assertEquals(reference.hashCode(), words.hashCode());
    assertFalse(words.contains(42), "not a string");
  }

  @Test
  void unionHoldsTheWordsOfBothOnce() {
    Set<String> times = StringSet.of("اليوم", "أمس");
    StringSet closers = StringSet.union(times, List.of("وزير", "أمس", "رئيس"));
    assertEquals(Set.of("اليوم", "أمس", "وزير", "رئيس"), new HashSet<>(closers));
    assertEquals(4, closers.size());
    assertFalse(closers.contains("غدا"));
  }

  @Test
  void findsATokenBuiltAtRunTimeNotOnlyTheSameInstance() {
    Set<String> heads = StringSet.of("وزارت امور خارجه", "the foreign ministry");
    String built = new StringBuilder("وزارت").append(' ').append("امور خارجه").toString();
    assertTrue(heads.contains(built));
    assertTrue(heads.contains("the foreign " + "ministry".toLowerCase()));
  }

  @Test
  void keepsWordsWhoseHashesCollide() {
    // "Aa" and "BB" have the same String hash: the text still decides.
    Set<String> s = StringSet.of("Aa", "x");
    assertTrue(s.contains("Aa"));
    assertFalse(s.contains("BB"));
    Set<String> both = StringSet.of("Aa", "BB", "AaAa", "BBBB", "AaBB");
    for (String w : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB")) {
      assertTrue(both.contains(w), w);
    }
    assertFalse(both.contains("BBAa"));
  }

  @Test
  void tellsTheEmptyWordFromAWordHashingToOne() {
    // "" hashes to 0, the mark of an empty slot; "\u0001" hashes to 1, the tag "" is stored under.
    Set<String> withEmpty = StringSet.of("", "قال");
    assertTrue(withEmpty.contains(""));
    assertFalse(withEmpty.contains("\u0001"));
    Set<String> withOne = StringSet.of("\u0001", "said");
    assertTrue(withOne.contains("\u0001"));
    assertFalse(withOne.contains(""));
    assertFalse(StringSet.of("said").contains(""));
  }

  @Test
  void holdsEveryWordOfALargeList() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      words.add("w" + i);
    }
    Set<String> s = StringSet.copyOf(words);
    assertEquals(5000, s.size());
    for (String w : words) {
      assertTrue(s.contains(w), w);
    }
    assertFalse(s.contains("w5000"));
    assertEquals(words, new ArrayList<>(s), "iterates in the order given");
  }

  @Test
  void behavesAsTheImmutableSetsItReplaces() {
    assertThrows(IllegalArgumentException.class, () -> StringSet.of("قال", "قال"));
    assertThrows(NullPointerException.class, () -> StringSet.of("قال", null));
    assertThrows(NullPointerException.class, () -> StringSet.of("قال").contains(null));
    Set<String> s = StringSet.copyOf(new HashSet<>(List.of("a", "b")));
    assertThrows(UnsupportedOperationException.class, () -> s.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> s.remove("a"));
    assertEquals(1, StringSet.copyOf(List.of("a", "a")).size(), "copyOf drops duplicates");
    assertTrue(StringSet.copyOf(List.of()).isEmpty());
    assertFalse(StringSet.copyOf(List.of()).contains("a"));
  }

  @Test
  void sievesOutWordsOfASmallListWithoutLosingAMember() {
    // Every size from one word to well past the 64 sieve bits, each against many words that are and are not members.
    Random r = new Random(55);
    for (int size = 1; size <= 120; size++) {
      Set<String> reference = new HashSet<>();
      while (reference.size() < size) {
        reference.add(word(r));
      }
      Set<String> s = StringSet.copyOf(reference);
      for (String w : reference) {
        assertTrue(s.contains(new String(w.toCharArray())), w);
      }
      for (int i = 0; i < 400; i++) {
        String w = word(r);
        assertEquals(reference.contains(w), s.contains(w), w);
      }
    }
  }

  @Test
  void sharingAWordsSieveBitIsNoMembership() {
    // A word whose sieve bit is a member's (and whose hash is not) passes the sieve; the table still says no.
    String member = "قال";
    int bit = StringSet.sieveBit(StringSet.tag(member));
    String other = null;
    for (int i = 0; other == null; i++) {
      String w = "گفت" + i;
      if (StringSet.sieveBit(StringSet.tag(w)) == bit) {
        other = w;
      }
    }
    Set<String> s = StringSet.of(member, "said");
    assertTrue(s.contains(member));
    assertFalse(s.contains(other), other);
    assertTrue(StringSet.of(member, other).contains(other));
  }

  @Test
  void aFewWordsLeaveMostSieveBitsClear() {
    // What makes the sieve worth its check: six words set at most six of the 64 bits.
    Set<Integer> bits = new HashSet<>();
    for (String w : List.of("گفت", "افزود", "said", "added", "قال", "أضاف")) {
      bits.add(StringSet.sieveBit(StringSet.tag(w)));
    }
    assertTrue(bits.size() <= 6);
    for (int bit : bits) {
      assertTrue(bit >= 0 && bit < 64, "bit " + bit);
    }
  }

  @Test
  void answersAsHashSetDoesAcrossTheSizesWhereTheWideSieveStarts() {
    // 64 words keep one long; 65 and more a sieve of 8-16 bits a word. Members built anew, and misses, at each size.
    Random r = new Random(551);
    for (int size : new int[] {63, 64, 65, 66, 127, 128, 129, 500, 1024, 1025, 4000}) {
      Set<String> reference = new HashSet<>();
      while (reference.size() < size) {
        reference.add("ق" + r.nextInt(1_000_000) + word(r));
      }
      Set<String> s = StringSet.copyOf(reference);
      assertEquals(size, s.size());
      for (String w : reference) {
        assertTrue(s.contains(new String(w.toCharArray())), w);
      }
      for (int i = 0; i < 2000; i++) {
        String w = "ق" + r.nextInt(1_000_000) + word(r);
        assertEquals(reference.contains(w), s.contains(w), w);
      }
    }
  }

  @Test
  void aLargeSetsWideSieveHasEightToSixteenBitsAWordAndStopsMostNonMembers() {
    for (int size : new int[] {65, 100, 1000, 40_000}) {
      long[] wide = StringSet.wideSieve(size);
      long bits = 64L * wide.length;
      assertTrue(bits > 8L * size && bits <= 16L * size, size + " words, " + bits + " bits");
      assertEquals(bits, 1L << (32 - StringSet.wideShift(size)), "the index reaches every bit and no further");
    }
    assertNull(StringSet.wideSieve(64), "a set of up to 64 words keeps only its one long");
    // 40,000 names of a KB's size: of 100,000 other words, those the wide sieve lets through (one bit
    // a word, at most one in eight set) must be few, where the full 64-bit sieve lets all of them through.
    int size = 40_000;
    long[] wide = StringSet.wideSieve(size);
    int shift = StringSet.wideShift(size);
    for (int i = 0; i < size; i++) {
      StringSet.markWide(wide, shift, StringSet.tag("وزارة" + i));
    }
    int passed = 0;
    for (int i = 0; i < 100_000; i++) {
      if (!StringSet.rejects(-1L, wide, shift, StringSet.tag("وزارت" + i))) { // -1L: every 64-bit sieve bit set, so only the wide one decides
        passed++;
      }
    }
    assertTrue(passed < 15_000, passed + " of 100,000 non-members passed");
  }

  /** A short word over a few letters of three scripts, so that members, non-members and shared bits all occur. */
  private static String word(Random r) {
    String letters = "abAB\u0642\u0627\u0644\u06af\u0641\u062a";
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(5); n > 0; n--) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }
}
