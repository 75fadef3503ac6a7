package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 40 (Persian organisations): entities on sentences written for these tests. */
class PersianEntityRound40Test {

  private static boolean anyMentionIs(List<Entity> es, String text) {
    for (Entity e : es) {
      if (texts(e).contains(text)) {
        return true;
      }
    }
    return false;
  }

  // The Guards' provincial corps, the Guards of a province or a town and the Guards' branches are one body each.

  @Test
  void provincialCorpsIsOneBody() {
    List<Entity> es = run("fa", "عنوان",
        "فرمانده سپاه عاشورا گفت: اردوی جهادی دانشجویان در روستاهای مرزی برگزار می‌شود.");
    found(es, "سپاه عاشورا", EntityType.ORGANIZATION);
    assertFalse(anyMentionIs(es, "سپاه"), all(es));
  }

  @Test
  void corpsOfSeveralWordsKeepsItsWholeName() {
    List<Entity> es = run("fa", "عنوان",
        "نماینده ولی فقیه در سپاه علی بن ابیطالب از برگزاری یادواره شهدای استان خبر داد.");
    found(es, "سپاه علی بن ابیطالب", EntityType.ORGANIZATION);
    assertFalse(anyMentionIs(es, "سپاه"), all(es));
  }

  @Test
  void basijUnitOfACorpsRunsOverTheCorps() {
    List<Entity> es = run("fa", "عنوان",
        "مسئول سازمان بسیج کارگری سپاه عاشورا از برگزاری همایش کارگران نمونه خبر داد.");
    found(es, "سازمان بسیج کارگری سپاه عاشورا", EntityType.ORGANIZATION);
  }

  @Test
  void corpsTakesItsProvinceAfterIt() {
    List<Entity> es = run("fa", "عنوان",
        "معاون سپاه کربلای استان مازندران از اعزام کاروان‌های راهیان نور خبر داد.");
    found(es, "سپاه کربلای استان مازندران", EntityType.ORGANIZATION);
  }

  @Test
  void branchNamedBeforeTheForceIsOneBody() {
    List<Entity> es = run("fa", "عنوان",
        "فرمانده نیروی زمینی سپاه از آمادگی کامل یگان‌ها در مرزهای غربی خبر داد.");
    found(es, "نیروی زمینی سپاه", EntityType.ORGANIZATION);
    assertFalse(anyMentionIs(es, "سپاه"), all(es));
  }

  @Test
  void guardsBeforeAnOrdinaryWordStayTheForce() {
    List<Entity> es = run("fa", "عنوان", "به همت سپاه در این روستا مدرسه‌ای تازه ساخته شد.");
    assertTrue(anyMentionIs(es, "سپاه"), all(es));
  }

  // The bare Basij is not annotated (r12, r23); its units are.

  @Test
  void bareBasijIsNoEntity() {
    List<Entity> es = run("fa", "عنوان",
        "امام جمعه شهر گفت: بسیج در سال‌های دفاع مقدس در همه جبهه‌ها حضور داشت و بسیج دانشجویی نیز فعال است.");
    assertFalse(anyMentionIs(es, "بسیج"), all(es));
    found(es, "بسیج دانشجویی", EntityType.ORGANIZATION);
  }

  // A compound verb's noun or a predicate adjective after a body's name ends the name.

  @Test
  void compoundVerbNounEndsTheBody() {
    List<Entity> es = run("fa", "عنوان",
        "پس از این حادثه پلیس درخواست نیروی کمکی کرد و دانشگاه آزاد دارای دو هزار کلاس درس است.");
    assertFalse(anyMentionHolds(es, "پلیس درخواست"), all(es));
    assertFalse(anyMentionHolds(es, "دانشگاه آزاد دارای"), all(es));
    assertTrue(anyMentionIs(es, "دانشگاه آزاد"), all(es));
  }

  @Test
  void countedAsEndsTheBody() {
    List<Entity> es = run("fa", "عنوان",
        "این مجموعه بزرگترین پارک فناوری محسوب می‌شود و دانشگاه صنعتی شریف محسوب شده است.");
    assertFalse(anyMentionHolds(es, "فناوری محسوب"), all(es));
    assertFalse(anyMentionHolds(es, "شریف محسوب"), all(es));
  }
}
