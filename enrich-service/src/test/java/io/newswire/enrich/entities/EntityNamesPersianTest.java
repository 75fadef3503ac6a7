package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityExtractorTest.byName;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Persian names the knowledge base lacks, on sentences written for these tests (people and bodies invented). */
class EntityNamesPersianTest {
  private static Entity named(List<Entity> es, String name, EntityType type) {
    Entity e = byName(es, name);
    assertNotNull(e, name + " in " + names(es));
    assertEquals(type, e.getType(), name);
    return e;
  }

  private static List<String> names(List<Entity> es) {
    return es.stream().map(e -> e.getName().toString()).toList();
  }

  @Test
  void givenNameAndSurnameThenTheSurnameAlone() {
    List<Entity> es = run("fa", "کاویانی‌فر: فصل خوبی داشتیم",
        "بهرام کاویانی‌فر امروز در گفت‌وگو با خبرنگار ما گفت: تیم آماده است.",
        "کاویانی‌فر افزود: بازیکنان جوان خوب بودند.");
    assertEquals(List.of("کاویانی‌فر", "بهرام کاویانی‌فر", "کاویانی‌فر"),
        texts(named(es, "بهرام کاویانی‌فر", EntityType.PERSON)));
  }

  @Test
  void arabicYehAndKafAndTwoGivenNames() {
    List<Entity> es = run("fa", "عنوان", "محمد‌علي رستمي‌نژاد و كاوه سپهري امروز به شهر بازگشتند.");
    named(es, "محمد‌علي رستمي‌نژاد", EntityType.PERSON);
    named(es, "كاوه سپهري", EntityType.PERSON);
  }

  @Test
  void officeBeforeASurnameShapedWord() {
    List<Entity> es = run("fa", "عنوان", "استاندار ملکی‌زاده روز شنبه از پروژه بازدید کرد.");
    named(es, "ملکی‌زاده", EntityType.PERSON);
  }

  @Test
  void roleAfterTwoWordsThatOpenAClause() {
    List<Entity> es = run("fa", "عنوان", "«آرمان دلشاد»، سرمربی تیم شهرداری گفت: نتیجه را قبول داریم.");
    named(es, "آرمان دلشاد", EntityType.PERSON);
  }

  @Test
  void organisationHeadWordsAndANestedPlace() {
    List<Entity> es = run("fa", "عنوان",
        "بنیاد فرهنگی کوهسار اعلام کرد که دانشگاه علوم پزشکی تبریز امروز میزبان همایش است.");
    named(es, "بنیاد فرهنگی کوهسار", EntityType.ORGANIZATION);
    named(es, "دانشگاه علوم پزشکی تبریز", EntityType.ORGANIZATION);
    named(run("fa", "عنوان", "انجمن سفالگران کوهسار آماده است."), "انجمن سفالگران کوهسار", EntityType.ORGANIZATION);
    assertNull(byName(es, "Tabriz"), "تبریز is part of the university's name");
  }

  @Test
  void cliticAfterZwnjIsOutsideTheName() {
    List<Entity> es = run("fa", "عنوان", "مدیران انجمن سفالگران کوهسار‌را دعوت کردند.");
    assertEquals(List.of("انجمن سفالگران کوهسار"), texts(named(es, "انجمن سفالگران کوهسار", EntityType.ORGANIZATION)));
  }

  @Test
  void monthsCommonWordsAndTitlesAloneAreNotNames() {
    List<Entity> es = run("fa", "عنوان",
        "مراسم ۲۲ بهمن ماه با حسن نیت برگزار شد و شرکت در آن آزاد بود.",
        "نایب رئیس هیئت گفت: همه آمدند.");
    assertTrue(es.stream().noneMatch(e -> e.getType() == EntityType.PERSON || e.getType() == EntityType.ORGANIZATION),
        names(es).toString());
  }
  @Test
  void surnameWrittenWithASpaceBeforeItsLastPart() {
    List<Entity> es = run("fa", "عنوان", "کاوه رستمی نژاد صبح امروز وارد شد.");
    named(es, "کاوه رستمی نژاد", EntityType.PERSON);
  }

  @Test
  void placeAfterAPlaceWordOrWhereTheReporterFiles() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرنگار فارس در گلدشت، مردم شهرستان نیلوان و روستای مجاور به پای صندوق رفتند.");
    named(es, "گلدشت", EntityType.PLACE);
    named(es, "نیلوان", EntityType.PLACE);
    assertNull(byName(es, "مجاور"), "an adjective after روستای is not a place");
  }

  @Test
  void anotherHeadOpensItsOwnNameAndAQuotedNameIsTheName() {
    List<Entity> es = run("fa", "عنوان",
        "جلسه کمیته واگذاری باشگاه سپیدرود امروز برگزار شد و کارگران شرکت خودروسازی «آریا موتور» اعتصاب کردند.");
    named(es, "سپیدرود", EntityType.ORGANIZATION); // a sports club without its head (round 26)
    named(es, "آریا موتور", EntityType.ORGANIZATION);
    assertNull(byName(es, "کمیته واگذاری باشگاه سپیدرود"));
  }

  @Test
  void aCommissionOfParliamentIsNamedWithIt() {
    List<Entity> es = run("fa", "عنوان",
        "رئیس کمیسیون کشاورزی مجلس شورای اسلامی گفت طرح جدید هفته آینده بررسی می‌شود.");
    Entity c = named(es, "کمیسیون کشاورزی مجلس شورای اسلامی", EntityType.ORGANIZATION);
    assertEquals(List.of("کمیسیون کشاورزی مجلس شورای اسلامی"), texts(c));
    assertEquals(1, es.size(), "the parliament is named inside the commission's name, not beside it");
  }

  @Test
  void parliamentAloneVerbsPluralsAndAdjectivesAreNoNames() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته وی قانون در مجلس تغییر بکند و شرکت مذکور اهتمام ویژه دارد و کارگران استخوان‌هایی پیدا کردند.");
    assertTrue(es.isEmpty(), es.stream().map(e -> e.getName().toString()).toList().toString());
  }

  @Test
  void organisationNamesGoOnAfterAndWithTheirOwnNounsAndTheProvince() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر کل اداره کل اوقاف و امور خیریه استان سمنان گفت سازمان حمل و نقل ریلی و وزارت فرهنگ و ارشاد اسلامی همکاری می‌کنند.",
        "نماینده سازمان ملل و آمریکا نیز در این نشست بود.");
    assertEquals(List.of("اداره کل اوقاف و امور خیریه استان سمنان"),
        texts(named(es, "اداره کل اوقاف و امور خیریه استان سمنان", EntityType.ORGANIZATION)));
    named(es, "سازمان حمل و نقل ریلی", EntityType.ORGANIZATION);
    named(es, "وزارت فرهنگ و ارشاد اسلامی", EntityType.ORGANIZATION);
    assertNull(byName(es, "وزارت فرهنگ و ارشاد اسلامی همکاری"), "the noun of a compound verb is the sentence's");
    assertNull(byName(es, "سازمان ملل و آمریکا"), "two names joined by و stay two");
  }

  @Test
  void aNameWithoutItsConjunctIsTheSameOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "وزارت اوقاف و امور مذهبی تونس اعلام کرد طرح تازه آغاز شد.",
        "به گفته وزارت اوقاف تونس این طرح سه سال طول می‌کشد.");
    Entity m = byName(es, "وزارت اوقاف و امور مذهبی تونس");
    assertNotNull(m, es.stream().map(e -> texts(e)).toList().toString());
    assertEquals(List.of("وزارت اوقاف و امور مذهبی تونس", "وزارت اوقاف تونس"), texts(m));
  }

  @Test
  void gluedAndShortenedGivenNamesTheImamsHonorificAndAnAdjectiveEndingAnOrganisation() {
    List<Entity> es = run("fa", "عنوان",
        "حجت‌الاسلام محمدکاظم توکلی در همایش گفت قیام امام حسین (ع) الگوی جامعه است.",
        "به گفته نصراله فرهمند، سازمان بنادر و امور دریایی منطقه‌ای همکاری خوبی داشت.");
    named(es, "محمدکاظم توکلی", EntityType.PERSON);
    named(es, "نصراله فرهمند", EntityType.PERSON);
    assertEquals(EntityType.PERSON, byName(es, "حسین").getType());
    named(es, "سازمان بنادر و امور دریایی منطقه‌ای", EntityType.ORGANIZATION);
  }

  @Test
  void anAgencyShortNameAfterItsReportCueOrAReportersDesk() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش فارس به نقل از روابط عمومی استانداری، طرح جدید از فردا اجرا می‌شود.",
        "مدیر طرح در گفت‌وگو با خبرنگار اقتصادی فارس افزود: کار ادامه دارد.");
    assertEquals(2, texts(named(es, "Fars News Agency", EntityType.ORGANIZATION)).size());
  }

  @Test
  void fieldWordsAloneAreNoAgency() {
    List<Entity> es = run("fa", "عنوان", "کشاورزان استان فارس محصول خود را برداشت کردند.");
    assertNull(byName(es, "Fars News Agency"));
  }

  @Test
  void anAdverbAfterATitledNameIsNotPartOfIt() {
    List<Entity> es = run("fa", "عنوان", "حجت الاسلام کاظمیان همچنین از نمایشگاه کتاب استان بازدید کرد.");
    assertTrue(es.stream().anyMatch(e -> texts(e).contains("کاظمیان")), es.stream().map(e -> texts(e)).toList().toString());
    assertTrue(es.stream().noneMatch(e -> texts(e).stream().anyMatch(t -> t.contains("همچنین"))));
  }
}
