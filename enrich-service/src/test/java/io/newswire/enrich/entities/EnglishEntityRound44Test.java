package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 44 (our own sentences): a body named after its members in the plural possessive ("the Glassblowers'
 * Union") is one organisation, with the capitalised words before the members' word and between it and the head; a
 * surname's repeat keeps the particle of the person's full name ("De Vos said"); "Fed funds" is a rate, not the Fed.
 */
class EnglishEntityRound44Test {

  private static List<String> orgTexts(List<Entity> es) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  private static List<String> personTexts(List<Entity> es) {
    return es.stream().filter(e -> e.getType() == EntityType.PERSON)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void aMembersUnionIsOneBody() {
    List<Entity> es = EntityExtractorTest.run("en", "Pay talks",
        "Talks broke down on Friday, and the Glassblowers' Union said its members would meet again next week.");
    assertTrue(orgTexts(es).contains("Glassblowers' Union"), es.toString());
  }

  @Test
  void theWordsBeforeAndBetweenAreTheBodys() {
    List<Entity> es = EntityExtractorTest.run("en", "Pension move",
        "The fund was backed by the Northern Tin Miners' Regional Benefit Fund and a local bank.",
        "Members of the Harbour and General Dockers' Union voted to strike.");
    assertTrue(orgTexts(es).contains("Northern Tin Miners' Regional Benefit Fund"), es.toString());
    assertTrue(orgTexts(es).contains("Harbour and General Dockers' Union"), es.toString());
    assertFalse(personTexts(es).contains("Dockers"), es.toString());
  }

  @Test
  void aNicknameBeforeACompetitionIsLeftAlone() {
    List<Entity> es = EntityExtractorTest.run("en", "Squad news",
        "The winger is needed for the Blues' Celtic League match with Munster on Saturday.");
    assertFalse(orgTexts(es).stream().anyMatch(t -> t.startsWith("Blues")), es.toString());
  }

  @Test
  void aRepeatKeepsTheParticleOfTheSurname() {
    List<Entity> es = EntityExtractorTest.run("en", "Reserves rise",
        "Reserves rose in February, central bank governor Pieter de Vos said on Friday.",
        "De Vos, speaking on radio, gave no breakdown. Prices would rise, de Vos said.");
    List<String> people = personTexts(es);
    assertTrue(people.contains("Pieter de Vos"), es.toString());
    assertTrue(people.contains("De Vos"), es.toString());
    assertTrue(people.contains("de Vos"), es.toString());
    assertFalse(people.contains("Vos"), es.toString());
  }

  @Test
  void fedFundsAreARateNotTheBank() {
    List<Entity> es = EntityExtractorTest.run("en", "Money market",
        "The Federal Reserve added reserves to the banking system on Tuesday.",
        "Fed funds were trading at 6 pct when the Fed stepped in, and Federal funds later eased, dealers said.");
    List<String> orgs = orgTexts(es);
    assertTrue(orgs.contains("Federal Reserve"), es.toString());
    assertTrue(orgs.contains("Fed"), es.toString());
    assertTrue(orgs.stream().filter(t -> t.equals("Fed")).count() == 1, es.toString());
    assertFalse(orgs.contains("Federal"), es.toString());
  }
}
