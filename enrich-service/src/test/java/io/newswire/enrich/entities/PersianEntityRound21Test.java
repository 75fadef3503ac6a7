package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 21 (Persian), on sentences written for these tests. */
class PersianEntityRound21Test {
  @Test
  void theZionistRegimeIsNoNameOfIsrael() {
    List<Entity> es = run("fa", "عنوان", "این گروه گفت رژیم صهیونیستی باید به توافق پایبند باشد و اسرائیل پاسخ داد.");
    assertNull(mentioned(es, "رژیم صهیونیستی"), all(es));
    Entity p = mentioned(es, "اسرائیل");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PLACE, p.getType());
  }

  @Test
  void aNameGluedToALetterIsNoMatchInPersian() {
    // بولز is one word (Bulls), not ب + ولز (Wales)
    List<Entity> es = run("fa", "عنوان", "تیم بسکتبال شیکاگو بولز دیشب در خانه پیروز شد.");
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.equals("ولز"), all(es));
      }
    }
  }

  @Test
  void aNameAfterASpaceStillMatchesInPersian() {
    List<Entity> es = run("fa", "عنوان", "تیم ملی ولز امروز به تهران رسید.");
    Entity p = mentioned(es, "تهران");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PLACE, p.getType());
  }

  @Test
  void aPresentLightVerbEndsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "بررسی تازه دانشگاه هنر اسلامی نشان می‌دهد که شمار دانشجویان بیشتر شده است.");
    Entity o = mentioned(es, "دانشگاه هنر اسلامی");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.endsWith("نشان"), all(es));
      }
    }
  }

  @Test
  void theFutureAuxiliaryEndsAnOrganisation() {
    List<Entity> es = run("fa", "عنوان", "این طرح با همکاری سازمان نوسازی مدارس اجرا خواهد شد.");
    for (Entity e : es) {
      for (String t : texts(e)) {
        assertFalse(t.endsWith("اجرا"), all(es));
      }
    }
  }
}
