package io.newswire.text.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldAnalysisTest {
  private static List<String> tokens(FieldAnalysis a) {
    List<String> out = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      out.add(a.text().substring(a.tokenStart(t), a.tokenEnd(t)));
    }
    return out;
  }

  private static List<String> sentence(FieldAnalysis a, int s) {
    return tokens(a).subList(a.sentenceFirstToken(s), a.sentenceEndToken(s));
  }

  private static List<String> words(FieldAnalysis a) {
    List<String> out = new ArrayList<>();
    for (int w = 0; w < a.wordCount(); w++) {
      out.add(a.text().substring(a.wordStart(w), a.wordEnd(w)));
    }
    return out;
  }

  @Test
  void englishTokensKeepInitialsAndApostrophesButSplitPossessivesAndPunctuation() {
    FieldAnalysis a = FieldAnalysis.of("O'Brien told the U.S. envoy: \"Brown's plan works.\" Talks resume today!");
    assertEquals(List.of("O'Brien", "told", "the", "U.S", ".", "envoy", ":", "\"", "Brown", "'", "s", "plan", "works",
        ".", "\"", "Talks", "resume", "today", "!"), tokens(a));
    assertEquals(3, a.sentenceCount());
    assertEquals(List.of("O'Brien", "told", "the", "U.S", "."), sentence(a, 0));
    assertEquals(List.of("\"", "Talks", "resume", "today", "!"), sentence(a, 2));
    assertEquals(FieldAnalysis.Script.LATIN, a.script());
  }

  @Test
  void arabicSentencesEndAtArabicQuestionMarkAndSemicolon() {
    FieldAnalysis a = FieldAnalysis.of("هل زار الرئيس الدوحة؟ نعم؛ وقال إن الزيارة ناجحة");
    assertEquals(3, a.sentenceCount());
    assertEquals(List.of("هل", "زار", "الرئيس", "الدوحة", "؟"), sentence(a, 0));
    assertEquals(List.of("نعم", "؛"), sentence(a, 1));
    assertEquals(List.of("وقال", "إن", "الزيارة", "ناجحة"), sentence(a, 2));
    assertEquals(FieldAnalysis.Script.ARABIC, a.script());
  }

  @Test
  void persianZwnjStaysInsideWordsOfBothTokenizations() {
    FieldAnalysis a = FieldAnalysis.of("رئیس‌جمهور می‌گوید که مذاکرات ادامه دارد.");
    assertEquals(List.of("رئیس‌جمهور", "می‌گوید", "که", "مذاکرات", "ادامه", "دارد", "."), tokens(a));
    assertEquals(List.of("رئیس‌جمهور", "می‌گوید", "که", "مذاکرات", "ادامه", "دارد"), words(a));
    // the matching form splits at ZWNJ (names in running text), the tokens do not
    assertEquals("رئيس جمهور مي گويد كه مذاكرات ادامه دارد.", a.matchingForm().text());
  }

  @Test
  void aLineInCapitalsIsToldOnceAndAsLetterCaseTellsIt() {
    for (String text : List.of("OIL PRICES RISE AS OPEC MEETS", "Oil prices rise as OPEC meets", "NATO and the EU", "", "ارتفاع الأسعار")) {
      FieldAnalysis a = FieldAnalysis.of(text);
      assertEquals(LetterCase.mostlyUpperCase(text), a.mostlyUpperCase(), text);
      assertEquals(LetterCase.mostlyUpperCase(text), a.mostlyUpperCase(), text); // the kept answer
    }
    assertTrue(FieldAnalysis.of("OIL PRICES RISE AS OPEC MEETS").mostlyUpperCase());
  }

  @Test
  void wordRunsDropPunctuationAndKeepHyphenatedWords() {
    FieldAnalysis a = FieldAnalysis.of("The well-known minister said: \"we don't agree\" - twice.");
    assertEquals(List.of("The", "well-known", "minister", "said", "we", "don't", "agree", "twice"), words(a));
  }

  @Test
  void aTokenThatIsAlsoAWordSharesTheWordsString() {
    FieldAnalysis a = FieldAnalysis.of("Brown's well-known plan: \"we agree\", said O'Brien in Doha.");
    for (int t = 0; t < a.tokenCount(); t++) {
      assertEquals(a.text().substring(a.tokenStart(t), a.tokenEnd(t)), a.tokenText(t));
    }
    assertSame(a.wordText(words(a).indexOf("plan")), a.tokenText(tokens(a).indexOf("plan")));
    assertSame(a.wordText(words(a).indexOf("O'Brien")), a.tokenText(tokens(a).indexOf("O'Brien")));
    assertEquals("Brown's", a.wordText(0)); // a word over three tokens (Brown ' s): each token cut on its own
    assertEquals("Brown", a.tokenText(0));
  }

  @Test
  void codePointOffsetsCountASupplementaryCharOnce() {
    String text = "Fans 😀 cheered Salah";
    FieldAnalysis a = FieldAnalysis.of(text);
    assertEquals(text.indexOf("Salah") - 1, a.codePointOffset(text.indexOf("Salah")));
    assertEquals(3, FieldAnalysis.of("abc").codePointOffset(3));
    assertEquals(FieldAnalysis.Script.NONE, FieldAnalysis.of("2026 - 11").script());
    assertEquals(FieldAnalysis.Script.MIXED, FieldAnalysis.of("سفر to Doha").script());
  }

  @Test
  void derivedViewsAreBuiltOncePerField() {
    FieldAnalysis a = FieldAnalysis.of("Talks resume today.");
    FieldAnalysis.Key<List<String>> key = FieldAnalysis.key(FieldAnalysisTest::words);
    FieldAnalysis.Key<List<String>> other = FieldAnalysis.key(FieldAnalysisTest::tokens);
    List<String> first = a.derived(key);
    assertEquals(List.of("Talks", "resume", "today"), first);
    assertEquals(4, a.derived(other).size());
    assertSame(first, a.derived(key));
    assertSame(a.matchingForm(), a.matchingForm());
  }

  @Test
  void aViewBuiltFromOtherViewsKeepsThemAll() {
    FieldAnalysis a = FieldAnalysis.of("Talks resume today.");
    int[] builds = new int[3];
    FieldAnalysis.Key<List<String>> words = FieldAnalysis.key(f -> {
      builds[0]++;
      return words(f);
    });
    FieldAnalysis.Key<List<String>> tokens = FieldAnalysis.key(f -> {
      builds[1]++;
      return tokens(f);
    });
    // derives two others while it is built: they take slots (and grow the table) before it is stored
    FieldAnalysis.Key<Integer> both = FieldAnalysis.key(f -> {
      builds[2]++;
      return f.derived(words).size() + f.derived(tokens).size();
    });
    assertEquals(7, a.derived(both));
    List<String> w = a.derived(words);
    List<String> t = a.derived(tokens);
    assertEquals(7, a.derived(both));
    assertSame(w, a.derived(words));
    assertSame(t, a.derived(tokens));
    assertEquals(List.of(1, 1, 1), List.of(builds[0], builds[1], builds[2]));
  }
}
