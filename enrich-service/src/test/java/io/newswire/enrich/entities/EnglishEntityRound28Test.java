package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 28 (our own sentences): a clergyman's title stays outside his name; an office named by its see
 * or land gives the place; a name ending with a company's head noun is a firm, not a person.
 */
class EnglishEntityRound28Test {

  @Test
  void aClericalTitleStaysOutsideTheName() {
    List<Entity> es = model("Church leaders meet",
        "Archbishop Thomas Dube opened the synod on Monday.",
        "Later Archbishop Dube said the vote would be close.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Thomas Dube"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Archbishop Thomas Dube"), all(es));
    assertEquals(1, es.stream().filter(e -> e.getType() == EntityType.PERSON).count(), all(es));
    assertEquals(11, ClericalTitles.afterLastTitle("the Rt Rev Alan Marsh", 4, 21));
    assertEquals(6, ClericalTitles.afterLastTitle("Rabbi Levin", 0, 11));
  }

  @Test
  void aTitleWordAsTheLastWordIsASurname() {
    List<Entity> es = model("Singer returns",
        "The singer Maurice Bishop played two nights in Leeds.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Maurice Bishop"), all(es));
    assertEquals(-1, ClericalTitles.afterLastTitle("Maurice Bishop", 0, 14));
    assertEquals(-1, ClericalTitles.afterLastTitle("Bishopton Reid", 0, 14));
  }

  @Test
  void anOfficeNamedByItsSeeGivesThePlace() {
    assertEquals(18, OfficeSees.placeAfterTitle("the Archbishop of Wessex said", 4, 24));
    assertEquals(12, OfficeSees.placeAfterTitle("the Duke of Marbury", 4, 19));
  }

  @Test
  void anotherOfNameIsNoOffice() {
    assertEquals(-1, OfficeSees.placeAfterTitle("the Bank of Wessex", 4, 18));
    assertEquals(-1, OfficeSees.placeAfterTitle("the Duke of the realm", 4, 21));
    // a second "of" makes it a longer name, left whole
    assertEquals(-1, OfficeSees.placeAfterTitle("Prince of Wales Hospital of Hull", 0, 32));
  }

  @Test
  void aNameEndingWithACompanyHeadIsAFirm() {
    assertTrue(FirmHeads.endsWithHead("Corvane Foods", 0, 13));
    assertTrue(FirmHeads.endsWithHead("shares in Halden Motor fell", 10, 22));
    List<Entity> es = model("Food group buys rival",
        "Brightwater Foods agreed to buy a smaller rival for $200m on Tuesday.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Brightwater Foods"), all(es));
  }

  @Test
  void aPersonWithoutACompanyHeadStaysAPerson() {
    assertEquals(false, FirmHeads.endsWithHead("Tony Foodsworth", 0, 15));
    assertEquals(false, FirmHeads.endsWithHead("Motors", 0, 6));
    List<Entity> es = model("Chef opens restaurant",
        "Chef Martin Hale opened his third restaurant in Bristol. Hale said bookings were strong.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Martin Hale"), all(es));
  }

  @Test
  void aTournamentNamedByItsTownIsAnEvent() {
    List<Entity> es = model("Hale through in Kelby",
        "The top seed Anna Hale reached the quarter-final of the Kelby International tennis tournament on Tuesday.",
        "Hale won the Kelby International last year.");
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Kelby International"), all(es));
    assertTrue(EventNames.endsWithHead("the Harwick Games", 4, 17));
    assertTrue(EventNames.endsWithHead("the Belgian Open", 4, 16));
  }

  @Test
  void aBodyEndingWithInternationalOutsideSportStays() {
    List<Entity> es = model("Charity warns on aid",
        "The charity Relief Corvane International said on Monday that aid was not reaching the camps.",
        "Relief Corvane International has 300 staff in the region.");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "Relief Corvane International"), all(es));
    assertEquals(false, EventNames.endsWithHead("the Belgian Openness", 4, 20));
  }
}
