package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityArabicPersianHelpers.*;
import static io.newswire.enrich.entities.EntityExtractorTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Round 40 (issue 13): knowledge-base aliases. Countries' formal names ({@code curated/places-long-forms.tsv}),
 * translated town and country names that are everyday words in Arabic or Persian ({@code KbBuilder}), and
 * dr5hn's odd territory names replaced by the common English ones. Sentences written for these tests.
 */
class KbAliasesRound40Test {

  @Test
  void aCountrysFormalArabicNameIsTheCountry() {
    List<Entity> es = run("ar", "عنوان",
        "بحث وزير الخارجية مع نظيره في الجمهورية اليمنية سبل دعم الاستقرار، كما التقى سفير جمهورية مصر العربية.");
    assertEquals("Yemen", found(es, "الجمهورية اليمنية", EntityType.PLACE).getName(), all(es));
    assertEquals("Egypt", found(es, "جمهورية مصر العربية", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void theShortenedFormOfAKingdomsNameIsTheCountry() {
    List<Entity> es = run("ar", "عنوان", "وصل الوفد إلى المملكة الأردنية في زيارة تستمر يومين ينتقل بعدها إلى المملكة المغربية.");
    assertEquals("Jordan", found(es, "المملكة الأردنية", EntityType.PLACE).getName(), all(es));
    assertEquals("Morocco", found(es, "المملكة المغربية", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void aFormalNameHoldingAnotherPlacesNameIsOnePlace() {
    // دار السلام is also Tanzania's city: the whole formal name of Brunei wins
    List<Entity> es = run("ar", "عنوان", "يبدأ رئيس الوزراء غدا زيارة رسمية إلى بروناي دار السلام تستمر ثلاثة أيام.");
    assertEquals("Brunei", found(es, "بروناي دار السلام", EntityType.PLACE).getName(), all(es));
    assertFalse(typed(es, EntityType.PLACE, "دار السلام"), all(es));
  }

  @Test
  void greatBritainIsTheUnitedKingdom() {
    List<Entity> es = run("en", "Relay squad",
        "The sprinter said she would be proud to run for Great Britain at the European championships.");
    assertEquals("United Kingdom", found(es, "Great Britain", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void aPersianPresidencyIsNotABareRepublicOfTheCountry() {
    // ریاست جمهوری فرانسه is 'the French presidency': no Persian جمهوری + country alias takes the title's word
    List<Entity> es = run("fa", "عنوان", "کاخ ریاست جمهوری فرانسه در بیانیه‌ای از این دیدار خبر داد.");
    assertFalse(typed(es, EntityType.PLACE, "جمهوری فرانسه"), all(es));
  }

  @Test
  void thePersianWordForChequeIsNotCzechia() {
    List<Entity> es = run("fa", "عنوان", "بانک مرکزی گفت صدور چک بدون پشتوانه از سال آینده ممنوع می‌شود.");
    assertFalse(typed(es, EntityType.PLACE, "چک"), all(es));
  }

  @Test
  void czechiaInPersianIsItsFormalName() {
    List<Entity> es = run("fa", "عنوان", "تیم ملی والیبال ایران فردا در پراگ با جمهوری چک بازی می‌کند.");
    assertEquals("Czech Republic", found(es, "جمهوری چک", EntityType.PLACE).getName(), all(es));
  }

  @Test
  void thePersianWordForGoldIsNotAnEgyptianTown() {
    List<Entity> es = run("fa", "عنوان", "با افت بازار سهام، سرمایه‌گذاری در بخش طلا و سکه در مصر و ایران بیشتر شد.");
    assertFalse(typed(es, EntityType.PLACE, "طلا"), all(es));
  }

  @Test
  void theArabicWordsForWallAndAngleAreNotTowns() {
    List<Entity> es = run("ar", "عنوان",
        "أجبرت الشرطة الشبان على الخروج إلى خارج سور البلدة القديمة، ونظر الحاضرون إلى الأمر من زاوية أخرى.");
    assertFalse(typed(es, EntityType.PLACE, "سور"), all(es));
    assertFalse(typed(es, EntityType.PLACE, "زاوية"), all(es));
    // no Arabic-script alias of these towns is an everyday word (or a given name) of Arabic or Persian
    Map<String, String> words = Map.of("place:om:sur", "سور", "place:ly:zawiya", "زاوية", "place:eg:tala", "طلا",
        "place:eg:bilqas", "بلقيس", "place:ir:bam", "بام", "place:ir:bavi", "بافي", "place:es:canaries", "كناري");
    words.forEach((id, word) -> {
      KbEntity town = EntityExtractorTest.KB.get(id);
      assertNotNull(town, id);
      Set<String> keys = town.aliases().stream().map(a -> MatchingForm.key(a.text())).collect(Collectors.toSet());
      assertFalse(keys.contains(MatchingForm.key(word)), id + " " + word);
    });
  }

  @Test
  void theArabicWithTheMotherOfAndThePersianRoofAreNotBam() {
    List<Entity> ar = run("ar", "عنوان", "اجتمعت اللجنة المحلية للانتخابات بأم القرى لمتابعة استعدادات الحملة في إيران.");
    assertFalse(typed(ar, EntityType.PLACE, "بأم"), all(ar));
    List<Entity> fa = run("fa", "عنوان", "هواداران تیم در کرمان از روی بام خانه‌ها بازی را تماشا کردند.");
    assertFalse(typed(fa, EntityType.PLACE, "بام"), all(fa));
  }

  @Test
  void hongKongIsNamedAsReferenceWorksNameIt() {
    List<Entity> es = run("en", "Markets", "Shares fell in Hong Kong on Monday as investors sold property stocks.");
    assertEquals("Hong Kong", found(es, "Hong Kong", EntityType.PLACE).getName(), all(es));
  }
}
