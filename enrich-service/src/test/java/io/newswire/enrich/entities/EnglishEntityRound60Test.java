package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 60 (our own sentences): after a nationality, a name whose last word the article uses again alone
 * is a person's (a surname repeated); a body after a nationality whose last word comes back only after other capitals
 * stays no person; Santander is the bank (Banco Santander) in an article that names the bank in full, the bare name a
 * partial alias; Ecus alone are a measure, no body.
 */
class EnglishEntityRound60Test {

  private static Entity withMention(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getMentions().stream().anyMatch(m -> m.getText().equals(text))).findFirst().orElse(null);
  }

  @Test
  void aNameAfterANationalityWhoseSurnameComesBackIsAPerson() {
    List<Entity> es = model("Qualifier wins in Perth",
        "The second seed lost the final in straight sets to Hungarian Reka Vadasz on Sunday.",
        "The top seed had beaten Vadasz in the first round last year, and Mr Orlov said Romanian Sandu Ciobotaru would play in March.",
        "Ciobotaru is ranked 90th.");
    for (String name : List.of("Reka Vadasz", "Sandu Ciobotaru")) {
      Entity e = withMention(es, name);
      assertNotNull(e, name + ": " + all(es));
      assertEquals(EntityType.PERSON, e.getType(), all(es));
    }
    assertTrue(es.stream().noneMatch(e -> e.getName().contains("Hungarian")), all(es));
  }

  @Test
  void aBodyAfterANationalityWhoseLastWordComesBackAfterCapitalsIsNoPerson() {
    List<Entity> es = model("Concert season opens",
        "The season opens with a guest conductor, and the Welsh Garnet Players open in May.",
        "The Youth Players follow in June.");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON), all(es));
  }

  @Test
  void santanderAfterTheBanksFullNameIsTheBank() {
    List<Entity> es = model("Bank chief in court",
        "The chairman of Santander Central Hispano appeared in court in Madrid on Monday.",
        "Santander's board said the complaint had no basis, and shares in Santander rose 1%.");
    Entity bank = withMention(es, "Santander Central Hispano");
    assertNotNull(bank, all(es));
    assertEquals("Banco Santander", bank.getName(), all(es));
    assertEquals(EntityType.ORGANIZATION, bank.getType(), all(es));
    assertEquals(3, bank.getMentions().size(), all(es));
  }

  @Test
  void santanderWithoutTheBankIsNoBank() {
    List<Entity> es = model("Ferry route reopens",
        "The overnight ferry from Plymouth to Santander sails again from Friday after repairs.");
    assertTrue(es.stream().noneMatch(e -> e.getName().equals("Banco Santander")), all(es));
  }

  @Test
  void ecusAloneAreAMeasureNoBody() {
    List<Entity> es = model("Sugar rebates set",
        "The board said 40,000 tonnes received rebates of up to 44.1 Ecus per 100 kilos, against 44.6 Ecus last week.",
        "Traders had expected about 44 Ecus.");
    assertTrue(es.stream().noneMatch(e -> e.getMentions().stream().anyMatch(m -> m.getText().startsWith("Ecu"))), all(es));
  }
}
