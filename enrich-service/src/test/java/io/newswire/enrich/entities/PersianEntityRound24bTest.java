package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 24b (Persian), on sentences written for these tests. */
class PersianEntityRound24bTest {
  private static void noMention(List<Entity> es, String text) {
    for (Entity e : es) {
      assertFalse(texts(e).contains(text), all(es));
    }
  }

  @Test
  void anEmbassyWithItsCityIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان", "سفارت ژاپن در پاریس اعلام کرد که برای هموطنان خود پرواز ویژه‌ای ترتیب داده است.");
    Entity o = mentioned(es, "سفارت ژاپن در پاریس");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    noMention(es, "ژاپن");
  }

  @Test
  void anEmbassyWithItsCountryOnlyIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان", "معترضان دیروز مقابل سفارت ژاپن، شعار دادند.");
    Entity o = mentioned(es, "سفارت ژاپن");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void anEmbassyClosedByAKnownPlaceIsWholeBeforeAnyWord() {
    // round 56 (PersianEmbassies): the knowledge base's place after در says where the name ends, whatever follows
    List<Entity> es = run("fa", "عنوان", "سفارت ژاپن در پاریس درباره سفر دانشجویان توضیح داد.");
    Entity o = mentioned(es, "سفارت ژاپن در پاریس");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    noMention(es, "سفارت ژاپن");
  }

  @Test
  void theFormerEmbassyIsNoName() {
    List<Entity> es = run("fa", "عنوان", "ساختمان سفارت سابق در مرکز شهر به موزه تبدیل شد.");
    noMention(es, "سفارت سابق");
  }
}
