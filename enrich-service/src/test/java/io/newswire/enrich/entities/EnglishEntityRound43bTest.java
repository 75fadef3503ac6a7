package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English round 43b (our own sentences): the bare "Treasury" is the finance ministry unless an instrument, a title or a
 * pricing word makes it a security; "Labour MP X" holds the party when the article names the party elsewhere; "dance act X"
 * is a band, as "band X" is.
 */
class EnglishEntityRound43bTest {

  private static List<String> orgTexts(List<Entity> es) {
    return es.stream().filter(e -> e.getType() == EntityType.ORGANIZATION)
        .flatMap(e -> EntityExtractorTest.texts(e).stream()).toList();
  }

  @Test
  void theBareTreasuryIsTheMinistry() {
    List<Entity> es = EntityExtractorTest.run("en", "Rail link funding",
        "Ministers expect the Treasury to find the money next year, a Treasury official told reporters.",
        "Critics called the plan a raid on Treasury reserves.");
    assertEquals(3, orgTexts(es).stream().filter("Treasury"::equals).count(), es.toString());
  }

  @Test
  void treasuryInstrumentsAndTitlesAreNotTheMinistry() {
    assertFalse(BareBodyWords.treasury("Yields on Treasury bonds rose.", 10, 18));
    assertFalse(BareBodyWords.treasury("It priced the notes above comparable Treasury paper.", 37, 45));
    assertFalse(BareBodyWords.treasury("Treasury Secretary Ann Cole spoke.", 0, 8));
    assertFalse(BareBodyWords.treasury("the former Treasury secretary", 11, 19));
    assertFalse(BareBodyWords.treasury("Treasurys", 0, 8)); // not a whole word
    assertTrue(BareBodyWords.treasury("The Treasury said growth would slow.", 4, 12));
    assertTrue(BareBodyWords.treasury("a breach of Treasury rules", 12, 20));
  }

  @Test
  void thePartyBeforeAMemberNounJoinsTheArticlesParty() {
    List<Entity> es = EntityExtractorTest.run("en", "Schools plan",
        "The Labour Party has promised smaller classes in every primary school.",
        "But Labour MP Jane Halloway said the money would not be enough.");
    List<String> orgs = orgTexts(es);
    assertTrue(orgs.contains("Labour"), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.PERSON
        && EntityExtractorTest.texts(e).contains("Jane Halloway")), es.toString());
  }

  @Test
  void partyBeforeNeedsAMemberNounAndACapitalisedWord() {
    assertArrayEquals(new int[] {0, 6}, BareBodyWords.partyBefore("Labour MP Jane Halloway", 10));
    assertArrayEquals(new int[] {7, 13}, BareBodyWords.partyBefore("Senior Labour backbencher Tom Gale", 26));
    assertNull(BareBodyWords.partyBefore("the local MP Jane Halloway", 13)); // no capitalised word before the noun
    assertNull(BareBodyWords.partyBefore("Labour leader Tom Gale", 14)); // a leader is no member noun here
  }

  @Test
  void aDanceActIsABandButNotCutBeforeItsNumber() {
    List<Entity> es = EntityExtractorTest.run("en", "Chart news",
        "The new single by dance act Velvet Orchard went straight to number two.",
        "It knocked pop act Tinmouth 9 off the top spot.");
    assertTrue(orgTexts(es).contains("Velvet Orchard"), es.toString());
    assertFalse(orgTexts(es).contains("Tinmouth"), es.toString());
  }
}
