package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 26 (Persian): entities on sentences written for these tests. */
class PersianEntityRound26Test {
  private static boolean anyMention(List<Entity> es, String text) {
    for (Entity e : es) {
      if (texts(e).contains(text)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSportsClubIsNamedWithoutItsHead() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل باشگاه کوهسار شیراز امروز از قرارداد تازه خبر داد.");
    assertFalse(anyMention(es, "باشگاه کوهسار شیراز"), all(es));
    Entity c = mentioned(es, "کوهسار شیراز");
    assertNotNull(c, all(es));
    assertEquals(EntityType.ORGANIZATION, c.getType());
  }

  @Test
  void aSportWordAfterTheHeadGoesWithIt() {
    List<Entity> es = run("fa", "عنوان", "هیات مدیره باشگاه فوتبال کوهسار شیراز جلسه‌ای برگزار کرد.");
    assertFalse(anyMention(es, "باشگاه فوتبال کوهسار شیراز"), all(es));
    assertFalse(anyMention(es, "فوتبال کوهسار شیراز"), all(es));
  }

  @Test
  void aNewsClubKeepsItsHead() {
    List<Entity> es = run("fa", "عنوان", "به گزارش باشگاه خبری کوهسار، این طرح امروز آغاز شد.");
    assertFalse(anyMention(es, "خبری کوهسار"), all(es));
  }

  @Test
  void afterASuperlativeTheHeadIsNoName() {
    List<Entity> es = run("fa", "عنوان", "این تیم پرافتخارترین باشگاه فوتبال کوهسار شناخته شد.");
    for (Entity e : es) {
      assertTrue(e.getType() != EntityType.ORGANIZATION || !texts(e).contains("کوهسار"), all(es));
    }
  }

  @Test
  void aGivenNameBeforeAKnownSurnameIsAnotherPerson() {
    List<Entity> es = run("fa", "عنوان", "هادی خامنه‌ای امروز در نشست خبری گفت: بودجه امسال کافی نیست. خامنه‌ای افزود: کار ادامه دارد.");
    Entity p = mentioned(es, "هادی خامنه‌ای");
    assertNotNull(p, all(es));
    assertEquals(EntityType.PERSON, p.getType());
    assertFalse(p.getName().startsWith("Ali"), all(es));
    assertTrue(texts(p).contains("خامنه‌ای"), all(es)); // the bare surname later is him too
  }

  @Test
  void theKnownPersonsOwnGivenNameKeepsTheLink() {
    List<Entity> es = run("fa", "عنوان", "علی خامنه‌ای امروز در دیدار با مردم گفت: کار ادامه دارد.");
    Entity p = mentioned(es, "علی خامنه‌ای");
    assertNotNull(p, all(es));
    assertEquals("Ali Khamenei", p.getName(), all(es));
  }

  @Test
  void theHonorificIsNoGivenName() {
    List<Entity> es = run("fa", "عنوان", "سید هادی خامنه‌ای امروز در نشست خبری گفت: بودجه کافی نیست.");
    assertFalse(anyMention(es, "سید هادی خامنه‌ای"), all(es));
    assertNotNull(mentioned(es, "هادی خامنه‌ای"), all(es));
  }
}
