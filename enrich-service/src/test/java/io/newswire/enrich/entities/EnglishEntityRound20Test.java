package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 20 (our own sentences): a body's initials in brackets and their repeats name the body; a
 * knowledge-base body that ends a longer body's name is no mention of its own; a mention opened by a lower-case
 * function word is no name; a place right before an office and its holder (Iowa Congressman Tom Harker) is the place; an office
 * followed by its holder's name after a comma is no reference to the knowledge base's holder; a ministry's
 * portfolios listed with commas are one name; a co-operative, lender or charity named after its kind word is a body.
 */
class EnglishEntityRound20Test {

  @Test
  void initialsInBracketsAndTheirRepeatsNameTheBody() {
    List<Entity> es = model("Board report",
        "The Northern Rail Safety Board (NRSB) said on Monday that delays rose.",
        "The NRSB later added that staff were short.");
    assertEquals(3, mentionsOfEntityNamed(es, "Northern Rail Safety Board"), all(es));
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "NRSB"), all(es));
  }

  @Test
  void initialsMaySpellOnlyTheWordsThatEndTheName() {
    List<Entity> es = model("Appeal lodged",
        "The runner has appealed to the European Court of Appeal for Trade (CAT) against the fine.",
        "CAT has said a ruling will come within weeks.");
    assertEquals(3, mentionsOfEntityNamed(es, "European Court of Appeal for Trade"), all(es));
  }

  @Test
  void aBracketedCodeThatSpellsNoInitialsStaysOut() {
    assertNull(BracketInitials.bracketed("Tarquil Holdings (tqx) said", 16));
    assertEquals("TQX", BracketInitials.bracketed("Tarquil Holdings (TQX) said", 16));
    assertFalse(BracketInitials.spells("Tarquil Holdings", "TQX"));
    assertTrue(BracketInitials.spells("Multi-State Lottery Board", "MSLB"), "hyphen parts are words");
    assertFalse(BracketInitials.spells("Court of Appeal for Trade", "AT"), "two letters must spell every word");
    List<Entity> es = model("Trade ruling",
        "Tarquil Holdings (TQX) said profits rose, and TQX shares gained.",
        "Dealers were pleased.");
    assertEquals(1, mentionsOfEntityNamed(es, "Tarquil Holdings"), all(es));
  }

  @Test
  void aKnownBodyEndingALongerBodysNameIsNoMentionOfItsOwn() {
    List<Entity> es = model("Salmon vote",
        "Delegates to the Pacific Salmon Congress will vote on quotas on Friday, the group said.",
        "The Pacific Salmon Congress meets every year.");
    assertEquals(2, mentionsOf(es, EntityType.ORGANIZATION, "Pacific Salmon Congress"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "United States Congress"), all(es));
  }

  @Test
  void aMentionOpenedByAFunctionWordIsNoName() {
    assertTrue(ShapeNotNames.opensWithFunctionWord("for Economics"));
    assertTrue(ShapeNotNames.opensWithFunctionWord("and Nationals"));
    assertFalse(ShapeNotNames.opensWithFunctionWord("de Villepin"), "a particle opens a name");
    assertFalse(ShapeNotNames.opensWithFunctionWord("Economics"));
    List<Entity> es = model("Panel meets",
        "The panel heard Jim Pollard, Treasury Deputy Secretary for Planning in the years 1990 to 1994, at the meeting.",
        "No vote was taken.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "for Economics"), all(es));
    assertTrue(mentionsOf(es, EntityType.PERSON, "Jim Pollard") >= 1, all(es));
  }

  @Test
  void aStateBeforeAnOfficeAndItsHolderIsThePlace() {
    List<Entity> es = model("Panel meets",
        "The panel heard former Iowa Congressman Tom Harker and Texas Governor Ann Roe on Monday.",
        "Both spoke for an hour.");
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Iowa"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PLACE, "Texas"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Tom Harker"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Ann Roe"), all(es));
  }

  @Test
  void aTownInsideAHospitalsNameStaysInside() {
    List<Entity> es = model("Ward opens",
        "A new ward opened at York General Hospital on Monday.",
        "Staff welcomed it.");
    assertEquals(0, mentionsOf(es, EntityType.PLACE, "York"), all(es));
  }

  @Test
  void anOfficeInAppositionToItsHoldersNameIsThatPerson() {
    List<Entity> es = model("Adviser quits",
        "The adviser who helped Canada's PM, Tom Harker, win two elections has quit.",
        "Mr Harker thanked him.");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON
        && e.getMentions().stream().anyMatch(m -> m.getText().toString().startsWith("Canada"))), all(es));
    assertTrue(mentionsOf(es, EntityType.PERSON, "Tom Harker") >= 1, all(es));
  }

  @Test
  void aMinistrysPortfoliosListedWithCommasStayInItsName() {
    List<Entity> es = model("Pests threaten crop",
        "The Ministry of Agriculture, Forestry and Fisheries has called for more spraying, the agency said.",
        "The Ministry of Defence, Britain and France were not consulted.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Ministry of Agriculture, Forestry and Fisheries"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.ORGANIZATION, "Ministry of Defence, Britain and France"), all(es));
  }

  @Test
  void aKindOfBodyBeforeTheNameMakesAnOrganisation() {
    List<Entity> es = model("Feed usage falls",
        "Feed usage fell 7 pct, figures from the co-operative Harmsveld-Tarquin show.",
        "Mortgage lender Halvorsen said rates would rise, and the charity Brightwater agreed.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Harmsveld-Tarquin"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Halvorsen"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Brightwater"), all(es));
  }

  /** The number of mentions of the organisation one of whose mentions is {@code text}. */
  private static long mentionsOfEntityNamed(List<Entity> es, String text) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION)
        .filter(e -> e.getMentions().stream().anyMatch(m -> m.getText().equals(text)))
        .mapToLong(e -> e.getMentions().size()).sum();
  }
}
