package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word before a street's name: a house number or a preposition of place makes it the street, not the office. */
class StreetBodiesTest {
  private static boolean placeWordBefore(String d) {
    return StreetBodies.afterNumberOrPlaceWord(d, d.indexOf("Downing"));
  }

  @Test
  void aHouseNumberOrAPrepositionOfPlaceComesBefore() {
    assertTrue(placeWordBefore("He arrived at 10 Downing Street on Monday."));
    assertTrue(placeWordBefore("a news conference in Downing Street"));
    assertTrue(placeWordBefore("walking up Downing Street"));
  }

  @Test
  void anyOtherWordOrNoneLeavesTheOffice() {
    assertFalse(placeWordBefore("Downing Street said the talks would go on."), "the field's start");
    assertFalse(placeWordBefore("a Downing Street adviser"), "an article");
    assertFalse(placeWordBefore("the leak (Downing Street denied it)"), "a bracket, no word");
    assertFalse(placeWordBefore("sources close to the PM,  Downing Street"), "two spaces");
    assertFalse(placeWordBefore("walking up-Downing Street"), "no space before");
  }
}
