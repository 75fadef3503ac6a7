package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 30 (our own sentences): a person run never holds a lower-case "and"; a club a mention typed a
 * body with a club cue names the same word typed a town elsewhere in the story, and its unfound bare repeats; in sport
 * copy a town right after a word of joining (joined, signed for) is the club, and "coach" is a word of sport; a
 * sentence-case headline's first word before a name the body writes alone is no part of that name.
 */
class EnglishEntityRound30Test {

  private static Candidate candidate(List<FieldText> fields, int field, String text, EntityType type) {
    int at = fields.get(field).display().indexOf(text);
    return new Candidate(field, at, at + text.length(), type, 0.9, false);
  }

  @Test
  void aPersonRunEndsBeforeAConjunction() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Royals visit school",
        "Crown Prince Olaf and Crown Princess Ingrid visited the school on Monday."));
    List<Candidate> cs = new ArrayList<>(List.of(candidate(fields, 1, "Olaf and Crown", EntityType.PERSON)));
    ConjoinedPersons.cut(fields, cs);
    String d = fields.get(1).display();
    assertEquals("Olaf", d.substring(cs.get(0).start(), cs.get(0).end()));
  }

  @Test
  void aBodyKeepsItsConjunctionAndAPersonWithoutOneStaysWhole() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Retailer results",
        "Harlow and Pike said sales rose, finance director Edith Marsh and others said."));
    List<Candidate> cs = new ArrayList<>(List.of(
        candidate(fields, 1, "Harlow and Pike", EntityType.ORGANIZATION),
        candidate(fields, 1, "Edith Marsh", EntityType.PERSON)));
    List<Candidate> before = List.copyOf(cs);
    ConjoinedPersons.cut(fields, cs);
    assertEquals(before, cs);
  }

  private static final String[] SACKED = {"Castelbrook sack their coach",
      "Anton Weller has been sacked as Castelbrook coach after six defeats in a row.",
      "Weller first took charge of Castelbrook in 1998, and the Castelbrook job is now open. Real Castelbrook are unaffected."};

  /** The model typed the cued mention a body, a later one a town, and missed the others. */
  private static List<Mention> sackedMentions(List<FieldText> fields) {
    List<Mention> ms = new ArrayList<>();
    String p0 = fields.get(1).display();
    int cued = p0.indexOf("Castelbrook coach");
    ms.add(new Mention(1, cued, cued + 11, "org:name:castelbrook", EntityType.ORGANIZATION, "Castelbrook", false));
    String p1 = fields.get(2).display();
    int town = p1.indexOf("Castelbrook in");
    ms.add(new Mention(2, town, town + 11, "place:name:castelbrook", EntityType.PLACE, "Castelbrook", false));
    return ms;
  }

  @Test
  void aClubTypedABodyNamesItsTownTypedRepeatsAndItsBareOnes() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(SACKED));
    assertTrue(Fixtures.sport(fields), "coach is a word of sport");
    List<Mention> out = EnglishClubs.retype(fields, sackedMentions(fields), id -> null, true);
    String p1 = fields.get(2).display();
    int town = p1.indexOf("Castelbrook in");
    int job = p1.indexOf("Castelbrook job");
    int real = p1.indexOf("Real Castelbrook") + 5;
    int seen = 0;
    for (Mention m : out) {
      if (m.field() == 2 && (m.start() == town || m.start() == job)) {
        assertEquals("org:name:castelbrook", m.entityId(), out.toString());
        seen++;
      }
      assertFalse(m.field() == 2 && m.start() == real, "not inside a longer name: " + out);
    }
    assertEquals(2, seen, out.toString());
  }

  @Test
  void withoutAClubCueTheTownStays() {
    String[] story = {"Castelbrook festival", "Anton Weller opened the Castelbrook festival on Friday.",
        "Weller first visited Castelbrook in 1998."};
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(story));
    List<Mention> ms = new ArrayList<>();
    int body = fields.get(1).display().indexOf("Castelbrook festival");
    ms.add(new Mention(1, body, body + 11, "org:name:castelbrook", EntityType.ORGANIZATION, "Castelbrook", false));
    int town = fields.get(2).display().indexOf("Castelbrook in");
    ms.add(new Mention(2, town, town + 11, "place:name:castelbrook", EntityType.PLACE, "Castelbrook", false));
    List<Mention> out = EnglishClubs.retype(fields, ms, id -> null, true);
    assertEquals(EntityType.PLACE, out.get(1).type(), out.toString());
    assertEquals(2, out.size(), out.toString());
  }

  @Test
  void aTownAfterAWordOfJoiningInSportCopyIsTheClub() {
    assertTrue(Fixtures.joinCueBefore("before joining Harfield the next year", 15));
    assertTrue(Fixtures.joinCueBefore("he signed for Harfield in May", 14));
    String[] story = {"Winger moves on", "The winger left in 2001 before joining Harfield the following season."};
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(story));
    int at = fields.get(1).display().indexOf("Harfield");
    List<Mention> out = EnglishClubs.retype(fields,
        List.of(new Mention(1, at, at + 8, "place:name:harfield", EntityType.PLACE, "Harfield", false)), id -> null, true);
    assertEquals(EntityType.ORGANIZATION, out.get(0).type(), out.toString());
  }

  @Test
  void aWordEndingInJoinOrAPersonAfterJoinedStays() {
    assertFalse(Fixtures.joinCueBefore("the adjoining Harfield estate", 13));
    String[] story = {"Winger moves on", "The winger joined Harfield in the second half, the coach said."};
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(story));
    int at = fields.get(1).display().indexOf("Harfield");
    // a lone surname after "joined" (a team-mate joining him on the pitch) is no club
    List<Mention> out = EnglishClubs.retype(fields,
        List.of(new Mention(1, at, at + 8, "person:name:harfield", EntityType.PERSON, "Harfield", false)), id -> null, true);
    assertEquals(EntityType.PERSON, out.get(0).type(), out.toString());
    // outside sport copy the town stays
    List<Mention> town = EnglishClubs.retype(fields,
        List.of(new Mention(1, at, at + 8, "place:name:harfield", EntityType.PLACE, "Harfield", false)), id -> null, false);
    assertEquals(EntityType.PLACE, town.get(0).type(), town.toString());
  }

  /** A headline run "Word Name" from the start, the body naming "Name" alone as {@code bodyType}. */
  private static List<Mention> headlineRun(List<FieldText> fields, String run, String bodyName) {
    List<Mention> ms = new ArrayList<>();
    ms.add(new Mention(0, 0, run.length(), "person:name:run", EntityType.PERSON, run, false));
    int at = fields.get(1).display().indexOf(bodyName);
    ms.add(new Mention(1, at, at + bodyName.length(), "org:name:body", EntityType.ORGANIZATION, bodyName, false));
    return ms;
  }

  @Test
  void aHeadlinesFirstWordBeforeABodyNameIsNoPartOfIt() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Struggling Velmora cuts jobs",
        "The carmaker Velmora said on Monday it would cut 300 jobs."));
    List<Mention> out = HeadlineOpeners.trim(fields, headlineRun(fields, "Struggling Velmora", "Velmora"));
    assertEquals(11, out.get(0).start(), out.toString());
    assertEquals("org:name:body", out.get(0).entityId(), out.toString());
    assertEquals(EntityType.ORGANIZATION, out.get(0).type(), out.toString());
  }

  @Test
  void aGivenNameAFirmNamedAloneOrACapitalsHeadlineStays() {
    // a given name opens the person's full name
    List<FieldText> person = EntityExtractor.prepare(EntityExtractorTest.fields("Peter Marsh wins award",
        "The award went to Marsh, the judges said."));
    assertEquals(0, HeadlineOpeners.trim(person, headlineRun(person, "Peter Marsh", "Marsh")).get(0).start());
    // the first word is a name the body writes alone: the firm before its product
    List<FieldText> firm = EntityExtractor.prepare(EntityExtractorTest.fields("Velmora Zephyr goes on sale",
        "Velmora said the Zephyr would cost less than its rivals."));
    List<Mention> ms = new ArrayList<>(headlineRun(firm, "Velmora Zephyr", "Zephyr"));
    ms.add(new Mention(1, 0, 7, "org:name:velmora", EntityType.ORGANIZATION, "Velmora", false));
    assertEquals(0, HeadlineOpeners.trim(firm, ms).get(0).start());
    // a capitals headline
    List<FieldText> caps = EntityExtractor.prepare(EntityExtractorTest.fields("CONSOLIDATED TVM SETS DIVIDEND",
        "The miner said its board set a dividend, and TVM shares rose."));
    assertEquals(0, HeadlineOpeners.trim(caps, headlineRun(caps, "CONSOLIDATED TVM", "TVM")).get(0).start());
  }

  @Test
  void anOfficesFirstWordIsNoClubNowThatCoachMarksSportCopy() {
    List<io.newswire.schema.Entity> es = EnglishEntityRound7Test.model("Board backs coach",
        "Vice chairman Tobias Ferrand said the board backed the coach.",
        "Harfield have won four games in a row, the coach said.");
    assertEquals(0, EntityArabicPersianHelpers.mentionsOf(es, EntityType.ORGANIZATION, "Vice"), EntityArabicPersianHelpers.all(es));
    assertEquals(1, EntityArabicPersianHelpers.mentionsOf(es, EntityType.ORGANIZATION, "Harfield"), EntityArabicPersianHelpers.all(es));
  }
}
