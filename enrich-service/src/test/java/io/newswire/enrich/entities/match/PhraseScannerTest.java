package io.newswire.enrich.entities.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scan's order (by end, then by phrase text) comes from insertion within one end: same as a full sort. */
class PhraseScannerTest {
  private static PhraseScanner scanner(List<String> phrases) {
    Map<String, List<AliasTarget>> names = new HashMap<>();
    for (String p : phrases) {
      names.put(p, List.of());
    }
    return new PhraseScanner(names, Map.of());
  }

  private static List<String> spans(List<PhraseHit> hits, String text) {
    List<String> out = new ArrayList<>();
    for (PhraseHit h : hits) {
      out.add(h.start() + "-" + h.end() + ":" + text.substring(h.start(), h.end()));
    }
    return out;
  }

  /** The order the rules were written against: a full sort by end, then by the phrase's text. */
  private static List<String> fullySorted(List<PhraseHit> hits, String text) {
    List<PhraseHit> copy = new ArrayList<>(hits);
    copy.sort(Comparator.comparingInt(PhraseHit::end).thenComparing(h -> text.substring(h.start(), h.end())));
    return spans(copy, text);
  }

  @Test
  void nestedNamesEndingTogetherComeInTheirTextsOrder() {
    String text = "the emir of qatar met the prime minister";
    PhraseScanner s = scanner(List.of("emir of qatar", "qatar", "of qatar", "minister", "prime minister", "emir"));
    assertEquals(List.of("4-8:emir", "4-17:emir of qatar", "9-17:of qatar", "12-17:qatar",
        "32-40:minister", "26-40:prime minister"), spans(s.scan(text), text));
  }

  @Test
  void arabicNamesEndingTogether() {
    String text = "قال امير دولة قطر";
    PhraseScanner s = scanner(List.of("قطر", "دولة قطر", "امير دولة قطر"));
    List<PhraseHit> hits = s.scan(text);
    assertEquals(3, hits.size());
    assertEquals(fullySorted(hits, text), spans(hits, text));
  }

  /** Many phrases over a three-letter alphabet end together often: random cases from a fixed seed. */
  @Test
  void sameOrderAsAFullSort() {
    Random random = new Random(19);
    for (int round = 0; round < 400; round++) {
      List<String> keys = new ArrayList<>();
      for (int k = random.nextInt(15); k > 0; k--) {
        keys.add(word(random, 1 + random.nextInt(5)));
      }
      String text = word(random, random.nextInt(61));
      List<PhraseHit> hits = scanner(keys).scan(text);
      assertEquals(fullySorted(hits, text), spans(hits, text), keys + " in " + text);
    }
  }

  /** scanWords: the hits at word bounds (clitics allowed), in scan's order; the others never made. */
  @Test
  void scanWordsKeepsOnlyHitsAtWordBounds() {
    String text = "iranian iran, iran's iranair";
    PhraseScanner s = scanner(List.of("iran", "ran", "iranian"));
    assertEquals(List.of("0-7:iranian", "8-12:iran", "14-18:iran"), spans(s.scanWords(text, "en"), text));
    assertEquals(9, s.scan(text).size());
    // Arabic: و + ب before a name is a proclitic run, a third letter is not; a Persian plural suffix may follow.
    String ar = "وبقطر وتبقطر";
    assertEquals(List.of("2-5:قطر"), spans(scanner(List.of("قطر")).scanWords(ar, "ar"), ar));
    String fa = "ايرانها ايرانيان";
    assertEquals(List.of("0-5:ايران"), spans(scanner(List.of("ايران")).scanWords(fa, "fa"), fa));
  }

  /** Random texts over letters and a space: scanWords is exactly scan's hits that atWordBounds keeps. */
  @Test
  void scanWordsIsScanFiltered() {
    Random random = new Random(46);
    for (int round = 0; round < 400; round++) {
      List<String> keys = new ArrayList<>();
      for (int k = random.nextInt(15); k > 0; k--) {
        keys.add(word(random, 1 + random.nextInt(4)));
      }
      String text = word(random, random.nextInt(61)).replace('c', ' ');
      PhraseScanner s = scanner(keys);
      List<PhraseHit> kept = new ArrayList<>();
      for (PhraseHit h : s.scan(text)) {
        if (PhraseScanner.atWordBounds(text, h.start(), h.end(), "en")) {
          kept.add(h);
        }
      }
      assertEquals(spans(kept, text), spans(s.scanWords(text, "en"), text), keys + " in " + text);
    }
  }

  /**
   * The same over Arabic letters (proclitics و ب ل among them, a space), in Arabic and Persian: the walks from
   * word starts and proclitic runs find every hit the full scan keeps, in its order.
   */
  @Test
  void scanWordsIsScanFilteredInArabicScript() {
    char[] letters = {'و', 'ب', 'ل', 'ا', 'ه', 'ي', ' '};
    Random random = new Random(48);
    for (String language : List.of("ar", "fa")) {
      for (int round = 0; round < 600; round++) {
        List<String> keys = new ArrayList<>();
        for (int k = random.nextInt(15); k > 0; k--) {
          keys.add(letters(random, letters, 1 + random.nextInt(4)).strip());
        }
        keys.removeIf(String::isEmpty);
        String text = letters(random, letters, random.nextInt(61));
        PhraseScanner s = scanner(keys);
        List<PhraseHit> kept = new ArrayList<>();
        for (PhraseHit h : s.scan(text)) {
          if (PhraseScanner.atWordBounds(text, h.start(), h.end(), language)) {
            kept.add(h);
          }
        }
        assertEquals(spans(kept, text), spans(s.scanWords(text, language), text), keys + " in " + text);
      }
    }
  }

  private static String letters(Random random, char[] letters, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(letters[random.nextInt(letters.length)]);
    }
    return b.toString();
  }

  private static String word(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(3)));
    }
    return b.toString();
  }
}
