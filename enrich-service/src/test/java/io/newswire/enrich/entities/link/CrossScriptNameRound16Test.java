package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Round 16: a word and الله, joined as the English press writes such names. */
class CrossScriptNameRound16Test {
  @Test
  void aWordAndAllahAreOneName() {
    assertEquals("Ramallah", CrossScriptName.romanize("رام الله", "ar"));
    assertEquals("Abdullah", CrossScriptName.romanize("عبد الله", "ar")); // عبد الله keeps its own spelling
    assertEquals("Nasrallah", CrossScriptName.romanize("نصر الله", "ar"));
  }
}
