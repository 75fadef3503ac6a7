package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 31 (issue 13, Arabic entities): the town opening an agency dateline is a place even when no list knows its
 * spelling ({@link DatelineTowns}); مجلس الوزراء alone, deciding or meeting, is the cabinet as a body, while after
 * رئيس it stays an office's title. Sentences written for these tests.
 */
class ArabicEntityRound31Test {
  private static boolean typedIn(List<Entity> es, EntityType type, String field, String text) {
    return es.stream().filter(e -> e.getType() == type).flatMap(e -> e.getMentions().stream())
        .anyMatch(m -> m.getField().equals(field) && m.getText().equals(text));
  }

  private static List<Entity> withDateline(String dateline, String headline, String body) {
    List<ArticleField> fs = new ArrayList<>(EntityExtractorTest.fields(headline, body));
    fs.add(1, new ArticleField("dateline", dateline));
    return EntityExtractorTest.RULES.extract(fs, "ar");
  }

  @Test
  void aDatelineTownNoListKnowsIsAPlace() {
    List<Entity> es = withDateline("ولنغتون 12 رجب 1437 هـ الموافق 19 أبريل 2016 م واس", "عام / افتتاح معرض",
        "افتتح المعرض الدولي للكتاب أبوابه اليوم بمشاركة أكثر من مائتي دار نشر.");
    assertTrue(typedIn(es, EntityType.PLACE, "dateline", "ولنغتون"), all(es));
  }

  @Test
  void aDatelineTownNamedLikeABodyOfTheBodyIsStillThePlace() {
    List<Entity> es = withDateline("أبها 12 رجب 1437 هـ الموافق 19 أبريل 2016 م واس", "عام / أمسية شعرية",
        "نظم نادي أبها الأدبي مساء اليوم أمسية شعرية شارك فيها عدد من الشعراء.");
    assertTrue(typedIn(es, EntityType.PLACE, "dateline", "أبها"), all(es));
    assertFalse(typedIn(es, EntityType.ORGANIZATION, "dateline", "أبها"), all(es));
  }

  @Test
  void aDatelineWithoutADateAddsNoPlace() {
    List<Entity> es = withDateline("خاص بالموقع", "عام / افتتاح معرض",
        "افتتح المعرض الدولي للكتاب أبوابه اليوم بمشاركة أكثر من مائتي دار نشر.");
    assertFalse(es.stream().flatMap(e -> e.getMentions().stream()).anyMatch(m -> m.getField().equals("dateline")), all(es));
  }

  @Test
  void theCabinetDecidingIsABody() {
    List<Entity> es = EntityExtractorTest.run("ar", "عام / جلسة مجلس الوزراء",
        "ووافق مجلس الوزراء في جلسته اليوم على تنظيم الهيئة الجديدة، كما اطلع مجلس الوزراء على تقارير عن مستجدات الأحداث.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "مجلس الوزراء"), all(es));
  }

  @Test
  void theCabinetInsideAnOfficesTitleIsNoBody() {
    List<Entity> es = EntityExtractorTest.run("ar", "عام / استقبال",
        "واستقبل النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في مكتبه اليوم السفير الجديد، بحضور نائب رئيس مجلس الوزراء.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "مجلس الوزراء"), all(es));
  }

  @Test
  void aForeignUniversityIsNamedWithoutItsCountrysAdjective() {
    List<Entity> es = EntityExtractorTest.run("ar", "منحة دراسية",
        "وحصل الباحث الشاب على منحة من جامعة ملبورن الأسترالية لاستكمال دراسته في الطب.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "جامعة ملبورن"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "جامعة ملبورن الأسترالية"), all(es));
  }

  @Test
  void aUniversityNamedAfterAKingWithAbdWrittenApartIsWhole() {
    List<Entity> es = EntityExtractorTest.run("ar", "برنامج صيفي",
        "وشارك طلاب من جامعة الملك عبد العزيز في البرنامج، وأشاد المتحدث بدور جامعة الملك عبد الله للعلوم والتقنية وجامعات المملكة في دعم البحث.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "جامعة الملك عبد العزيز"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "جامعة الملك عبد الله للعلوم والتقنية"), all(es));
  }
}
