package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 57 (Persian): entities on sentences written for these tests. */
class PersianEntityRound57Test {

  // PersianNounUse: a surname the article uses as a common noun is not repeated as the person.

  @Test
  void aNounAfterADemonstrativeIsNoSurnameRepeat() {
    List<Entity> es = run("fa", "عنوان", "و مسلم ملت قهرمان ایران نیز چنین بوده است. ملت ایران ایستاد. این ملت پیروز است.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "ملت"), all(es));
  }

  @Test
  void aNounInThePluralIsNoSurnameRepeat() {
    List<Entity> es = run("fa", "عنوان", "و مسلم ملت قهرمان ایران نیز چنین بوده است. ملت ایران ایستاد و ملت‌ها دیدند.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "ملت"), all(es));
  }

  @Test
  void aNounEndingInYehAfterADemonstrativeIsNoSurnameRepeat() {
    List<Entity> es = run("fa", "عنوان", "جوانان قدر لحظات شیرین زندگی خود را بدانند. زندگی در این دنیا کوتاه است و این زندگی را باید پاس داشت.");
    assertEquals(0, mentionsOf(es, EntityType.PERSON, "زندگی"), all(es));
  }

  @Test
  void aSurnameAfterAFixedPhraseIsStillRepeated() {
    List<Entity> es = run("fa", "عنوان", "نسرین موسیوند قهرمان کاراته است. علاوه بر این موسیوند قهرمانی‌های دیگری هم دارد و موسیوند در تهران ساکن است.");
    assertEquals(2, mentionsOf(es, EntityType.PERSON, "موسیوند"), all(es));
  }

  @Test
  void aFamilyInThePluralKeepsTheSurnameRepeats() {
    List<Entity> es = run("fa", "عنوان", "حسن رضیعی گفت: مادر رضیعی‌ها صبور بود. رضیعی افزود که پسرانش شهید شدند.");
    assertEquals(2, mentionsOf(es, EntityType.PERSON, "رضیعی"), all(es));
  }

  // PersianEmbassies, the one embassy rule: an embassy named by its country alone and closed is one body.

  @Test
  void anEmbassyNamedByItsCountryBeforeAVerbIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "سفارت ژاپن اعلام کرد که کنسولگری تا هفته آینده بسته است.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سفارت ژاپن"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "ژاپن"), all(es));
  }

  @Test
  void anEmbassyBeforeAConjunctionIsNoName() {
    List<Entity> es = run("fa", "عنوان", "نمایندگان سفارت ژاپن و کره جنوبی در این نشست حضور داشتند.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "سفارت ژاپن"), all(es));
  }
}
