package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 41b canonical names through the whole extractor: Iranian universities whose official English name puts
 * "University of" first, an agency written apart in Persian letters, a news agency's full name, and foreign officials
 * whose Persian spelling the letters misread (جان read as the Persian word Jan, a final ه as -eh).
 * Sentences written for these tests.
 */
class CanonicalNameRound41bPipelineTest {
  private static String named(List<Entity> es, EntityType type, String text) {
    return es.stream().filter(e -> e.getType() == type && e.getMentions().stream().anyMatch(m -> text.equals(m.getText())))
        .map(e -> e.getId() + " " + e.getName()).findFirst().orElse("none: " + all(es));
  }

  @Test
  void universitiesWhoseOfficialNameOpensWithUniversityOf() {
    assertEquals("org:university-of-tehran University of Tehran",
        named(run("fa", "عنوان", "استادان دانشگاه تهران در همایش امروز درباره آموزش سخنرانی کردند."), EntityType.ORGANIZATION, "دانشگاه تهران"));
    assertEquals("org:university-of-mazandaran University of Mazandaran",
        named(run("fa", "عنوان", "رئیس دانشگاه مازندران از افتتاح آزمایشگاه تازه خبر داد."), EntityType.ORGANIZATION, "دانشگاه مازندران"));
    assertEquals("org:kharazmi-university Kharazmi University",
        named(run("fa", "عنوان", "دانشجویان دانشگاه خوارزمی در مسابقه ملی ریاضی رتبه نخست را گرفتند."), EntityType.ORGANIZATION, "دانشگاه خوارزمی"));
  }

  @Test
  void agenciesTakeTheirFullNames() {
    assertEquals("org:xinhua Xinhua News Agency",
        named(run("fa", "عنوان", "به گزارش خبرگزاری شین هوا، نخست وزیر چین به پکن بازگشت."), EntityType.ORGANIZATION, "شین هوا"));
    assertEquals("org:mena Middle East News Agency",
        named(run("ar", "عنوان", "ذكرت وكالة أنباء الشرق الأوسط أن الوزير وصل إلى القاهرة."), EntityType.ORGANIZATION, "وكالة أنباء الشرق الأوسط"));
  }

  @Test
  void foreignOfficialsInPersianCopy() {
    assertEquals("person:john-bolton John Bolton",
        named(run("fa", "عنوان", "جان بولتون در مصاحبه‌ای با یک شبکه تلویزیونی درباره تحریم‌ها سخن گفت."), EntityType.PERSON, "جان بولتون"));
    assertEquals("person:abdelaziz-bouteflika Abdelaziz Bouteflika",
        named(run("fa", "عنوان", "عبدالعزیز بوتفلیقه رئیس جمهور الجزایر دیروز با وزیران دیدار کرد."), EntityType.PERSON, "عبدالعزیز بوتفلیقه"));
  }
}
