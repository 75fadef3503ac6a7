package io.newswire.text.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {
  private static List<String> hits(PhraseAutomaton<String> a, String text) {
    List<String> out = new ArrayList<>();
    a.scan(text, (s, e, v) -> out.add(s + "-" + e + ":" + v));
    return out;
  }

  @Test
  void findsOverlappingAndNestedNamesInArabicAndEnglish() {
    PhraseAutomaton<String> a = new PhraseAutomaton<>(Map.of(
        "الدوحة", "Doha", "قطر", "Qatar", "امير قطر", "Emir", "new york", "NY", "york", "York"));
    String text = "زار امير قطر الدوحة";
    assertEquals(List.of("4-12:Emir", "9-12:Qatar", "13-19:Doha"), hits(a, text));
    assertEquals(List.of("4-12:NY", "8-12:York"), hits(a, "met new york mayor"));
    assertEquals(List.of(), hits(a, "nothing here"));
  }

  private static List<String> sorted(List<String> l) {
    l.sort(null);
    return l;
  }

  /** The automaton finds what the naive search finds: every occurrence of every phrase. */
  private static void assertSameHitsAsNaiveSearch(List<String> phrases, String text) {
    Map<String, String> m = new TreeMap<>();
    for (String p : phrases) {
      m.put(p, p);
    }
    List<String> expected = new ArrayList<>();
    for (String p : m.keySet()) {
      for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
        expected.add(i + "-" + (i + p.length()) + ":" + p);
      }
    }
    assertEquals(sorted(expected), sorted(hits(new PhraseAutomaton<>(m), text)));
  }

  /** Same hits as the naive search: every occurrence of every phrase. */
  @Property(tries = 300)
  void agreesWithNaiveSearch(@ForAll @Size(max = 12) List<@StringLength(min = 1, max = 4) @CharRange(from = 'a', to = 'd') String> phrases,
      @ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'd') String text) {
    assertSameHitsAsNaiveSearch(phrases, text);
  }

  /**
   * The same with letters on both sides of the dense rows' limit (U+0800): Arabic letters take the
   * dense rows, a ZWNJ and a presentation form the goto table, in the same states.
   */
  @Property(tries = 300)
  void agreesWithNaiveSearchAcrossTheDenseRows(
      @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 5) @Chars({'\u0628', '\u062A', '\u0633', '\u200C', '\uFEE3', ' '}) String> phrases,
      @ForAll @StringLength(max = 60) @Chars({'\u0628', '\u062A', '\u0633', '\u200C', '\uFEE3', ' ', 'x'}) String text) {
    assertSameHitsAsNaiveSearch(phrases, text);
  }

  /**
   * Phrases in String order (built without lookups, the goto table sized by the trie) and in any other
   * order (a hash map, a reversed tree) make automata that report the same hits in the same order.
   */
  @Property(tries = 300)
  void sortedAndUnsortedPhrasesFindTheSame(
      @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 5) @Chars({'\u0628', '\u062A', '\u0633', '\u200C', '\uFEE3', ' '}) String> phrases,
      @ForAll @StringLength(max = 60) @Chars({'\u0628', '\u062A', '\u0633', '\u200C', '\uFEE3', ' ', 'x'}) String text) {
    Map<String, String> sorted = new TreeMap<>();
    Map<String, String> hashed = new HashMap<>();
    Map<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
    for (String p : phrases) {
      sorted.put(p, p);
      hashed.put(p, p);
      reversed.put(p, p);
    }
    List<String> expected = hits(new PhraseAutomaton<>(sorted), text);
    assertEquals(expected, hits(new PhraseAutomaton<>(hashed), text));
    assertEquals(expected, hits(new PhraseAutomaton<>(reversed), text));
  }

  /** scanFrom at each start finds the scan's hits that begin there, by end, across the dense rows' limit too. */
  @Property(tries = 300)
  void scanFromFindsThePhrasesStartingThere(
      @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 5) @Chars({'\u0628', '\u062A', '\u0633', '\u200C', '\uFEE3', ' '}) String> phrases,
      @ForAll @StringLength(max = 60) @Chars({'\u0628', '\u062A', '\u0633', '\u200C', '\uFEE3', ' ', 'x'}) String text) {
    Map<String, String> m = new TreeMap<>();
    for (String p : phrases) {
      m.put(p, p);
    }
    PhraseAutomaton<String> a = new PhraseAutomaton<>(m);
    List<String> all = hits(a, text);
    for (int start = 0; start < text.length(); start++) {
      List<String> expected = new ArrayList<>();
      for (String h : all) {
        if (h.startsWith(start + "-")) {
          expected.add(h);
        }
      }
      List<String> from = new ArrayList<>();
      a.scanFrom(text, start, (s, e, v) -> from.add(s + "-" + e + ":" + v));
      assertEquals(expected, from, "from " + start);
    }
  }

  @Test
  void scanFromWalksOnlyFromItsStart() {
    PhraseAutomaton<String> a = new PhraseAutomaton<>(Map.of("new", "new", "new york", "NY", "york", "York"));
    List<String> out = new ArrayList<>();
    a.scanFrom("in new york", 3, (s, e, v) -> out.add(s + "-" + e + ":" + v));
    assertEquals(List.of("3-6:new", "3-11:NY"), out);
    out.clear();
    a.scanFrom("in new york", 4, (s, e, v) -> out.add(s + "-" + e + ":" + v));
    assertEquals(List.of(), out);
  }
}
