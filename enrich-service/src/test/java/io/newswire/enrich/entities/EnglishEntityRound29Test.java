package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 29 (our own sentences): a body the KB lacks whose every mention is the surname of a person named
 * in full before it is that person; peers', dames' and judges' titles stay outside the name; a party's name before a
 * member noun (Labour MPs) is the party; a band named by its kind or a member's role is the band.
 */
class EnglishEntityRound29Test {

  private static final KbEntity KNOWN = new KbEntity("org:vantaris", EntityType.ORGANIZATION, "Vantaris", List.of(), Map.of());

  private static final String[] SPRINTER = {"Vantaris cleared of doping",
      "The sprinter Kostas Vantaris was cleared by a tribunal in Athens on Friday.",
      "Vantaris said he had always been innocent, and Vantaris' lawyer called the case a farce."};

  /** The full name as a person, every bare surname as a body the KB lacks (as the runs typed them). */
  private static List<Mention> sprinterMentions(List<FieldText> fields, String bodyId) {
    List<Mention> ms = new ArrayList<>();
    ms.add(new Mention(0, 0, 8, bodyId, EntityType.ORGANIZATION, "Vantaris", false));
    String p0 = fields.get(1).display();
    int full = p0.indexOf("Kostas Vantaris");
    ms.add(new Mention(1, full, full + 15, "person:name:kostas-vantaris", EntityType.PERSON, "Kostas Vantaris", false));
    String p1 = fields.get(2).display();
    for (int at = p1.indexOf("Vantaris"); at >= 0; at = p1.indexOf("Vantaris", at + 1)) {
      ms.add(new Mention(2, at, at + 8, bodyId, EntityType.ORGANIZATION, "Vantaris", false));
    }
    return ms;
  }

  @Test
  void aBodyWhoseEveryMentionIsTheSurnameOfAPersonNamedBeforeIsThePerson() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(SPRINTER));
    List<Mention> out = SurnameRepeats.retypeBodies(fields, sprinterMentions(fields, "org:name:vantaris"), id -> null);
    for (Mention m : out) {
      assertEquals(EntityType.PERSON, m.type(), out.toString());
      assertEquals("person:name:kostas-vantaris", m.entityId(), out.toString());
    }
  }

  @Test
  void aBodyNamedBeforeItsNamesakeOrWithALongerNameStays() {
    // the firm is named in the body before the person who shares its name (Disney before Roy Disney)
    String[] firm = {"Corvane settles charges",
        "Corvane failed to tell investors about the deal, the regulator said.",
        "The founder's grandson Peter Corvane left the board last year, and Corvane said it would appeal."};
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields(firm));
    List<Mention> ms = new ArrayList<>();
    ms.add(new Mention(0, 0, 7, "org:name:corvane", EntityType.ORGANIZATION, "Corvane", false));
    ms.add(new Mention(1, 0, 7, "org:name:corvane", EntityType.ORGANIZATION, "Corvane", false));
    String p1 = fields.get(2).display();
    int full = p1.indexOf("Peter Corvane");
    ms.add(new Mention(2, full, full + 13, "person:name:peter-corvane", EntityType.PERSON, "Peter Corvane", false));
    int bare = p1.indexOf("Corvane said");
    ms.add(new Mention(2, bare, bare + 7, "org:name:corvane", EntityType.ORGANIZATION, "Corvane", false));
    List<Mention> out = SurnameRepeats.retypeBodies(fields, ms, id -> null);
    assertEquals(EntityType.ORGANIZATION, out.get(3).type(), "named first, the firm stays: " + out);
    // a body the knowledge base knows is left alone
    List<FieldText> sprinter = EntityExtractor.prepare(EntityExtractorTest.fields(SPRINTER));
    List<Mention> known = SurnameRepeats.retypeBodies(sprinter, sprinterMentions(sprinter, "org:vantaris"),
        id -> KNOWN);
    assertEquals(EntityType.ORGANIZATION, known.get(0).type(), known.toString());
  }

  @Test
  void peersDamesAndJudgesTitlesStayOutsideTheName() {
    assertEquals(9, ClericalTitles.afterLastTitle("Baroness Harlow", 0, 15));
    assertEquals(5, ClericalTitles.afterLastTitle("Dame Edith Marsh", 0, 16));
    assertEquals(8, ClericalTitles.afterLastTitle("Justice Pell", 0, 12));
    List<Entity> es = model("Peer backs plan",
        "The scientist Baroness Edith Harlow told peers the plan was sound.",
        "Later Baroness Harlow said the vote would be close.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Baroness Edith Harlow"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Baroness Harlow"), all(es));
  }

  @Test
  void aDameNamedByHerGivenNameAndATitleAsASurnameStayWhole() {
    // "Dame Edith" names her by her given name: cut, it would be a bare given name
    assertEquals(-1, ClericalTitles.afterLastTitle("Dame Edith", 0, 10));
    // a title word as the last word is a surname
    assertEquals(-1, ClericalTitles.afterLastTitle("Paul Justice", 0, 12));
    assertEquals(-1, ClericalTitles.afterLastTitle("Damen Price", 0, 11));
  }

  @Test
  void aPartyBeforeAMemberNounIsTheParty() {
    assertEquals(22, PartyAdjectives.beforeMember("rebellion by 34 Labour MPs.", 16, 26));
    assertEquals(5, PartyAdjectives.beforeMember("Plaid councillors", 0, 17));
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Vote on schools bill",
        "The bill passed despite a rebellion by 34 Labour MPs, and Labour said it would press on."));
    String d = fields.get(1).display();
    int group = d.indexOf("Labour MPs");
    int party = d.indexOf("Labour said");
    List<Mention> ms = List.of(
        new Mention(1, group, group + 10, "org:name:labour-mps", EntityType.ORGANIZATION, "Labour MPs", false),
        new Mention(1, party, party + 6, "org:labour", EntityType.ORGANIZATION, "Labour", false));
    List<Mention> out = PartyAdjectives.trimMembers(fields, ms);
    assertEquals(group + 6, out.get(0).end(), out.toString());
    assertEquals("org:labour", out.get(0).entityId(), out.toString());
  }

  @Test
  void aNameEndingInCapitalsOrWithoutAMemberNounStaysWhole() {
    assertEquals(-1, PartyAdjectives.beforeMember("PAN AM SAYS", 0, 6));
    assertEquals(-1, PartyAdjectives.beforeMember("Labour Party", 0, 12));
    assertEquals(-1, PartyAdjectives.beforeMember("MPs", 0, 3));
  }

  @Test
  void aBandNamedByItsKindOrAMembersRoleIsTheBand() {
    assertEquals(true, BandNames.cued("members of rock band Harrow Street will tour", 21, 34));
    assertEquals(true, BandNames.cued("former Harrow Street bassist Tom Lane", 7, 20));
    List<Entity> es = model("Band to tour again",
        "The surviving members of rock band Emily Harrow are to tour next year with a new singer.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Emily Harrow"), all(es));
  }

  @Test
  void aPersonBesideNoBandCueStaysAPerson() {
    assertEquals(false, BandNames.cued("the duo Emily Harrow and Tom Lane", 8, 20));
    assertEquals(false, BandNames.cued("Emily Harrow's guitarist", 0, 12));
    assertEquals(false, BandNames.cued("Emily Harrow singers", 0, 12));
    List<Entity> es = model("Singer tours", "The singer Emily Harrow will tour Europe next year with her band.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "Emily Harrow"), all(es));
  }
}
