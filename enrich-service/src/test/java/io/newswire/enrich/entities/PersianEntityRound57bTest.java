package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 57, second part (Persian entities): entities on sentences written for these tests. */
class PersianEntityRound57bTest {

  // FacilityNames: a hospital, a prayer ground or a hall named after a person holds no person; a town after it stays.

  @Test
  void aHospitalOrPrayerGroundNamedAfterAPersonHoldsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "مجروحان به بیمارستان امام خمینی (ره) منتقل شدند و نماز در مصلی امام خمینی برگزار شد. "
            + "امام خمینی بنیانگذار جمهوری اسلامی بود.");
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "خمینی"), all(es));
  }

  @Test
  void aHallNamedAfterAMartyrHoldsNoPerson() {
    List<Entity> es = run("fa", "عنوان",
        "دیدار دو تیم در سالن شهید حیدریان قم برگزار می‌شود و علی حیدریان داور آن است.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "حیدریان"), all(es));
    assertEquals(1, mentionsOf(es, EntityType.PERSON, "علی حیدریان"), all(es));
  }

  @Test
  void aTownAfterAHospitalStaysAPlace() {
    List<Entity> es = run("fa", "عنوان", "ساخت بیمارستان تبریز به پایان رسید و مردم تبریز خوشحال هستند.");
    assertEquals(2, mentionsOf(es, EntityType.PLACE, "تبریز"), all(es));
  }
}
