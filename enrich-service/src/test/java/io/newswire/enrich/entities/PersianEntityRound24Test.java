package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static io.newswire.enrich.entities.EntityExtractorTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 24 (Persian), on sentences written for these tests. */
class PersianEntityRound24Test {
  private static void noMention(List<Entity> es, String text) {
    for (Entity e : es) {
      assertFalse(texts(e).contains(text), all(es));
    }
  }

  @Test
  void aProvincialSportsBoardIsOneOrganisation() {
    List<Entity> es = run("fa", "عنوان", "رئیس هیئت بسکتبال استان یزد گفت: مسابقات استانی هفته آینده برگزار می‌شود.");
    Entity o = mentioned(es, "هیئت بسکتبال استان یزد");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
    assertTrue(o.getName().contains("Basketball") && o.getName().contains("Board"), all(es));
  }

  @Test
  void aBoardOfSeveralSportsKeepsThemAllAndItsPlace() {
    List<Entity> es = run("fa", "عنوان", "دبیر هیات جودو، جوجیتسو و کوراش خراسان شمالی از برگزاری اردوی تابستانی خبر داد.");
    Entity o = mentioned(es, "هیات جودو، جوجیتسو و کوراش خراسان شمالی");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void aBoardWithoutASportOrAPlaceIsNoName() {
    List<Entity> es = run("fa", "عنوان", "هیئت مدیره شرکت دیروز تشکیل جلسه داد و هیئت فوتبال هم نامه‌ای فرستاد.");
    noMention(es, "هیئت مدیره");
    noMention(es, "هیئت مدیره شرکت");
    noMention(es, "هیئت فوتبال");
  }

  @Test
  void archeryIsNamedByThreeWords() {
    List<Entity> es = run("fa", "عنوان", "فدراسیون تیراندازی با کمان برای اردوی تیم ملی سه مربی تازه برگزید.");
    Entity o = mentioned(es, "فدراسیون تیراندازی با کمان");
    assertNotNull(o, all(es));
    assertEquals(EntityType.ORGANIZATION, o.getType());
  }

  @Test
  void shootingWithoutABowStaysTheShootingFederation() {
    List<Entity> es = run("fa", "عنوان", "فدراسیون تیراندازی با تفنگ‌های تازه به مسابقات می‌رود.");
    assertNull(mentioned(es, "فدراسیون تیراندازی با تفنگ‌های"), all(es));
  }
}
