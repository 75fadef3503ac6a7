package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentionsOf;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, English round 31 (our own sentences): company, consultancy, bookmaker and analysts before a name mark a firm;
 * a party qualifier before "Democrats" makes another party than the US one; two team sheets are sheets without a word of
 * sport; whom an analyst, economist, strategist or manager works at is a firm; a credit grade moved to or from, or with a
 * notch, is no name.
 */
class EnglishEntityRound31Test {

  @Test
  void aCompanyConsultancyBookmakerOrAnalystsNameAFirm() {
    List<Entity> es = model("Odds cut on early poll",
        "Bookmaker Harvey Dunmore has cut its odds on a spring election, while insurance company Maribel Fenwick said claims rose.",
        "Sales of tablets fell 4% last year, according to market analysts Tollgate.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Harvey Dunmore"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Harvey Dunmore"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Maribel Fenwick"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Tollgate"), all(es));
  }

  private static Mention democrats(List<FieldText> fields, int field, String before) {
    String d = fields.get(field).display();
    int at = d.indexOf(before + "Democrats") + before.length();
    return new Mention(field, at, at + 9, "org:democratic-party-us", EntityType.ORGANIZATION, "Democratic Party (United States)",
        false);
  }

  @Test
  void aPartyQualifierBeforeDemocratsIsAnotherParty() {
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Coalition talks",
        "The ruling Social\nDemocrats and the Christian Democrats met on Friday, while Texas Democrats stayed home."));
    List<Mention> in = List.of(democrats(fields, 1, "Social\n"), democrats(fields, 1, "Christian "),
        democrats(fields, 1, "Texas "));
    List<Mention> out = QualifiedDemocrats.join(fields, in, new io.newswire.enrich.entities.link.RuleNameIds(java.util.Map.of()), "en");
    String d = fields.get(1).display();
    assertEquals(d.indexOf("Social"), out.get(0).start(), out.toString());
    assertEquals(in.get(0).end(), out.get(0).end());
    assertEquals("Social Democrats", out.get(0).name(), "one space, whatever the line break");
    assertFalse(out.get(0).entityId().equals("org:democratic-party-us"));
    assertEquals("Christian Democrats", d.substring(out.get(1).start(), out.get(1).end()));
    assertEquals(in.get(2), out.get(2), "a US state's Democrats stay the US party");
  }

  @Test
  void twoTeamSheetsAreSheetsWithoutAWordOfSport() {
    String home = "Abbot, Brisley, Carrow (Denholm 60), Elstead, Farnell, Gilmour, Hartigan (Ingram 75), Jessop, Kersey.";
    String away = "Lomax, Marden, Norcott, Oakhurst (Pelham 81), Quennell, Radley, Sandell, Thursby, Upcott.";
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Cup tie settled late",
        "Two goals in the last ten minutes settled the semi-final.", home, away));
    List<Mention> both = LineUps.mark(fields, List.of(), false);
    assertEquals(21, both.size(), both.toString());
    assertTrue(both.stream().allMatch(m -> m.type() == EntityType.PERSON));
    List<FieldText> one = EntityExtractor.prepare(EntityExtractorTest.fields("Cup tie settled late",
        "Two goals in the last ten minutes settled the semi-final.", home));
    assertTrue(LineUps.mark(one, List.of(), false).isEmpty(), "one list alone needs a word of sport");
  }

  @Test
  void whomAnAnalystWorksAtIsAFirm() {
    String d = "said Alma Reyes, a bond strategist at Miller Dunstan in Boston, and a rival at Moscow's Tern Bank.";
    int firm = d.indexOf("Miller Dunstan");
    assertTrue(StaffFirms.cued(d, firm, firm + 14));
    int moscow = d.indexOf("Moscow");
    assertFalse(StaffFirms.cued(d, moscow, moscow + 6), "a possessive owns what follows");
    List<Entity> es = model("Bond yields rise",
        "Yields will keep rising, said Alma Reyes, a bond strategist at Miller Dunstan.");
    assertEquals(1, mentionsOf(es, EntityType.ORGANIZATION, "Miller Dunstan"), all(es));
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "Miller Dunstan"), all(es));
  }

  @Test
  void aCreditGradeIsNoName() {
    String d = "Grading agency Moreton cut Halden Corp's senior debt to BB from BBB, its Baa-2 notes and CCC stocks stay.";
    int bb = d.indexOf("BB from");
    assertTrue(RatingGrades.grade(d, bb, bb + 2));
    int bbb = d.indexOf("BBB,");
    assertTrue(RatingGrades.grade(d, bbb, bbb + 3));
    int baa = d.indexOf("Baa-2");
    assertTrue(RatingGrades.grade(d, baa, baa + 3), "a notch follows");
    int ccc = d.indexOf("CCC stocks");
    assertFalse(RatingGrades.grade(d, ccc, ccc + 3), "letters that name a body stay");
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Debt cut", d));
    List<Mention> in = List.of(new Mention(1, bb, bb + 2, "place:name:bb", EntityType.PLACE, "BB", false),
        new Mention(1, ccc, ccc + 3, "org:name:ccc", EntityType.ORGANIZATION, "CCC", false));
    assertEquals(List.of(in.get(1)), RatingGrades.drop(fields, in));
  }
}
