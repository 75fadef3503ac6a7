package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 37 (our own sentences): a body's short form in brackets leaves out its legal form ("Harbrook Mining Co
 * (HM)") or is written with only its first letter capitalised from the first letters or syllables of its words
 * ("Grain Exchange (Grex)"); either way the short form and its repeats are the body's. A title right before lower-case
 * "magazine" or "newspaper" is the publication.
 */
class EnglishEntityRound37Test {

  @Test
  void aLegalFormIsNoPartOfTheInitials() {
    assertTrue(BracketInitials.spells("Harbrook-Delmont Mining Co", "HDM"));
    assertTrue(BracketInitials.spells("Northfield Printers Ltd", "NP"));
    assertTrue(BracketInitials.spells("Federal Communications Commission", "FCC"), "the earlier rule");
    assertFalse(BracketInitials.spells("Northfield Printers Ltd", "NL"), "the legal form is left out, not another word");
  }

  @Test
  void aShortFormInLowerCaseIsMadeOfEveryWordsFirstLetters() {
    assertEquals("Grex", BracketInitials.bracketed("the Grain Exchange (Grex) said", 18));
    assertNull(BracketInitials.bracketed("the Grain Exchange (Go) said", 18), "two letters are too few");
    assertTrue(BracketInitials.spells("Grain Exchange", "Grex"));
    assertFalse(BracketInitials.spells("New Harbour Metals Exchange", "Nyhamex"), "y starts no word");
    assertTrue(BracketInitials.spells("New Harbour Metals Exchange", "Nhmex"));
    assertTrue(BracketInitials.spells("Union of Road Hauliers", "Urha"), "of is skipped");
    assertFalse(BracketInitials.spells("Sale Sharks", "Sale"), "every capitalised word must give a letter");
    assertFalse(BracketInitials.spells("Bank of America", "Boston"));
  }

  @Test
  void theShortFormAndItsRepeatsAreTheBodys() {
    List<Entity> es = EntityExtractorTest.run("en", "Metal stocks rise",
        "Stocks held at the Northfield Metals Exchange (Nomex) rose to 12,000 tonnes in May, the exchange said.",
        "Nomex stocks had fallen in April.",
        "Harbrook-Delmont Mining Co (HDM) said HDM would buy the Corby mine.");
    Entity exchange = es.stream().filter(e -> e.getName().equals("Northfield Metals Exchange")).findFirst().orElseThrow();
    assertEquals(EntityType.ORGANIZATION, exchange.getType());
    assertEquals(3, exchange.getMentions().size(), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Nomex")), es.toString());
    Entity firm = es.stream().filter(e -> e.getName().startsWith("Harbrook-Delmont")).findFirst().orElseThrow();
    assertEquals(3, firm.getMentions().size(), es.toString());
  }

  @Test
  void aTitleBeforeMagazineOrNewspaperIsThePublication() {
    List<Entity> es = EntityExtractorTest.run("en", "Readers pick their favourite game",
        "A survey carried out by Pixel Forge magazine found that most readers play at night.",
        "The singer told The Harbinger newspaper that she would tour in May, and the music magazine Q praised the album.",
        "An interview with Jornal do Corvo newspaper followed.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getName().equals("Pixel Forge")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && e.getName().equals("The Harbinger")),
        "a capitalised The is the title's: " + es);
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Corvo")), "the end of a longer title is not the title: " + es);
  }
}
