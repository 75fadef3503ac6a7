package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 42 (Persian places and organisations): entities on sentences written for these tests. */
class PersianEntityRound42Test {

  // A two-word town name typed as one word is the town, as distinctive as its two words.

  @Test
  void gluedTwoWordTownsAreTheTowns() {
    List<Entity> es = run("fa", "عنوان",
        "هزاران زائر از مسجدسلیمان و گنبدکاووس برای دیدار با خانواده شهدا آمده بودند.");
    assertEquals("Masjed Soleyman", found(es, "مسجدسلیمان", EntityType.PLACE).getName(), all(es));
    assertEquals("Gonbad-e Kavus", found(es, "گنبدکاووس", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void gluedAndSpacedSpellingsAreOneTown() {
    List<Entity> es = run("fa", "عنوان",
        "نمایشگاه صنایع دستی در قصر شیرین برپا شد و هنرمندان قصرشیرین آثار خود را عرضه کردند.");
    Entity town = found(es, "قصر شیرین", EntityType.PLACE);
    assertTrue(texts(town).contains("قصرشیرین"), all(es));
  }

  // The agency named after its desk, a group (به گزارش گروه … فارس), is the agency.

  @Test
  void agencyAfterItsDeskGroupIsTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش گروه اقتصاد بین‌الملل فارس، بهای طلا در بازارهای جهانی دیروز کاهش یافت.");
    assertEquals("Fars News Agency", found(es, "فارس", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void agencyAfterItsReportersGroupIsTheAgency() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش خبرنگار گروه سیاسی فارس، نشست نمایندگان تا عصر ادامه داشت.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "فارس"), all(es));
  }

  @Test
  void groupInTheProvinceIsNoDesk() {
    List<Entity> es = run("fa", "عنوان",
        "به گزارش ایرنا، گروه کوهنوردان دانشگاه در استان فارس به قله رسیدند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "فارس"), all(es));
  }
}
