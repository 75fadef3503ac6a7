package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 41 second part (Persian persons): entities on sentences written for these tests. */
class PersianEntityRound41pbTest {

  // PersianNameRecognizer.beforeRole: تیم (team) never opens the name before a role word.

  @Test
  void aTeamBeforeChampionIsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "گفتنی است، تیم هندبال قهرمان دو دوره مسابقات کشور بوده و امسال نیز آماده است.");
    assertFalse(typed(es, EntityType.PERSON, "تیم هندبال"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "هندبال"), all(es));
  }

  @Test
  void twoNameWordsBeforeARoleAreStillAPerson() {
    List<Entity> es = run("fa", "عنوان",
        "گفتنی است، بهرام کاوسی قهرمان دو دوره مسابقات کشور بوده و امسال نیز آماده است.");
    assertTrue(typed(es, EntityType.PERSON, "بهرام کاوسی"), all(es));
  }

  // PersianTitlePersons: a title or the Prophet's epithet alone is no person.

  @Test
  void titlesAloneAreNoNames() {
    assertTrue(PersianTitlePersons.titleOnly("حاج"));
    assertTrue(PersianTitlePersons.titleOnly("شهيد"));
    assertTrue(PersianTitlePersons.titleOnly("رسول اكرم"));
    assertTrue(PersianTitlePersons.titleOnly("رسول الله"));
    assertFalse(PersianTitlePersons.titleOnly("حاج کاظم"));
    assertFalse(PersianTitlePersons.titleOnly("رسول کاظمی"));
  }

  @Test
  void theProphetByEpithetIsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "جشن میلاد رسول اکرم (ص) و امام جعفر صادق (ع) امشب در مسجد جامع شهر برگزار می‌شود و سخنران آن از سیره رسول الله خواهد گفت.");
    assertFalse(typed(es, EntityType.PERSON, "رسول اکرم"), all(es));
    assertFalse(typed(es, EntityType.PERSON, "رسول الله"), all(es));
  }

  @Test
  void aNameAfterHajKeepsItsPerson() {
    List<Entity> es = run("fa", "عنوان",
        "حاج رسول کاظمی امروز در جمع کشاورزان گفت که آب سد برای کشت پاییزه کافی است.");
    assertTrue(typed(es, EntityType.PERSON, "حاج رسول کاظمی") || typed(es, EntityType.PERSON, "رسول کاظمی"), all(es));
  }
}
