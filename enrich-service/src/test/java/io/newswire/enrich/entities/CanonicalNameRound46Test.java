package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.named;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 46 (issue 13, one identity across scripts): a Persian list of provinces names the ones called like their
 * capital as provinces too; the US Department of Defense is one body in Arabic, Persian and English copy. Sentences
 * written for these tests, no pool text.
 */
class CanonicalNameRound46Test {

  private static void is(List<Entity> es, String text, String id, String name) {
    Entity e = named(es, text);
    assertEquals(id, e.getId().toString(), all(es));
    assertEquals(name, e.getName().toString(), all(es));
  }

  @Test
  void aCapitalNamedProvinceInAListOfProvincesIsTheProvince() {
    List<Entity> es = run("fa", "سفرهای نوروزی", "بیشترین مسافران نوروزی امسال به مازندران، تهران و اصفهان سفر کردند.");
    is(es, "تهران", "place:ir:province:tehran-province", "Tehran Province");
    is(es, "اصفهان", "place:ir:province:isfahan-province", "Isfahan Province");
  }

  @Test
  void aTownNamedBesideAProvinceStaysTheTown() {
    List<Entity> es = run("fa", "کشاورزی", "برداشت گندم در مازندران و گنبدکاووس از هفته آینده آغاز می‌شود.");
    is(es, "گنبدکاووس", "place:ir:gonbad-kavus", "Gonbad-e Kavus");
  }

  @Test
  void theUsDefenseDepartmentIsOneBodyInEveryScript() {
    String id = "org:pentagon";
    String name = "United States Department of Defense";
    is(run("ar", "واشنطن", "أعلنت وزارة الدفاع الأميركية أمس إرسال سفينتين إلى المنطقة."), "وزارة الدفاع الأميركية", id, name);
    is(run("fa", "واشنگتن", "وزارت دفاع آمریکا روز گذشته از اعزام دو کشتی به منطقه خبر داد."), "وزارت دفاع آمریکا", id, name);
    is(run("en", "The Defense Department said on Tuesday it would send two ships to the region."), "Defense Department", id, name);
    is(run("ar", "واشنطن", "قال متحدث باسم البنتاغون إن السفينتين ستصلان الأسبوع المقبل."), "البنتاغون", id, name);
  }

  @Test
  void hondaIsOneFirmInArabicAndEnglishCopy() {
    is(run("ar", "سيارات", "أعلنت شركة «هوندا موتور» اليابانية ارتفاع مبيعاتها في آسيا خلال الربع الأخير."), "هوندا موتور", "org:honda", "Honda");
    is(run("en", "Honda Motor Co Ltd said on Friday its sales in Asia rose in the last quarter."), "Honda Motor Co Ltd", "org:honda", "Honda");
  }
}
