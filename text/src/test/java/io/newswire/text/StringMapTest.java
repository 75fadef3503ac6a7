package io.newswire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringMapTest {
  @Test
  void answersAsHashMapDoes() {
    Map<String, Integer> reference = new HashMap<>();
    reference.put("گفت", 1);
    reference.put("افزود", 2);
    reference.put("said", 3);
    reference.put("قال", 4);
    reference.put("", 5);
    StringMap<Integer> map = StringMap.copyOf(reference);
    assertEquals(reference.size(), map.size());
    for (String w : List.of("گفت", "گفتند", "افزود", "said", "Said", "say", "قال", "وقال", "", "\u0001")) {
      assertEquals(reference.get(w), map.get(w), w);
      assertEquals(reference.getOrDefault(w, -1), map.getOrDefault(w, -1), w);
      assertEquals(reference.containsKey(w), map.containsKey(w), w);
    }
  }

  @Test
  void findsAKeyBuiltAtRunTimeAndKeepsCollidingHashesApart() {
    // "Aa" and "BB" share a String hash; "" is stored under the tag 1, which "\u0001" hashes to.
    Map<String, String> reference = Map.of("Aa", "first", "BB", "second", "AaAa", "third", "", "empty");
    StringMap<String> map = StringMap.copyOf(reference);
    assertEquals("second", map.get(new StringBuilder("B").append('B').toString()));
    assertEquals("third", map.get("Aa" + new String("Aa".toCharArray())));
    assertNull(map.get("BBAa"));
    assertNull(map.get("AaBB"));
    assertEquals("empty", map.get(""));
    assertNull(map.get("\u0001"));
    assertEquals("none", StringMap.<String>copyOf(Map.of()).getOrDefault("قال", "none"));
  }

  @Test
  void agreesWithHashMapOnManyKeysAndMisses() {
    Random r = new Random(7);
    Map<String, Integer> reference = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      reference.put(word(r), i);
    }
    StringMap<Integer> map = StringMap.copyOf(reference);
    assertEquals(reference.size(), map.size());
    for (String k : reference.keySet()) {
      assertEquals(reference.get(k), map.get(new String(k.toCharArray())), k);
    }
    int misses = 0;
    for (int i = 0; i < 20000; i++) {
      String w = word(r);
      assertEquals(reference.get(w), map.get(w), w);
      misses += reference.containsKey(w) ? 0 : 1;
    }
    assertTrue(misses > 0);
  }

  @Test
  void agreesWithHashMapOnSmallTablesWhereTheSieveDecidesMostMisses() {
    // One key to well past the sieve's 64 bits: a small table answers most misses from its sieve alone.
    Random r = new Random(55);
    for (int size = 1; size <= 120; size++) {
      Map<String, Integer> reference = new HashMap<>();
      while (reference.size() < size) {
        reference.put(word(r), reference.size());
      }
      StringMap<Integer> map = StringMap.copyOf(reference);
      for (Map.Entry<String, Integer> e : reference.entrySet()) {
        assertEquals(e.getValue(), map.get(new String(e.getKey().toCharArray())), e.getKey());
      }
      for (int i = 0; i < 400; i++) {
        String w = word(r);
        assertEquals(reference.get(w), map.get(w), w);
        assertEquals(reference.getOrDefault(w, -1), map.getOrDefault(w, -1), w);
      }
    }
  }

  @Test
  void rejectsNullsAndAnswersNullForNoKey() {
    Map<String, String> withNullValue = new HashMap<>();
    withNullValue.put("قال", null);
    assertThrows(NullPointerException.class, () -> StringMap.copyOf(withNullValue));
    Map<String, String> withNullKey = new HashMap<>();
    withNullKey.put(null, "x");
    assertThrows(NullPointerException.class, () -> StringMap.copyOf(withNullKey));
    StringMap<String> map = StringMap.copyOf(Map.of("said", "VERB"));
    assertThrows(NullPointerException.class, () -> map.get(null));
    assertFalse(map.containsKey("says"));
  }

  @Test
  void agreesWithHashMapAroundAndAboveTheWideSievesSize() {
    // Above 64 keys the map keeps a wide sieve as StringSet does: no key may be lost to it, no miss found.
    Random r = new Random(552);
    for (int size : new int[] {64, 65, 200, 3000}) {
      Map<String, Integer> reference = new HashMap<>();
      while (reference.size() < size) {
        reference.put("said" + r.nextInt(1_000_000) + word(r), reference.size());
      }
      StringMap<Integer> map = StringMap.copyOf(reference);
      assertEquals(size, map.size());
      for (Map.Entry<String, Integer> e : reference.entrySet()) {
        assertEquals(e.getValue(), map.get(new String(e.getKey().toCharArray())), e.getKey());
      }
      for (int i = 0; i < 2000; i++) {
        String w = "said" + r.nextInt(1_000_000) + word(r);
        assertEquals(reference.get(w), map.get(w), w);
        assertEquals(reference.containsKey(w), map.containsKey(w), w);
      }
    }
  }

  /** A short word over a few letters of three scripts, so that hits, misses and collisions all occur. */
  private static String word(Random r) {
    String letters = "abAB\u0642\u0627\u0644\u06af\u0641\u062a";
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(5); n > 0; n--) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }
}
