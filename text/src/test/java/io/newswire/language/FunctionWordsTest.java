package io.newswire.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** anyConfirms lets LatinLanguages skip the n-grams only where no language could be confirmed. */
class FunctionWordsTest {
  private static final List<String> LANGUAGES = List.of("fr", "de", "es", "it", "pt", "nl", "sv", "no", "da", "fi",
      "pl", "tr", "ca", "ro", "cs", "sk", "hu", "hr", "sl", "et", "lt", "lv", "id");
  private static final List<String> TEXTS = List.of(
      "ACME CORP 3RD QTR Shr 41 cts vs 37 cts Revs 88.1 mln vs 80.4 mln",
      "ACME CORP 3RD QTR NET Shr 41 cts vs 37 cts Net 4.2 mln vs 3.9 mln",
      "Minister visits Doha",
      "Talks in Vienna end without a deal",
      "Le ministre a déclaré lundi que les négociations étaient terminées",
      "Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften vorbei seien",
      "Ministeriet siger at forhandlingerne er slut",
      "Bakan Ankara'da açıklama yaptı",
      "Premier Warszawa spotkanie",
      "die in de van het en",
      "");

  @Test
  void noLanguageConfirmsWhenAnyConfirmsSaysSo() {
    for (String text : TEXTS) {
      for (boolean shortText : new boolean[] {true, false}) {
        boolean some = false;
        for (String language : LANGUAGES) {
          some |= FunctionWords.confirms(language, text, shortText);
        }
        if (!FunctionWords.anyConfirms(text, shortText)) {
          assertFalse(some, text);
        }
      }
    }
  }

  @Test
  void tablesAndEnglishHeadlinesConfirmNothingForeignTextDoes() {
    assertFalse(FunctionWords.anyConfirms(TEXTS.get(0), false));
    assertTrue(FunctionWords.anyConfirms(TEXTS.get(1), false)); // "net" is a Dutch function word
    assertFalse(FunctionWords.anyConfirms(TEXTS.get(2), true));
    assertTrue(FunctionWords.anyConfirms(TEXTS.get(3), true)); // words of other lists ("in", "a", ...) outnumber the English ones
    assertTrue(FunctionWords.anyConfirms(TEXTS.get(4), true));
    assertTrue(FunctionWords.anyConfirms(TEXTS.get(7), true)); // no function word, letters English does not write
    assertEquals("en", LatinLanguages.detect(TEXTS.get(0), 60));
    assertEquals("de", LatinLanguages.detect(TEXTS.get(5), 70));
  }
}
