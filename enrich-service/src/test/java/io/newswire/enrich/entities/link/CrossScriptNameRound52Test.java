package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Round 52: a word opening with a madda alef and lam (آلدا, آلاجوز) has no article, as one opening with a hamza alef
 * and lam has none: its key and spelling keep the letters the matching form would read as al-.
 */
class CrossScriptNameRound52Test {
  @Test
  void aMaddaAlefAndLamIsNoArticleInTheKey() {
    assertEquals(CrossScriptName.key("Alan Alda"), CrossScriptName.key("آلن آلدا"));
  }

  @Test
  void aMaddaAlefAndLamIsNoArticleInTheSpelling() {
    String name = CrossScriptName.romanizePerson("علي آلاجوز", "ar");
    assertFalse(name.contains("al-"), name);
  }

  @Test
  void theHouseOfStandingApartStaysAl() {
    assertEquals("Abdulaziz bin Abdulrahman Al Saud", CrossScriptName.romanizePerson("عبدالعزيز بن عبدالرحمن آل سعود", "ar"));
  }
}
