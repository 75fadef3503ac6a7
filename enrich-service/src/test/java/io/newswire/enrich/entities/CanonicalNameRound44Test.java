package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.found;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.mentioned;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 44 (issue 13, one identity across scripts): names English and Arabic copy gave two ids (a city, two clubs,
 * entertainers, the US Labor Department, Xinhua's long English name) are KB rows, and the bare items of an Arabic list
 * of governorates take the KB's town where the KB names them. Sentences written for these tests, no pool text.
 */
class CanonicalNameRound44Test {

  @Test
  void pittsburghIsOneCityInEnglishAndArabicCopy() {
    List<Entity> en = run("en", "The steel maker will close its plant near Pittsburgh next year, the union said.");
    assertEquals("place:us:pittsburgh", found(en, "Pittsburgh", EntityType.PLACE).getId().toString(), all(en));
    List<Entity> ar = run("ar", "مصنع", "قالت النقابة إن شركة الصلب ستغلق مصنعها قرب مدينة بيتسبرغ العام المقبل.");
    Entity p = named(ar, "بيتسبرغ");
    assertEquals("place:us:pittsburgh", p.getId().toString(), all(ar));
    assertEquals("Pittsburgh", p.getName().toString());
  }

  @Test
  void celticIsTheClubButCelticLeagueIsTheLeague() {
    List<Entity> en = run("en", "Celtic beat Hearts 2-0 on Saturday, while Ulster lead the Celtic League after five rounds.");
    assertEquals("org:celtic-fc", mentioned(en, "Celtic").getId().toString(), all(en));
    assertEquals("org:celtic-league", mentioned(en, "Celtic League").getId().toString(), all(en));
    List<Entity> ar = run("ar", "انتقال", "أعلن نادي الاتحاد تعاقده مع مهاجم سيلتيك السابق لمدة موسمين.");
    Entity c = named(ar, "سيلتيك");
    assertEquals("org:celtic-fc", c.getId().toString(), all(ar));
  }

  @Test
  void theArabicSpellingOfAnEnglishFinalSIsTheSamePerson() {
    List<Entity> ar = run("ar", "حفل", "غنت المطربة الأميركية بريتني سبيرز أمس في حفل خيري بمدينة لاس فيغاس.");
    Entity b = named(ar, "بريتني سبيرز");
    assertEquals("person:britney-spears", b.getId().toString(), all(ar));
    assertEquals("Britney Spears", b.getName().toString());
    List<Entity> en = run("en", "Britney Spears sang at a charity concert in Las Vegas on Friday.");
    assertEquals("person:britney-spears", mentioned(en, "Britney Spears").getId().toString(), all(en));
  }

  @Test
  void newChinaNewsAgencyIsXinhua() {
    List<Entity> en = run("en", "Output rose 12 pct in the first quarter, the official New China News Agency said on Monday.");
    assertEquals("org:xinhua", mentioned(en, "New China News Agency").getId().toString(), all(en));
  }

  @Test
  void theUsLaborDepartmentIsOneBodyInEnglishAndArabicCopy() {
    List<Entity> en = run("en", "Employers added fewer jobs than expected in May, the Labor Department said on Friday.");
    assertEquals("org:us-labor-department", mentioned(en, "Labor Department").getId().toString(), all(en));
    List<Entity> ar = run("ar", "وظائف", "قالت وزارة العمل الأميركية إن أرباب العمل أضافوا وظائف أقل من المتوقع في مايو.");
    Entity l = named(ar, "وزارة العمل الأميركية");
    assertEquals("org:us-labor-department", l.getId().toString(), all(ar));
  }

  @Test
  void theBareNationalGuardInArabicCopyIsTheSaudiGuard() {
    List<Entity> ar = run("ar", "زيارة", "تفقد قائد الحرس الوطني وحدات الحرس في المنطقة الشرقية أمس.");
    Entity g = named(ar, "الحرس الوطني");
    assertEquals("org:saudi-national-guard", g.getId().toString(), all(ar));
    assertEquals("Saudi Arabian National Guard", g.getName().toString());
  }

  @Test
  void theHumanRightsCouncilIsTheUnCouncilInArabicAndEnglishCopy() {
    List<Entity> ar = run("ar", "جنيف", "ناقش مجلس حقوق الإنسان في جنيف أمس تقريرا عن أوضاع اللاجئين.");
    Entity c = named(ar, "مجلس حقوق الإنسان");
    assertEquals("org:un-human-rights-council", c.getId().toString(), all(ar));
    List<Entity> en = run("en", "The UN Human Rights Council in Geneva debated a report on refugees on Tuesday.");
    assertEquals("org:un-human-rights-council", mentioned(en, "UN Human Rights Council").getId().toString(), all(en));
  }

  @Test
  void theAmericanNavyInArabicCopyIsTheUsNavy() {
    List<Entity> ar = run("ar", "سفينة", "قالت البحرية الأميركية إن سفينة حربية عبرت المضيق أمس دون حوادث.");
    Entity n = named(ar, "البحرية الأميركية");
    assertEquals("United States Navy", n.getName().toString(), all(ar));
  }
}
