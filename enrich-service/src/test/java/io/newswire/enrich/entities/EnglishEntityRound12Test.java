package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 12: ampersand initials, a name defined with its initials in brackets, letters after
 * a member's name, a party's adjective before a person (our own sentences).
 */
class EnglishEntityRound12Test {

  @Test
  void ampersandInitialsNameABody() {
    List<Entity> es = model("H&K raises prices",
        "Harlow and Kemp (H&K) said on Tuesday it would raise the price of its paints by 4%.",
        "H&K, which employs 900 people, blamed the cost of oil. Spending on R&D was cut.");
    Entity firm = mentioned(es, "Harlow and Kemp");
    assertNotNull(firm, all(es));
    assertEquals(EntityType.ORGANIZATION, firm.getType());
    Entity initials = mentioned(es, "H&K");
    assertNotNull(initials, all(es));
    assertEquals(EntityType.ORGANIZATION, initials.getType());
    assertSame(firm, initials, all(es));
    assertNull(mentioned(es, "R&D"), all(es));
    assertNull(mentioned(es, "Harlow"), all(es));
  }

  @Test
  void aNameDefinedWithItsInitialsIsOneBody() {
    List<Entity> es = model("Makers warn on tariffs",
        "The Federation of Brick Makers (FBM) said the new tariff would cost jobs in the north.",
        "The FBM represents about 40 firms.");
    Entity body = mentioned(es, "Federation of Brick Makers");
    assertNotNull(body, all(es));
    assertEquals(EntityType.ORGANIZATION, body.getType());
  }

  @Test
  void aShowDefinedWithItsInitialsIsNoBody() {
    List<Entity> es = model("Gadgets on show",
        "Visitors to the Northern Gadget Show (NGS) in Leeds saw thinner televisions this year.",
        "The NGS closes on Sunday.");
    assertNull(mentioned(es, "Northern Gadget Show"), all(es));
  }

  @Test
  void lettersAfterAMembersNameAreNotPartOfIt() {
    List<Entity> es = model("Minister questioned",
        "In the Commons, backbencher Harold Pennington MP asked the minister to explain the delay.",
        "The minister said a statement would follow.");
    Entity person = mentioned(es, "Harold Pennington");
    assertNotNull(person, all(es));
    assertEquals(EntityType.PERSON, person.getType());
    assertNull(mentioned(es, "Harold Pennington MP"), all(es));
  }

  @Test
  void aPartysAdjectiveBeforeAPersonIsLeftOut() {
    List<Entity> es = model("Council tax row",
        "Liberal Democrat Simon Ashworth said the rise was unfair to pensioners.",
        "Ministers said the figures were wrong.");
    Entity person = mentioned(es, "Simon Ashworth");
    assertNotNull(person, all(es));
    assertEquals(EntityType.PERSON, person.getType());
  }

  @Test
  void aKnownBodyThenAKnownPlaceIsItsBranch() {
    List<Entity> es = model("Presenter leaves",
        "The presenter told BBC Scotland that she would leave the programme in the spring.",
        "Her contract ends in April.");
    Entity branch = mentioned(es, "BBC Scotland");
    assertNotNull(branch, all(es));
    assertEquals(EntityType.ORGANIZATION, branch.getType());
    assertNull(mentioned(es, "Scotland"), all(es));
  }

  @Test
  void aNationalityBeforeAKnownPartyNamesItsOwnParty() {
    List<Entity> es = model("Leader under fire",
        "The leader of the Scottish Conservative Party said on Friday that he had done nothing wrong.",
        "His critics were not convinced.");
    Entity party = mentioned(es, "Scottish Conservative Party");
    assertNotNull(party, all(es));
    assertEquals(EntityType.ORGANIZATION, party.getType());
  }
}
