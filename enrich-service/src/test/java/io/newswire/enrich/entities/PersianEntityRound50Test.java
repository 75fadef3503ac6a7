package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 50 (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound50Test {

  // link/MinistryRunOns: a ministry's name ends where the word table's name of it ends, not at the sentence's noun.

  @Test
  void ministryNameStopsBeforeTheSentencesNoun() {
    List<Entity> es = run("fa", "عنوان",
        "مدیر این طرح گفت متاسفانه وزارت بهداشت همکاری لازم را با شهرداری ندارد.");
    assertEquals("وزارت بهداشت", found(es, "وزارت بهداشت", EntityType.ORGANIZATION).getMentions().get(0).getText().toString(), all(es));
  }

  @Test
  void ministryNameStopsBeforeANounAndItsAdjective() {
    List<Entity> es = run("fa", "عنوان",
        "این نماینده گفت وزارت اطلاعات كارهاي بزرگي برای امنیت مرزها انجام داده است.");
    assertEquals("وزارت اطلاعات", found(es, "وزارت اطلاعات", EntityType.ORGANIZATION).getMentions().get(0).getText().toString(), all(es));
  }

  @Test
  void ministryKeepsAFieldAfterAnd() {
    List<Entity> es = run("fa", "عنوان",
        "به گفته وزارت راه و ترابری، ساخت این جاده سال آینده آغاز می‌شود.");
    assertEquals("وزارت راه و ترابری",
        found(es, "وزارت راه و ترابری", EntityType.ORGANIZATION).getMentions().get(0).getText().toString(), all(es));
  }

  @Test
  void ministryKeepsItsAdjectiveAndItsCountry() {
    List<Entity> es = run("fa", "عنوان",
        "این شرکت درباره قیمت برق با وزارت امنیت غذایی این کشور مذاکره کرد و سخنگوی وزارت دفاع جمهوری آذربایجان گفت رزمایش ادامه دارد.");
    assertEquals("وزارت امنیت غذایی",
        found(es, "وزارت امنیت غذایی", EntityType.ORGANIZATION).getMentions().get(0).getText().toString(), all(es));
    assertEquals("وزارت دفاع جمهوری آذربایجان",
        found(es, "وزارت دفاع جمهوری آذربایجان", EntityType.ORGANIZATION).getMentions().get(0).getText().toString(), all(es));
  }

  // entities/org-names.tsv: حوزه هنری alone is the national Art Bureau, named as the files name it.

  @Test
  void artBureauAloneIsHozehHonari() {
    List<Entity> es = run("fa", "عنوان",
        "این فیلم با حمایت حوزه هنری ساخته شد و اکران آن از هفته آینده آغاز می‌شود.");
    assertEquals("Hozeh Honari", found(es, "حوزه هنری", EntityType.ORGANIZATION).getName(), all(es));
  }

  // entities/romanization.tsv: Persian surnames opening with اله are no Arab's name with the article.

  @Test
  void elahiSurnamesHaveNoArticle() {
    List<Entity> es = run("fa", "عنوان",
        "حجت‌الاسلام محمود الهی‌نیا در گفت‌وگو با خبرنگار فارس گفت: مردم در صحنه هستند.");
    assertEquals("Mahmoud Elahinia", found(es, "محمود الهی‌نیا", EntityType.PERSON).getName(), all(es));
  }
}
