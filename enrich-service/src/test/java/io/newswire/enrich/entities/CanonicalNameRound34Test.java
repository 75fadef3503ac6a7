package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.all;
import static io.newswire.enrich.entities.EntityArabicPersianHelpers.found;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 34 (issue 13): canonical names across scripts. Al-Ahsa, Hofuf and Tuz Khurmatu under the names the English
 * press gives them; a body named after a place the KB disambiguates in parentheses drops the parenthesis; Iran's
 * technical universities are "X University of Technology"; a ministry's three fields listed "A، B و C" are one
 * compound. Sentences and names written for these tests, no pool text.
 */
class CanonicalNameRound34Test {

  @Test
  void alAhsaAndHofufUnderTheirPressNames() {
    List<Entity> es = run("ar", "عنوان", "افتتح المحافظ معرضاً للكتاب في محافظة الأحساء، وأقيم الحفل في مدينة الهفوف مساء أمس.");
    assertEquals("Al-Ahsa", found(es, "الأحساء", EntityType.PLACE).getName(), all(es));
    assertEquals("Hofuf", found(es, "الهفوف", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void tuzKhurmatuIsAPlaceTheKbKnows() {
    List<Entity> es = run("ar", "عنوان", "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في طوز خورماتو شمال بغداد.");
    assertEquals("Tuz Khurmatu", found(es, "طوز خورماتو", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void aMunicipalityOfTheEasternProvinceCarriesNoParenthesis() {
    List<Entity> es = run("ar", "عنوان", "أعلنت أمانة المنطقة الشرقية عن إغلاق الطريق الساحلي للصيانة.");
    assertEquals("Eastern Province Municipality", found(es, "أمانة المنطقة الشرقية", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void iransTechnicalUniversitiesAreUniversitiesOfTechnology() {
    List<Entity> es = run("fa", "عنوان", "دانشجویان دانشگاه صنعتی شریف و دانشگاه صنعتی اصفهان در این مسابقه شرکت کردند.");
    assertEquals("Sharif University of Technology", found(es, "دانشگاه صنعتی شریف", EntityType.ORGANIZATION).getName(), all(es));
    assertEquals("Isfahan University of Technology", found(es, "دانشگاه صنعتی اصفهان", EntityType.ORGANIZATION).getName(), all(es));
  }

  @Test
  void aMinistrysThreeFieldsListedWithACommaAreOneCompound() {
    List<Entity> es = run("fa", "عنوان", "رئیس سازمان صنعت، معدن و تجارت استان زنجان از افزایش صادرات خبر داد.");
    assertEquals("Zanjan Province Industry, Mine and Trade Organization",
        found(es, "سازمان صنعت، معدن و تجارت استان زنجان", EntityType.ORGANIZATION).getName(), all(es));
  }
}
