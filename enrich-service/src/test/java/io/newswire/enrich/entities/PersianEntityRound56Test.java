package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 56 (Persian organisations): entities on sentences written for these tests. */
class PersianEntityRound56Test {

  // PersianEmbassies: an embassy named by its country and where it stands is one organisation.

  @Test
  void anEmbassyWithItsCountryAndTownIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "سفارت ژاپن در مسکو روز دوشنبه برای تعمیرات تعطیل می‌شود.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سفارت ژاپن در مسکو"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "مسکو"), all(es));
  }

  @Test
  void anEmbassyInACountryIsOneBodyToo() {
    List<Entity> es = run("fa", "عنوان", "کارکنان سفارتخانه فرانسه در ترکیه به پاریس بازگشتند.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سفارتخانه فرانسه در ترکیه"), all(es));
    assertTrue(typed(es, EntityType.PLACE, "پاریس"), all(es));
  }

  @Test
  void theEmbassysPlaceIsItsLongestName() {
    List<Entity> es = run("fa", "عنوان", "سفارت ژاپن در امارات متحده عربی روز دوشنبه تعطیل بود.");
    assertTrue(typed(es, EntityType.ORGANIZATION, "سفارت ژاپن در امارات متحده عربی"), all(es));
  }

  @Test
  void aYearAfterDarIsNoPlaceOfTheEmbassy() {
    List<Entity> es = run("fa", "عنوان", "سفارت ژاپن در سال گذشته هزار روادید صادر کرد.");
    assertFalse(typed(es, EntityType.ORGANIZATION, "سفارت ژاپن در سال"), all(es));
  }

  // The knowledge base's Hamas row: the movement's long Persian name.

  @Test
  void hamasLongPersianNameIsHamas() {
    List<Entity> es = run("fa", "عنوان", "سخنگوی جنبش مقاومت اسلامی فلسطین امروز در غزه با خبرنگاران گفت‌وگو کرد.");
    assertTrue(es.stream().anyMatch(e -> e.getType() == EntityType.ORGANIZATION && "Hamas".equals(e.getName().toString())), all(es));
  }
}
