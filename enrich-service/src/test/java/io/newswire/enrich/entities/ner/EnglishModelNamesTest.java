package io.newswire.enrich.entities.ner;

import io.newswire.text.analysis.LetterCase;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.EntityType;
import org.junit.jupiter.api.Test;

/** The shape checks that keep the English model's guesses out where the rules know better (our own sentences). */
class EnglishModelNamesTest {
  private static String[] w(String s) {
    return s.split(" ");
  }

  @Test
  void aNameIsCapitalisedAtBothEndsWithJoiningWordsInside() {
    assertTrue(EnglishModelNames.nameShaped(w("shares in Bank of Tasmania rose"), new Chunk(2, 5, "ORG")));
    assertFalse(EnglishModelNames.nameShaped(w("shares in Bank of Tasmania rose"), new Chunk(2, 6, "ORG")));
    assertFalse(EnglishModelNames.nameShaped(w("the bank in Hobart"), new Chunk(0, 2, "ORG")));
  }

  @Test
  void aPieceOfALongerNameIsLeftToTheRules() {
    String[] s = w("he joined First National Bank and Trust Co of Hobart in May");
    assertTrue(EnglishModelNames.insideLargerRun(s, new Chunk(3, 5, "ORG")), "First | National Bank");
    assertTrue(EnglishModelNames.insideLargerRun(s, new Chunk(6, 10, "ORG")), "Bank and | Trust Co of Hobart");
    assertFalse(EnglishModelNames.insideLargerRun(s, new Chunk(2, 10, "ORG")));
    assertTrue(EnglishModelNames.insideLargerRun(w("stock of Acme Corp < AC > rose"), new Chunk(4, 5, "ORG")), "a ticker");
  }

  @Test
  void oneWordNamesNeedTheirOwnEvidence() {
    assertTrue(EnglishModelNames.singleWordName(w("the network NBC said"), 2, EntityType.ORGANIZATION));
    assertFalse(EnglishModelNames.singleWordName(w("stocks held in the SPR rose"), 4, EntityType.ORGANIZATION));
    assertFalse(EnglishModelNames.singleWordName(w("Colombian investors left"), 0, EntityType.ORGANIZATION));
    assertFalse(EnglishModelNames.singleWordName(w("some Colombian investors"), 1, EntityType.ORGANIZATION));
    assertFalse(EnglishModelNames.singleWordName(w("a CCC-plus rating"), 1, EntityType.ORGANIZATION));
    assertTrue(EnglishModelNames.singleWordName(w("the plant in Mirfield closed"), 3, EntityType.PLACE));
    assertFalse(EnglishModelNames.singleWordName(w("they lost at Mirfield today"), 3, EntityType.PLACE));
    assertTrue(EnglishModelNames.plural("Rollers"));
    assertFalse(EnglishModelNames.plural("Glass"));
    assertFalse(EnglishModelNames.plural("Cyprus"));
  }

  @Test
  void capitalsLinesAreLeftToTheRules() {
    assertTrue(LetterCase.mostlyUpperCase("ACME CORP SETS QUARTERLY DIVIDEND"));
    assertFalse(LetterCase.mostlyUpperCase("Acme Corp sets its quarterly dividend"));
  }
}
