package io.newswire.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MatchFormTest {
  @Test
  void aWordAlreadyFoldedIsReturnedAsItIs() {
    String said = "said";
    assertSame(said, MatchForm.fold(said, "en"));
    String qala = "قال";
    assertSame(qala, MatchForm.fold(qala, "ar"));
    String goft = "گفت";
    assertSame(goft, MatchForm.fold(goft, "fa"));
  }

  @Test
  void variantsAreFoldedFromTheFirstOneOn() {
    assertEquals("said", MatchForm.fold("Said", "en"));
    assertEquals("minister's", MatchForm.fold("minister\u2019s", "en"));
    assertEquals("اكد", MatchForm.fold("أكد", "ar"));
    assertEquals("قائلا", MatchForm.fold("قائلاً", "ar"));
    assertEquals("قال", MatchForm.fold("قـال", "ar"));
    assertEquals("میگوید", MatchForm.fold("می\u200Cگوید", "fa"));
    assertEquals("علي", MatchForm.fold("على", "ar"));
    assertEquals("علی", MatchForm.fold("علي", "fa"));
    assertEquals("كتب", MatchForm.fold("کتب", "ar"));
  }

  @Test
  void aReusedScratchBufferGivesEachTokenItsOwnFold() {
    char[] scratch = new char[4];
    String first = MatchForm.fold("أعلن", false, scratch);
    String second = MatchForm.fold("Said", false, scratch);
    String longer = MatchForm.fold("Ministers", false, scratch); // longer than the buffer: folds into its own
    String kept = MatchForm.fold("قال", false, scratch);
    assertEquals("اعلن", first); // not overwritten by the later folds into the same buffer
    assertEquals("said", second);
    assertEquals("ministers", longer);
    assertSame("قال", kept);
    assertEquals("میگوید", MatchForm.fold("می\u200Cگوید", true, new char[8]));
  }

  @Test
  void foldingAFoldedFormChangesNothing() {
    // PersianChants asks a token's form as it is: the form was folded once, and a second fold must be the same
    for (boolean persian : new boolean[] {true, false}) {
      for (char c = 1; c < Character.MAX_VALUE; c++) {
        String once = MatchForm.fold(String.valueOf(c), persian, null);
        assertEquals(once, MatchForm.fold(once, persian, null), "U+" + Integer.toHexString(c));
      }
    }
    String slogans = MatchForm.fold("شِعـارهاي", "fa");
    assertEquals("شعارهای", slogans);
    assertSame(slogans, MatchForm.fold(slogans, "fa"));
  }

  @Test
  void lowerIsCharacterToLowerCaseForEveryChar() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.toLowerCase(c), MatchForm.lower(c), "U+" + Integer.toHexString(c));
    }
    assertEquals(Character.toLowerCase(Character.MAX_VALUE), MatchForm.lower(Character.MAX_VALUE));
    assertEquals('m', MatchForm.lower('M'));
    assertEquals('گ', MatchForm.lower('گ'));
    assertEquals('σ', MatchForm.lower('Σ'));
  }
}

