package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 36b (Persian): entities on sentences written for these tests. */
class PersianEntityRound36bTest {

  // fa-cues [predicate]: adverbs, predicate adjectives and تصمیم end a body's name rather than run into it.

  @Test
  void aTimeAdverbEndsAMinistrysName() {
    List<Entity> es = run("fa", "عنوان", "به گفته یک مقام مطلع، وزارت کشور دیرتر از موعد فهرست نامزدها را اعلام می‌کند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "وزارت کشور"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "وزارت کشور دیرتر"), all(es));
  }

  @Test
  void afterEndsAFederationsName() {
    List<Entity> es = run("fa", "عنوان", "فدراسیون کشتی بعد از این شکست، سرمربی تیم ملی را برکنار کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "فدراسیون کشتی"), all(es));
  }

  @Test
  void theNounOfADecisionEndsAFederationsName() {
    List<Entity> es = run("fa", "عنوان", "مسئولان فدراسیون شنا تصمیم دارند اردوی تیم را در شیراز برگزار کنند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "فدراسیون شنا"), all(es));
    assertFalse(typed(es, EntityType.ORGANIZATION, "فدراسیون شنا تصمیم"), all(es));
  }

  @Test
  void aPredicateAdjectiveEndsACompanysName() {
    List<Entity> es = run("fa", "عنوان", "شرکت آب منطقه‌ای متولی این طرح است و کار را تا پایان سال تمام می‌کند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "شرکت آب منطقه‌ای متولی"), all(es));
  }

  // fa-cues [org]: گمرک heads a customs office named by its town or province.

  @Test
  void aCustomsOfficeNamedByItsTownIsABody() {
    List<Entity> es = run("fa", "عنوان", "صادرات از گمرک زنجان در هشت ماه امسال دو برابر شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "گمرک زنجان"), all(es));
  }

  @Test
  void customsStaysTheFieldOfAProvincialDirectorate() {
    List<Entity> es = run("fa", "عنوان", "نشست مشترک با حضور مقامات اداره کل گمرک ایلام و تجار دو کشور برگزار شد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "اداره کل گمرک ایلام"), all(es));
  }

  // PersianNameRecognizer.orgEnd: a central council is named with the body right after it.

  @Test
  void aCentralCouncilIsNamedWithItsBody() {
    List<Entity> es = run("fa", "عنوان", "شورای مرکزی کمیته امداد در نشست دیروز بودجه سال آینده را تصویب کرد.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "شورای مرکزی کمیته امداد"), all(es));
  }
}
