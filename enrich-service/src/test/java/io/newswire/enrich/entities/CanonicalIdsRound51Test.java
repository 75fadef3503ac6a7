package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EnglishEntityRound7Test.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 51, canonical names and ids (our own sentences): a bare Senate, Shura council or Justice and Development Party
 * takes the KB row of the country the dispatch is about (SharedBodyNames); Arabic spellings the KB lacked.
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
}
