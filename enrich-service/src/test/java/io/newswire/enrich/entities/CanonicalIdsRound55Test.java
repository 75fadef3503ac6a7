package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static io.newswire.enrich.entities.EntityExtractorTest.KB;
import static io.newswire.enrich.entities.EntityExtractorTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 55 (issue 13): a US state the KB lacks has one id abbreviated after a town ("Roanoke, Va.") and written out in
 * any script (Virginia, فيرجينيا); one the KB gives another entity (Georgia the country) keeps the state's own slug.
 * Asharq Al-Awsat's سيول read as a place is Seoul, the KB's; as floods it is no place. An Arabic dateline's عمان is Amman.
 * Sentences written for these tests, no pool text.
 */
class CanonicalIdsRound55Test {
  private static final EntityExtractor ARABIC = new EntityExtractor(KB, PerceptronTagger.loadShipped("ar"));

  @Test
  void anAbbreviatedStateHasTheIdOfItsNameWrittenOut() {
    List<Entity> abbreviated = model("Textile maker closes mill",
        "Harlan Textiles Inc of Roanoke, Va., said it would close its oldest mill in March.");
    Entity va = mentioned(abbreviated, "Va");
    assertNotNull(va, all(abbreviated));
    assertEquals("Virginia", va.getName().toString());
    List<Entity> written = model("Fuel tax vote", "Lawmakers in Virginia voted on Tuesday to raise the tax on fuel.");
    Entity virginia = mentioned(written, "Virginia");
    assertNotNull(virginia, all(written));
    assertEquals(virginia.getId().toString(), va.getId().toString());
    assertEquals("place:name:virginia", va.getId().toString());
    List<Entity> arabic = ARABIC.extract(fields("خبر", "وتقع الكلية في ولاية فيرجينيا شرق الولايات المتحدة."), "ar");
    Entity inArabic = mentioned(arabic, "فيرجينيا");
    assertNotNull(inArabic, all(arabic));
    assertEquals(va.getId().toString(), inArabic.getId().toString());
  }

  @Test
  void aStateNamedLikeACountryKeepsItsOwnSlug() {
    List<Entity> es = model("Bottler buys plant", "Peach State Bottling Co of Macon, Ga., said it bought a plant in Alabama.");
    Entity ga = mentioned(es, "Ga");
    assertNotNull(ga, all(es));
    assertEquals("place:us-state:georgia", ga.getId().toString());
  }

  @Test
  void seoulSpeltAsFloodsIsSeoulWhereAPlaceIsRead() {
    List<Entity> es = ARABIC.extract(fields("محادثات",
        "وقالت وزارة الدفاع الكورية الجنوبية إن المؤتمر سيعقد في العاصمة سيول الشهر المقبل."), "ar");
    Entity seoul = mentioned(es, "سيول");
    assertNotNull(seoul, all(es));
    assertEquals("place:kr:seoul", seoul.getId().toString());
    assertEquals("Seoul", seoul.getName().toString());
    List<Entity> floods = ARABIC.extract(fields("طقس",
        "وتوقعت الرئاسة هطول أمطار رعدية تؤدي إلى جريان السيول على مرتفعات منطقة جازان."), "ar");
    assertNull(mentioned(floods, "السيول"), all(floods));
    assertNull(mentioned(floods, "سيول"), all(floods));
  }

  @Test
  void ammanInAnArabicDatelineIsTheCity() {
    List<ArticleField> fs = new ArrayList<>(fields("عام / العيادات السعودية تعالج 500 لاجئ في مخيم الزعتري",
        "استقبلت العيادات السعودية التخصصية في مخيم الزعتري خلال الأسبوع الماضي نحو 500 لاجئ سوري."));
    fs.add(1, new ArticleField("dateline", "عمان 12 رجب 1437 هـ الموافق 19 أبريل 2016 م واس"));
    List<Entity> es = EntityExtractorTest.RULES.extract(fs, "ar");
    Entity amman = mentioned(es, "عمان");
    assertNotNull(amman, all(es));
    assertEquals("wikidata:Q3805", amman.getId().toString(), "the dateline's town, not Oman");
  }

  @Test
  void aPartyCutBeforeAMemberNounHasTheIdItsNameHasElsewhere() {
    // Labour is a generic word (Ministry of Labour): English copy's bare Labour is the slug org:en:labour, and so is
    // the party cut from "Labour MPs" where the article names it no other way (was org:name:lbr, a second id)
    List<FieldText> fields = EntityExtractor.prepare(fields("Schools bill passes",
        "The bill passed despite a rebellion by 34 Labour MPs."));
    String d = fields.get(1).display();
    int group = d.indexOf("Labour MPs");
    List<Mention> out = PartyAdjectives.trimMembers(fields,
        List.of(new Mention(1, group, group + 10, "org:en:labour-mps", EntityType.ORGANIZATION, "Labour MPs", false)));
    assertEquals(group + 6, out.get(0).end(), out.toString());
    assertEquals("org:en:labour", out.get(0).entityId(), out.toString());
    // a specific name keeps its cross-script id, as before
    String p = "Two Plaid councillors resigned.";
    List<FieldText> f2 = EntityExtractor.prepare(fields("Councillors resign", p));
    int plaid = f2.get(1).display().indexOf("Plaid");
    List<Mention> out2 = PartyAdjectives.trimMembers(f2,
        List.of(new Mention(1, plaid, plaid + 17, "org:name:plaid-councillors", EntityType.ORGANIZATION, "Plaid councillors", false)));
    assertEquals("org:name:plaid", out2.get(0).entityId(), out2.toString());
  }

  @Test
  void aPlaceAnArabicRuleNamesHasTheIdOfItsRomanizedName() {
    // لحج found by a list rule is place:name:lahij, the id the recognizer's لحج gets, not a sound key of its own; and
    // يريم and رماح, or صعدة and السدة, no longer share one (rm, sd)
    assertEquals("place:name:lahij", ArabicPlaceLists.place(0, 0, 3, "لحج").entityId());
    assertEquals("place:name:yarim", ArabicPlaceLists.place(0, 0, 4, "يريم").entityId());
    assertEquals("place:name:rammeh", ArabicPlaceLists.place(0, 0, 4, "رماح").entityId());
    assertEquals("Lahij", ArabicPlaceLists.place(0, 0, 3, "لحج").name());
  }
}
