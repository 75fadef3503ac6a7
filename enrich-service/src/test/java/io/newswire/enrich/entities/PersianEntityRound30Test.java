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

/** Issue 13, round 30 (Persian): entities on sentences written for these tests. */
class PersianEntityRound30Test {

  private static boolean anyNamed(List<Entity> es, String name) {
    for (Entity e : es) {
      if (name.equals(e.getName())) {
        return true;
      }
    }
    return false;
  }

  // تاکنون (so far) opens the predicate: it ends a name and is no name itself.

  @Test
  void soFarEndsABodysName() {
    List<Entity> es = run("fa", "عنوان", "موسسه خیریه نور تاکنون صد خانه برای سیل‌زدگان ساخته است.");
    found(es, "موسسه خیریه نور", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "تاکنون"), all(es));
  }

  @Test
  void soFarAtTheStartIsNoName() {
    List<Entity> es = run("fa", "عنوان", "تاکنون کسی به نامه کشاورزان پاسخ نداده است.");
    assertFalse(anyMentionHolds(es, "تاکنون"), all(es));
  }

  // A body named by a list of fields, "A، B و C", goes on over the comma.

  @Test
  void aListOfFieldsNamesOneBody() {
    List<Entity> es = run("fa", "عنوان", "وزارت علوم، تحقیقات و فناوری دیروز فهرست تازه دانشگاه‌ها را اعلام کرد.");
    found(es, "وزارت علوم، تحقیقات و فناوری", EntityType.ORGANIZATION);
  }

  @Test
  void aCommaBeforeAnotherNounEndsTheBody() {
    List<Entity> es = run("fa", "عنوان", "وزارت علوم، مردم شهر و دانشجویان در این جشن شرکت کردند.");
    found(es, "وزارت علوم", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "مردم"), all(es));
  }

  // More field nouns after و inside Iranian body names.

  @Test
  void portsAndShippingIsOneBody() {
    List<Entity> es = run("fa", "عنوان", "سازمان بنادر و دریانوردی دیروز گزارش سالانه خود را منتشر کرد.");
    found(es, "سازمان بنادر و دریانوردی", EntityType.ORGANIZATION);
  }

  @Test
  void andBeforeAPlainNounEndsTheBody() {
    List<Entity> es = run("fa", "عنوان", "سازمان بنادر و مردم شهر در جشن ساحلی شرکت کردند.");
    found(es, "سازمان بنادر", EntityType.ORGANIZATION);
    assertFalse(anyMentionHolds(es, "مردم"), all(es));
  }

  // A national security council is a country's own body, not the UN's.

  @Test
  void aNationalSecurityCouncilIsNotTheUnsc() {
    List<Entity> es = run("fa", "عنوان", "رئیس شورای امنیت ملی ژاپن دیروز با خبرنگاران گفت‌وگو کرد.");
    assertFalse(anyNamed(es, "United Nations Security Council"), all(es));
  }

  @Test
  void theSecurityCouncilAloneIsTheUnsc() {
    List<Entity> es = run("fa", "عنوان", "قطعنامه شورای امنیت درباره آتش‌بس دیروز به رأی گذاشته شد.");
    assertTrue(anyNamed(es, "United Nations Security Council"), all(es));
  }
}
