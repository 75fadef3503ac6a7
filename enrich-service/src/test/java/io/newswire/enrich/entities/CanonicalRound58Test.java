package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 58 (issue 13), the knowledge base's new rows on our own sentences: Arabic press spellings of countries (المجر
 * beside هنغاريا), a club BBC sport copy names by its town (Cardiff, Wigan: the club's reference name, not a second id of
 * the town's), Alborz alone where Persian copy names the province in full, Nablus in Persian copy, Persian league
 * clubs whose bare name is a common noun or a firm's (ملوان, سایپا) by their name with the town.
 */
class CanonicalRound58Test {

  private static Entity named(List<Entity> es, String text) {
    return es.stream().filter(e -> EntityExtractorTest.texts(e).contains(text)).findFirst().orElse(null);
  }

  @Test
  void arabicCountrySpellingsLinkTheCountry() {
    List<Entity> es = EntityExtractorTest.run("ar", "اللاجئون على الحدود",
        "عبر مئات اللاجئين الحدود من صربيا إلى المجر أمس، فيما أعلنت تشيكيا ومولدافيا استعدادهما لاستقبال آخرين.");
    assertEquals("wikidata:Q28", named(es, "المجر").getId(), es.toString());
    assertEquals("wikidata:Q213", named(es, "تشيكيا").getId(), es.toString());
  }

  @Test
  void aClubNamedByItsTownTakesTheKbClubsName() {
    List<Entity> es = EntityExtractorTest.run("en", "Bluebirds climb",
        "Cardiff have won three league games in a row, and the Cardiff striker scored twice on Saturday.",
        "The manager said the squad was ready for the trip to Wigan, who are fourth in the league.");
    Entity cardiff = named(es, "Cardiff");
    assertEquals("Cardiff City F.C.", cardiff.getName(), es.toString());
    // the town itself, with no word of sport around it, stays a place
    List<Entity> town = EntityExtractorTest.run("en", "Capital plans new bridge",
        "The council in Cardiff approved a new bridge over the river on Monday.");
    Entity place = named(town, "Cardiff");
    assertTrue(place == null || !"Cardiff City F.C.".equals(place.getName()), town.toString());
  }

  @Test
  void alborzAloneIsTheProvinceWhereTheArticleNamesItInFull() {
    List<Entity> es = EntityExtractorTest.run("fa", "انتقال زندانیان",
        "مدیر کل زندان‌های استان البرز گفت: حجم زندانیان البرز باید کاهش پیدا کند.");
    assertEquals("Alborz Province", named(es, "البرز").getName(), es.toString());
  }

  @Test
  void nablusHasOneIdInArabicAndPersianCopy() {
    List<Entity> fa = EntityExtractorTest.run("fa", "درگیری در کرانه باختری",
        "یک جوان فلسطینی در درگیری‌های شهر نابلس در شمال کرانه باختری زخمی شد.");
    List<Entity> ar = EntityExtractorTest.run("ar", "مواجهات في الضفة",
        "أصيب شاب فلسطيني في مواجهات في مدينة نابلس شمال الضفة الغربية.");
    assertEquals("place:ps:nablus", named(fa, "نابلس").getId(), fa.toString());
    assertEquals("place:ps:nablus", named(ar, "نابلس").getId(), ar.toString());
    assertFalse(named(fa, "نابلس").getName().equals("Nabals"));
  }

  @Test
  void aPersianClubNamedWithItsTownIsTheKbClubAndTheBareWordIsNot() {
    List<Entity> es = EntityExtractorTest.run("fa", "پیروزی در انزلی",
        "تیم فوتبال ملوان انزلی در دیدار هفته دهم لیگ برتر میزبان ذوب‌آهن بود.");
    assertEquals("Malavan F.C.", named(es, "ملوان انزلی").getName(), es.toString());
    List<Entity> word = EntityExtractorTest.run("fa", "خودروی جدید",
        "شرکت خودروسازی سایپا از خودروی جدید خود رونمایی کرد.");
    assertTrue(word.stream().noneMatch(e -> "Saipa F.C.".equals(e.getName())), word.toString());
  }
}
