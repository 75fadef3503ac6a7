package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typed;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.typedContaining;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 41 (Arabic persons): a given name, بن and the father's name (and the grandfather's), then the family name, is
 * one person by its shape alone ({@link io.newswire.enrich.entities.names.ArabicOrganisationRecognizer}), the family
 * name included even when it is also a common word (الطويل 'the tall', المنيع 'impregnable'). Sentences written for
 * these tests.
 */
class ArabicEntityRound41pTest {
  private static boolean person(List<Entity> es, String text) {
    return typed(es, EntityType.PERSON, text);
  }

  private static boolean personContaining(List<Entity> es, String part) {
    return typedContaining(es, EntityType.PERSON, part);
  }

  @Test
  void aBinChainWithItsFamilyNameIsOnePerson() {
    List<Entity> es = run("ar", "تعليم",
        "وأوضح مدير التعليم بالمحافظة ناصر بن سليمان المنيع أن العام الدراسي يبدأ الأحد، وشارك في الاجتماع "
            + "فهد بن عبدالرحمن الجلاجل، ممثلا عن الغرفة التجارية، كما تقرر تعيين نبيل بن عبدالله بن سليمان الطويل في وظيفة مستشار.");
    assertTrue(person(es, "ناصر بن سليمان المنيع"), all(es));
    assertTrue(person(es, "فهد بن عبدالرحمن الجلاجل"), all(es));
    assertTrue(person(es, "نبيل بن عبدالله بن سليمان الطويل"), all(es));
  }

  @Test
  void theFamilyNameAloneAfterAbanaOrAfadaIsThePerson() {
    List<Entity> es = run("ar", "تعليم",
        "وأوضح مدير التعليم ناصر بن سليمان المنيع أن الدراسة تبدأ الأحد. وأبان المنيع أن الإدارة أعدت خطة بديلة.");
    long mentions = es.stream().filter(e -> e.getType() == EntityType.PERSON).flatMap(e -> e.getMentions().stream())
        .filter(m -> m.getText().equals("المنيع")).count();
    assertTrue(mentions == 1, all(es));
  }

  @Test
  void aChainIsFoundWhateverItsFirstGivenName() {
    List<Entity> es = run("ar", "محليات",
        "وأكد رئيس البلدية فهد بن عبدالله بن سعد أن المشروع يكتمل قريبا، وأوضح مطلق بن حمد المريشد أن الاجتماع كان مثمرا.");
    assertTrue(person(es, "فهد بن عبدالله بن سعد"), all(es));
    assertTrue(person(es, "مطلق بن حمد المريشد"), all(es));
  }

  @Test
  void anObjectNounAfterTheChainIsNoFamilyName() {
    List<Entity> es = run("ar", "محليات", "وقدم الأمير متعب بن عبد الله بن عبد العزيز الشكر للمشاركين في الحفل.");
    assertFalse(personContaining(es, "الشكر"), all(es));
  }

  @Test
  void aWeekdayOrAFacilitysAdjectiveIsNoFamilyName() {
    List<Entity> es = run("ar", "محليات",
        "واستقبل الأمير فهد بن سعد الثلاثاء وفد مستشفى الملك فهد بن عبدالعزيز التخصصي في مكتبه.");
    assertTrue(person(es, "فهد بن سعد"), all(es));
    assertFalse(personContaining(es, "الثلاثاء") || personContaining(es, "التخصصي"), all(es));
  }
}
