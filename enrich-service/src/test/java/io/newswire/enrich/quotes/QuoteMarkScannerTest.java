package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMarkScannerTest {
  private static List<String> quoted(String text) {
    return QuotationMarkScanner.scan(text, false).stream()
        .map(s -> text.substring(s.contentStart(), s.contentEnd())).toList();
  }

  @Test
  void theMarksAreTheTwelveListedCharsAndNoOther() {
    String marks = "\"“”„«»‹›‘’‚'";
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(marks.indexOf(c) >= 0, QuotationMarkScanner.isMark((char) c), Integer.toHexString(c));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "straight|The mayor said: \"the bridge opens in May\" and left.",
      "english curly|The mayor said: “the bridge opens in May” and left.",
      "guillemets|Le maire a dit : «the bridge opens in May» puis est parti.",
      "german low-high|Der Bürgermeister sagte: „the bridge opens in May“ und ging.",
      "single guillemets|He said: ‹the bridge opens in May› and left.",
      "single curly|He said: ‘the bridge opens in May’ and left.",
      "two apostrophes|He said: ''the bridge opens in May'' and left.",
      "reversed curly in right-to-left copy|He said: ”the bridge opens in May” and left.",
  })
  void everyQuotationStyle(String style, String text) {
    assertEquals(List.of("the bridge opens in May"), quoted(text), style);
  }

  @Test
  void arabicAndPersianGuillemets() {
    assertEquals(List.of("سنفتح الجسر في الربيع"), quoted("وقال المحافظ: «سنفتح الجسر في الربيع»."));
    assertEquals(List.of("پل را در بهار باز می‌کنیم"), quoted("شهردار گفت: «پل را در بهار باز می‌کنیم»."));
  }

  @Test
  void nestedQuotationStaysInsideTheOuterOne() {
    String t = "She said: “My father told me ‘never sell the farm’ and I listened.” Then she left.";
    assertEquals(List.of("My father told me ‘never sell the farm’ and I listened."), quoted(t));
    String ar = "وقال: «قال لي جدي \"لا تبع الأرض\" وما زلت أذكر ذلك».";
    assertEquals(List.of("قال لي جدي \"لا تبع الأرض\" وما زلت أذكر ذلك"), quoted(ar));
  }

  @Test
  void unclosedNestedOpenerDoesNotSwallowTheParagraph() {
    String t = "She said: “My father told me ‘never sell and I listened.” Then she left.";
    assertEquals(List.of("My father told me ‘never sell and I listened."), quoted(t));
  }

  @Test
  void strayClosingMarkWithoutOpenerIsIgnored() {
    assertTrue(quoted("وأكد الوزير انه بحث مع نظيره سبل التعاون في مجال الطاقة\".").isEmpty());
  }

  @Test
  void unclosedOpenerRunsToTheEndOfTheField() {
    List<QuoteSpan> spans = QuotationMarkScanner.scan("He said: “the first part of a long statement", false);
    assertEquals(1, spans.size());
    assertFalse(spans.get(0).closed());
  }

  @Test
  void quotationCarriedOverFromThePreviousParagraphClosesHere() {
    List<QuoteSpan> spans = QuotationMarkScanner.scan("and that is all we ask.” Then he sat down.", true);
    assertEquals(1, spans.size());
    assertEquals(-1, spans.get(0).open());
    assertTrue(spans.get(0).closed());
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertTrue(quoted("The council's plan isn't ready, the mayor's aide said.").isEmpty());
    assertTrue(quoted("The council’s plan isn’t ready, the mayor’s aide said.").isEmpty());
  }
}
