package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 50b: a small town in a list with a linked town of its country takes the list's place cue. */
class PersianCoordinatedTownsTest {

  @Test
  void smallTownAfterVaWithALinkedTownIsThePlace() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، کلاس‌های آموزشی در شهرستان‌های اردبیل و خلخال برای کشاورزان برگزار می‌شود.");
    assertTrue(typed(es, EntityType.PLACE, "خلخال"), all(es));
  }

  @Test
  void listOfTownsCarriesThroughCommas() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، صادرات دام از مرزهای سقز، منجیل و بانه به کشورهای همسایه افزایش یافت.");
    assertTrue(typed(es, EntityType.PLACE, "منجیل"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "بانه"), all(es));
  }

  @Test
  void aCommaEndingAClauseIsNoList() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، برنده جایزه، متولد ۱۳۶۰ در تبریز، مهران رضایی دانشجوی دانشگاه تهران است.");
    assertFalse(typed(es, EntityType.PLACE, "مهران"), all(es));
  }

  @Test
  void smallTownAloneWithoutCueIsStillLeftAlone() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، کارگران خلخال و کشاورزان منطقه در این طرح همکاری کردند.");
    assertFalse(typed(es, EntityType.PLACE, "خلخال"), all(es));
  }

  @Test
  void firstTownAfterAPluralPlaceNounIsCuedAndCarriesTheList() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرگزاری فارس، طرح آبرسانی به روستاهای شهرستان‌های زابل و زهک امسال به پایان می‌رسد.");
    assertTrue(typed(es, EntityType.PLACE, "زابل"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "زهک"), all(es));
  }
}
