package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 39 (our own sentences): a given name right before "for" opens no person's name ("a second Oscar for
 * Hilary Swank", "a Bill for Crossrail"); a title before "of" inside a run names no person after it ("Mary Queen of
 * Scots"); an award named alone is no entity ("her second Oscar", "the Golden Globes", "Grammy winner X"); a name whose
 * participle's object is "its" ("X has increased its share") is a body, not a person.
 */
class EnglishEntityRound39Test {

  @Test
  void aGivenNameBeforeForOpensNoName() {
    List<Entity> es = EntityExtractorTest.run("en", "Swank tipped again",
        "Critics tipped a second Oscar for Mabel Ferris, Mabel Ferris said on Sunday.");
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Mabel Ferris") && e.getType() == EntityType.PERSON),
        es.toString());
    assertFalse(es.stream().anyMatch(e -> e.getName().contains("for")), es.toString());
  }

  @Test
  void aTitleBeforeOfNamesNoPersonAfterIt() {
    List<Entity> es = EntityExtractorTest.run("en", "History prize list",
        "The library bought a new life of Mary Queen of Scots for its reading room in Leeds.");
    assertFalse(es.stream().anyMatch(e -> e.getName().equals("Scots")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Leeds")), es.toString());
  }

  @Test
  void anAwardNamedAloneIsNoEntity() {
    assertTrue(AwardNames.award("the Oscar-winning director", 4, 17));
    assertTrue(AwardNames.award("two Golden Globes last year", 4, 17));
    assertFalse(AwardNames.award("Oscar Wilde wrote", 0, 11));
    List<Entity> es = EntityExtractorTest.run("en", "Stars gather in Leeds",
        "She won a Grammy last year and two Golden Globes, and her Oscar nomination was a surprise.",
        "Oscar Wilde's play opened in York; Oscar was a wit.");
    assertFalse(es.stream().anyMatch(e -> e.getName().startsWith("Golden Globe") || e.getName().equals("Grammy")
        || e.getName().equals("Oscar")), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getName().equals("Oscar Wilde") && e.getType() == EntityType.PERSON),
        es.toString());
  }

  @Test
  void aNameWhoseParticipleTakesItsIsABody() {
    assertTrue(ItsFirms.cued("Corvella has increased its market share", 0, 8));
    assertTrue(ItsFirms.cued("Corvella just released its phone", 0, 8));
    assertTrue(ItsFirms.cued("Corvella is limiting its offer", 0, 8));
    assertFalse(ItsFirms.cued("Corvella said its profits rose", 0, 8), "a speech verb: the clause's its");
    assertFalse(ItsFirms.cued("Corvella ends its term", 0, 8), "a present tense: another subject's");
    assertFalse(ItsFirms.cued("Corvella called its rival weak", 0, 8));
  }
}
