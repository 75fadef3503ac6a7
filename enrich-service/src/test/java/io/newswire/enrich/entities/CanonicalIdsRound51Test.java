package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 51, canonical names and ids (our own sentences): a bare Senate, Shura council or Justice and Development Party
 * takes the KB row of the country the dispatch is about (SharedBodyNames); Arabic spellings the KB lacked; a body cut
 * after the lam of لل is named by its article form (ElidedArticles); a surname a late pass finds is the one person of
 * the article who bears it (PartialNameMerger.mergeLatePersons).
 */
class CanonicalIdsRound51Test {
  private static final EntityExtractor ARABIC = new EntityExtractor(EntityExtractorTest.KB, PerceptronTagger.loadShipped("ar"));

  private static List<Entity> arabic(String headline, String body) {
    return ARABIC.extract(EntityExtractorTest.fields(headline, body), "ar");
  }

  @Test
  void aBareSenateInCopyOnAmericaIsTheUnitedStatesSenate() {
    List<Entity> ar = arabic("تصويت", "وقال السيناتور إن مجلس الشيوخ سيصوت على مشروع القانون في واشنطن الأسبوع المقبل.");
    assertEquals("org:us-senate", named(ar, "مجلس الشيوخ").getId(), all(ar));
    List<Entity> en = model("SENATE BACKS FARM BILL",
        "WASHINGTON, March 3 - The Senate voted 61 to 37 on Tuesday to pass the farm bill, Senate aides said.");
    assertEquals("org:us-senate", named(en, "Senate").getId(), all(en));
  }

  @Test
  void aBareShuraCouncilIsTheOneOfTheCountryNamed() {
    List<Entity> saudi = arabic("نظام جديد", "وافق مجلس الشورى في جلسته العادية بالرياض أمس على نظام جديد للعمل.");
    assertEquals("org:shura-council-saudi", named(saudi, "مجلس الشورى").getId(), all(saudi));
    List<Entity> iran = arabic("الموازنة", "وصوت مجلس الشورى في طهران أمس على الموازنة الجديدة للعام المقبل.");
    assertEquals("org:iran-parliament", named(iran, "مجلس الشورى").getId(), all(iran));
    List<Entity> both = arabic("الموازنة", "وصوت مجلس الشورى في طهران أمس على الموازنة، فيما التقى وفد من الرياض بمسؤولين.");
    assertNotEquals("org:iran-parliament", named(both, "مجلس الشورى").getId(), "two countries named: " + all(both));
  }

  @Test
  void aBareJusticeAndDevelopmentPartyIsTurkeysOnlyInCopyOnTurkey() {
    List<Entity> turkey = arabic("الانتخابات", "وقال نائب عن حزب العدالة والتنمية الحاكم في أنقرة إن الحزب سيخوض الانتخابات المبكرة.");
    assertEquals("org:akp", named(turkey, "حزب العدالة والتنمية").getId(), all(turkey));
    List<Entity> morocco = arabic("الانتخابات", "وفاز حزب العدالة والتنمية بأكبر عدد من المقاعد في الانتخابات البلدية في المغرب.");
    assertNotEquals("org:akp", named(morocco, "حزب العدالة والتنمية").getId(), all(morocco));
  }

  @Test
  void arabicSpellingsTheKbLackedAreLinked() {
    List<Entity> es = arabic("تقرير",
        "ودعت منظمة العفو الدولية الدنمارك إلى استقبال لاجئين من مقديشو، فيما أدرجت اليونيسكو معلما في إشبيلية.");
    assertEquals("org:amnesty-international", named(es, "منظمة العفو الدولية").getId(), all(es));
    assertEquals("wikidata:Q35", named(es, "الدنمارك").getId(), all(es));
    assertEquals("place:so:mogadishu", named(es, "مقديشو").getId(), all(es));
    assertEquals("wikidata:Q7809", named(es, "اليونيسكو").getId(), all(es));
    assertEquals("place:es:seville", named(es, "إشبيلية").getId(), all(es));
    List<Entity> city = arabic("ذكرى", "وأحيت مدينة هيروشيما أمس ذكرى القصف الذري بحضور آلاف الزوار.");
    assertEquals("place:jp:hiroshima", named(city, "هيروشيما").getId(), all(city));
  }

  @Test
  void figuresTheKbLackedHaveOneIdAcrossScripts() {
    List<Entity> ar = arabic("زيارة", "وقال السيناتور جون ماكين إن الكونغرس سيناقش الاتفاق، فيما التقى سمير جعجع وفدا في بيروت.");
    assertEquals("person:john-mccain", named(ar, "جون ماكين").getId(), all(ar));
    assertEquals("person:samir-geagea", named(ar, "سمير جعجع").getId(), all(ar));
    List<Entity> en = model("MCCAIN CRITICISES DEAL", "Senator John McCain said on Tuesday the deal was flawed.");
    assertEquals("person:john-mccain", named(en, "John McCain").getId(), all(en));
  }

  @Test
  void aBodyCutAfterTheLamOfLilIsNamedByItsArticleForm() {
    List<Entity> es = arabic("دعم", "وقدمت المملكة مساعدات عاجلة للحكومة اليمنية في عدن أمس.");
    Entity yemen = named(es, "لحكومة اليمنية");
    assertEquals("Government of Yemen", yemen.getName(), all(es));
    assertEquals("org:name:government-of-yemen", yemen.getId(), all(es));
  }

  @Test
  void aSurnameFoundLateIsTheOnePersonOfTheArticleWhoBearsIt() {
    String d = "Jim Callaghan entered Parliament in 1945. Lord Callaghan died on Saturday.";
    List<FieldText> fields = EntityExtractor.prepare(EntityExtractorTest.fields("Former premier dies", d));
    Mention full = new Mention(1, 0, 13, "person:name:jmklkn", EntityType.PERSON, "Jim Callaghan", false);
    int s = d.indexOf("Callaghan died");
    Mention surname = new Mention(1, s, s + 9, "person:name:klkn", EntityType.PERSON, "Callaghan", false);
    List<Mention> out = PartialNameMerger.mergeLatePersons(fields, List.of(full, surname), id -> false);
    assertEquals("person:name:jmklkn", out.get(1).entityId());
    assertEquals("Jim Callaghan", out.get(1).name());
    String two = "Jim Callaghan and Audrey Callaghan married in 1938. Lord Callaghan died on Saturday.";
    List<FieldText> twoFields = EntityExtractor.prepare(EntityExtractorTest.fields("Former premier dies", two));
    int a = two.indexOf("Audrey");
    int t = two.indexOf("Callaghan died");
    List<Mention> bearers = List.of(full, new Mention(1, a, a + 16, "person:name:drklkn", EntityType.PERSON, "Audrey Callaghan", false),
        new Mention(1, t, t + 9, "person:name:klkn", EntityType.PERSON, "Callaghan", false));
    assertEquals("person:name:klkn", PartialNameMerger.mergeLatePersons(twoFields, bearers, id -> false).get(2).entityId(),
        "two bearers: the surname stays apart");
  }
}
