package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, round 40b (Persian organisations, second part): entities on sentences written for these tests. */
class PersianEntityRound40bTest {

  private static Entity named(List<Entity> es, String mention) {
    for (Entity e : es) {
      if (EntityExtractorTest.texts(e).contains(mention)) {
        return e;
      }
    }
    throw new AssertionError(mention + " not found in " + all(es));
  }

  // Science and technology parks are organisations, the و of "science and technology" inside the name.

  @Test
  void technologyParkIsABody() {
    List<Entity> es = run("fa", "عنوان", "رئیس پارک فناوری پردیس گفت: ده شرکت دانش‌بنیان تازه در این مجموعه مستقر شدند.");
    found(es, "پارک فناوری پردیس", EntityType.ORGANIZATION);
  }

  @Test
  void scienceAndTechnologyParkKeepsItsWholeName() {
    List<Entity> es = run("fa", "عنوان", "پارک علم و فناوری خراسان از برگزاری نمایشگاه دستاوردهای پژوهشی خبر داد.");
    found(es, "پارک علم و فناوری خراسان", EntityType.ORGANIZATION);
  }

  // An agro-industry firm (کشت و صنعت) and a university of science and industry keep "و صنعت" in their names.

  @Test
  void agroIndustryFirmIsNotCutAtAnd() {
    List<Entity> es = run("fa", "عنوان", "مدیرعامل شرکت کشت و صنعت مغان گفت: برداشت گندم آغاز شد.");
    found(es, "شرکت کشت و صنعت مغان", EntityType.ORGANIZATION);
  }

  // National leagues named by their rank and sport.

  @Test
  void leagueOfARankAndASportIsABody() {
    List<Entity> es = run("fa", "عنوان", "رقابت‌های لیگ دسته یک والیبال کشور از هفته آینده آغاز می‌شود.");
    found(es, "لیگ دسته یک والیبال", EntityType.ORGANIZATION);
    List<Entity> premier = run("fa", "عنوان", "تیم ما در لیگ برتر هندبال سوم شد و در لیگ برتر ماند.");
    found(premier, "لیگ برتر هندبال", EntityType.ORGANIZATION);
    assertTrue(premier.stream().noneMatch(e -> EntityExtractorTest.texts(e).contains("لیگ برتر")), all(premier));
  }

  // Knowledge-base rows: a broadcaster, a vice presidency, the Guards' ground force and the Basij's full names.

  @Test
  void kbNamesBodiesNamedInFull() {
    assertEquals("Radio Free Asia", named(run("fa", "عنوان", "به گزارش رادیو آزاد آسیا، درگیری‌ها ادامه دارد."),
        "رادیو آزاد آسیا").getName());
    assertEquals("Vice Presidency for Science and Technology", named(run("fa", "عنوان",
        "معاونت علمی و فناوری ریاست جمهوری از طرح‌های نوآورانه حمایت می‌کند."),
        "معاونت علمی و فناوری ریاست جمهوری").getName());
    assertEquals("IRGC Ground Force", named(run("fa", "عنوان", "فرمانده نیروی زمینی سپاه از آمادگی یگان‌ها خبر داد."),
        "نیروی زمینی سپاه").getName());
    assertEquals("Basij", named(run("fa", "عنوان", "رئیس سازمان بسیج مستضعفین گفت: اردوها برگزار می‌شود."),
        "سازمان بسیج مستضعفین").getName());
    assertEquals("Basij", named(run("fa", "عنوان", "فرمانده نیروی مقاومت بسیج از برگزاری رزمایش خبر داد."),
        "نیروی مقاومت بسیج").getName());
  }

  @Test
  void provincialCorpsHasAnEnglishName() {
    assertEquals("Hazrat Abbas Corps", named(run("fa", "عنوان", "فرمانده سپاه حضرت عباس گفت: رزمایش در استان برگزار می‌شود."),
        "سپاه حضرت عباس").getName());
  }
}
