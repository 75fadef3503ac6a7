package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 59, second part (our own sentences): the BBC's sport station under each of its names, the bare
 * "Five Live" no person; a person's name after a nationality (South Korean, Czech) whose given name is hyphened or also a
 * month's short form; a headline's given name and surname that the body writes together, apostrophe and all.
 */
class EnglishEntityRound59bTest {

  private static Entity withMention(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getMentions().stream().anyMatch(m -> m.getText().equals(text))).findFirst().orElse(null);
  }

  @Test
  void fiveLiveIsTheBbcStationUnderEachName() {
    List<Entity> es = model("Keeper signs new deal",
        "\"I am staying here,\" the goalkeeper told BBC Radio Five Live on Friday.",
        "His manager told Five Live's phone-in later that the club was pleased, and the chairman spoke to BBC Five Live too.");
    for (String name : List.of("BBC Radio Five Live", "Five Live", "BBC Five Live")) {
      Entity e = withMention(es, name);
      assertNotNull(e, name + ": " + all(es));
      assertEquals("BBC Radio Five Live", e.getName(), all(es));
      assertEquals(EntityType.ORGANIZATION, e.getType(), all(es));
    }
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON && e.getName().contains("Live")), all(es));
  }

  @Test
  void fiveLiveShowsInLowerCaseAreNoStation() {
    List<Entity> es = model("Band to tour",
        "The Marlow band said it would play five live shows in June before recording.");
    assertTrue(es.stream().noneMatch(e -> e.getName().equals("BBC Radio Five Live")), all(es));
  }

  @Test
  void aHyphenedGivenNameAfterANationalityIsAPerson() {
    List<Entity> es = model("Seed out in first round",
        "The seed lost to South Korean Dong-Hyun Park in three sets on Tuesday, and Czech Jan Hernak beat a qualifier.");
    Entity park = withMention(es, "Dong-Hyun Park");
    assertNotNull(park, all(es));
    assertEquals(EntityType.PERSON, park.getType(), all(es));
    Entity hernak = withMention(es, "Jan Hernak");
    assertNotNull(hernak, all(es));
    assertEquals(EntityType.PERSON, hernak.getType(), all(es));
    assertTrue(es.stream().noneMatch(e -> e.getName().contains("Korean")), all(es));
  }

  @Test
  void aBodyAfterANationalityStaysABody() {
    List<Entity> es = model("Carrier buys jets",
        "South Korean Airlines said on Monday it would buy new jets, and the Argentine Central Bank raised rates.");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON), all(es));
  }

  @Test
  void theShapeOfAHyphenedGivenName() {
    assertTrue(EnglishNameRecognizer.hyphenedGivenName("Dong-Hyun"));
    assertTrue(EnglishNameRecognizer.hyphenedGivenName("Jean-Luc"));
    assertFalse(EnglishNameRecognizer.hyphenedGivenName("Franco-German"));
    assertFalse(EnglishNameRecognizer.hyphenedGivenName("Anglo-American"));
    assertFalse(EnglishNameRecognizer.hyphenedGivenName("Mid-term"));
    assertFalse(EnglishNameRecognizer.hyphenedGivenName("Stratford-upon-Avon"));
  }

  @Test
  void aHeadlineNameTheBodyWritesWholeStaysWhole() {
    List<Entity> es = model("Ousmane N'Diaye wins music prize",
        "Senegalese singer Ousmane N'Diaye has won the folk award, the panel said on Sunday.",
        "N'Diaye said he was proud of his band.");
    Entity singer = withMention(es, "N'Diaye");
    assertNotNull(singer, all(es));
    assertEquals(EntityType.PERSON, singer.getType(), all(es));
    assertTrue(singer.getMentions().stream().filter(m -> m.getField().equals("headline"))
        .allMatch(m -> m.getText().equals("Ousmane N'Diaye")), all(es));
  }

  @Test
  void aHeadlineOpenerBeforeASurnameIsNoGivenName() {
    List<Entity> es = model("Dogged Hallberg claims title",
        "Peter Hallberg won the final in three sets on Sunday.");
    assertTrue(es.stream().flatMap(e -> e.getMentions().stream()).noneMatch(m -> m.getText().equals("Dogged Hallberg")), all(es));
  }
}
