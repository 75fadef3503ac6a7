package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Round 55 (issue 13, Arabic entities): ف + ال in front of a name, or a listed name word that opens with فال. */
class ArabicCliticRound55Test {
  @Test
  void aListedNameWordKeepsItsFaAndAnArticleAfterFaIsStillAClitic() {
    assertEquals(0, UnknownNameLinker.procliticLength("فالنسيا", 0, 7)); // Valencia
    assertEquals(0, UnknownNameLinker.procliticLength("فالنتينو", 0, 8)); // Valentino
    assertEquals(1, UnknownNameLinker.procliticLength("فالسعودية", 0, 9)); // ف + السعودية
    assertEquals(1, UnknownNameLinker.procliticLength("فالحوثيون", 0, 9));
  }
}
