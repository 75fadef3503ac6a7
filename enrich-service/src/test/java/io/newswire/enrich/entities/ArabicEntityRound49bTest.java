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
 * Round 49b (issue 13, Arabic organisations): a body's name takes a second field joined by و (جمعية الثقافة والفنون),
 * but not a country, people, or a second party after a name (مجلس الأمن وألمانيا، قوات الطوارئ والعاملين، حزب الله
 * والنظام السوري). Sentences written for these tests.
 */
class ArabicEntityRound49bTest {
  private static boolean organisationHolding(List<Entity> es, String part) {
    return typedContaining(es, EntityType.ORGANIZATION, part);
  }

  @Test
  void aCountryAfterTheConjunctionIsNoSecondField() {
    List<Entity> es = run("ar", "مفاوضات فيينا",
        "واجتمع ممثلو الدول الخمس الدائمة العضوية في مجلس الأمن وألمانيا مع الوفد الإيراني في فيينا أمس.");
    assertFalse(organisationHolding(es, "ألمانيا"), all(es));
  }

  @Test
  void peopleAfterTheConjunctionAreNoSecondField() {
    List<Entity> es = run("ar", "انفجار في المعسكر",
        "وأسفر الانفجار عن إصابة عدد من أفراد قوات الطوارئ والعاملين في المعسكر، وفق ما أعلنه مصدر أمني.");
    assertFalse(organisationHolding(es, "العاملين"), all(es));
    es = run("ar", "اقتحام", "ووقعت اشتباكات بين قوات الاحتلال والمستوطنين من جهة وأهالي القرية من جهة أخرى.");
    assertFalse(organisationHolding(es, "المستوطنين"), all(es));
  }

  @Test
  void aPartyNamedAfterGodTakesNoSecondField() {
    List<Entity> es = run("ar", "معارك القلمون",
        "واتهم ناشطون حزب الله والنظام السوري بقصف البلدات الحدودية طوال الأسبوع الماضي.");
    assertFalse(organisationHolding(es, "النظام"), all(es));
  }

  @Test
  void aSecondFieldStaysInTheName() {
    List<Entity> es = run("ar", "ملتقى ثقافي",
        "ونظمت جمعية الثقافة والفنون بالتعاون مع مؤسسة الراديو والتلفزيون ملتقى للشباب في جدة.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "جمعية الثقافة والفنون"), all(es));
    assertTrue(typed(es, EntityType.ORGANIZATION, "مؤسسة الراديو والتلفزيون"), all(es));
  }
}
